// Is there enough English text to judge? Too short or not English gets "Not enough to judge", not a guess.
import { WordHashSet, wordHash } from './scanner';

/** Fewer words than this and the verdict is unknown, whatever the text says. */
export const MIN_WORDS_ANY = 20;
/**
 * A full posting has at least this many words. Shorter texts (a Hacker News comment is often 40 to 120 words)
 * are judged only on clear evidence, and with less confidence: see shortTextJudgeable.
 */
export const MIN_WORDS = 60;

// The commonest English function words; job postings, even in bullet form, are full of them. A hash set of
// plain integers: probed once per word, it costs less than a Set.
const STOPWORDS = new WordHashSet(
  'the and to of a in you we with for our is will are on be as your or an this that at by from have it who what how us about'
    .split(' ')
    .map(wordHash),
);

// Function words of the other languages postings are most often written in (German, French, Spanish, Portuguese,
// Italian, Dutch), left out where they are also English words. Terse English ("Go, Postgres, remote. Email us")
// has few English function words, but almost never these.
const OTHER_STOPWORDS = new WordHashSet(
  'der das und ist nicht mit für wir sie eine auf zu von dem des sich auch bei le les et est une pour dans nous vous avec sur qui du aux el los las es una para con por que del su os um uma com não são da em il di che della het een van niet voor zijn'
    .split(' ')
    .map(wordHash),
);

/** Looking at the first part is enough to tell the language, and keeps a 1 MB text cheap. */
const SAMPLE = 20_000;

export interface Readability {
  words: number;
  english: boolean;
}

// Characters that separate words: whitespace and ASCII punctuation other than the apostrophe. A table, read
// once per character, instead of a chain of comparisons.
const SEPARATOR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const word = c === 39 || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  SEPARATOR[c] = c <= 32 || !word ? 1 : 0;
}
const isSeparator = (c: number): boolean => c < 128 && SEPARATOR[c] === 1;

/** Count words in a sample of normalised text and decide whether it reads as English. */
export function readability(text: string): Readability {
  const end = Math.min(text.length, SAMPLE);
  let words = 0;
  let stop = 0;
  let other = 0;
  let ascii = 0;
  let i = 0;
  while (i < end) {
    let c = text.charCodeAt(i);
    if (isSeparator(c)) {
      i++;
      continue;
    }
    let h = 0;
    let plain = true;
    do {
      h = (Math.imul(h, 31) + c) | 0;
      if (c > 127) plain = false;
      c = ++i < end ? text.charCodeAt(i) : 32;
    } while (!isSeparator(c));
    words++;
    if (plain) {
      ascii++;
      if (STOPWORDS.has(h)) stop++;
    }
    if (OTHER_STOPWORDS.has(h)) other++;
  }
  // English: mostly plain words, and English function words, either many or clearly more than another language's.
  const english =
    words > 0 && ascii / words >= 0.7 && (stop / words >= 0.1 || (stop > 0 && stop >= 2 * other));
  return {
    words: text.length > SAMPLE ? Math.max(words, Math.round((words * text.length) / SAMPLE)) : words,
    english,
  };
}
