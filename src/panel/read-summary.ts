// What RoleLens read, in brief: the word count and the first and last words, so a reader can check the boundaries.

export interface ReadSummary {
  words: number;
  first: string;
  last: string;
}

const EDGE_WORDS = 8;

export function readSummary(text: string): ReadSummary {
  const words = text.split(/\s+/).filter((w) => w !== '' && w !== '•');
  const first = words.slice(0, EDGE_WORDS).join(' ');
  const last = words.length > EDGE_WORDS ? words.slice(-EDGE_WORDS).join(' ') : '';
  return { words: words.length, first, last };
}
