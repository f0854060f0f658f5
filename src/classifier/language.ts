// Is there enough English text to judge? Too short or not English gets "Not enough to judge", not a guess.

/** Fewer words than this and the verdict is unknown. */
export const MIN_WORDS = 60;

// The commonest English function words; job postings, even in bullet form, are full of them.
const STOPWORDS = new Set(
  'the and to of a in you we with for our is will are on be as your or an this that at by from have it who what how us about'.split(
    ' ',
  ),
);

/** Looking at the first part is enough to tell the language, and keeps a 1 MB text cheap. */
const SAMPLE = 20_000;

export interface Readability {
  words: number;
  english: boolean;
}

/** Count words in a sample of normalised text and decide whether it reads as English. */
export function readability(text: string): Readability {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const tokens = sample.match(/[^\s\-\u2014,.;:!?()"/|]+/g) ?? [];
  let stop = 0;
  let ascii = 0;
  for (const t of tokens) {
    if (STOPWORDS.has(t)) stop++;
    if (/^[a-z0-9'&+#.]+$/.test(t)) ascii++;
  }
  const words = tokens.length;
  const english = words > 0 && stop / words >= 0.1 && ascii / words >= 0.7;
  return {
    words: text.length > SAMPLE ? Math.max(words, Math.round((words * text.length) / SAMPLE)) : words,
    english,
  };
}
