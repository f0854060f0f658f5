// Negation and scope: "no direct reports", "not a people-management role", "you won't be managing a team",
// "management experience is not required". The cues are data; the scope is the clause, a few words wide.
// Both checks read a handful of words beside the hit, so they cost the same however long the text is.

export interface NegationRules {
  /** Cues that negate a phrase standing up to `maxWordsBetween` words after them, in the same clause. */
  before: readonly string[];
  /** Words right after a cue that cancel it: "not only", "not just", "no matter". */
  cancelledBy: readonly string[];
  /** Phrases after the hit, within a few words, that negate it: "... is not required". */
  after: readonly string[];
  /** Words that end a clause when looking back: "..., but you will hire". */
  clauseWords: readonly string[];
  maxWordsBetween: number;
}

// Delegation: a duty the posting gives to someone already there ("our CTO owns the architecture", "architecture
// sits with our staff engineers") is not the hire's, so it counts against its pole like a negated one. Only
// "our" marks a single owner: "the Director owns delivery" usually describes the hire in the third person.
const ONE_OWNER = [
  'cto',
  'ceo',
  'cpo',
  'chief architect',
  'technical director',
  'vp of engineering',
  'head of engineering',
  'founder',
];
const MANY_OWNERS = [
  'founders',
  'architects',
  'staff engineers',
  'principal engineers',
  'tech leads',
  'engineering managers',
];
const OWNING = [
  ['owns', 'own'],
  ['sets', 'set'],
  ['decides', 'decide'],
  ['drives', 'drive'],
  ['leads', 'lead'],
  ['handles', 'handle'],
  ['runs', 'run'],
  ['defines', 'define'],
  ['makes', 'make'],
] as const;
const DELEGATED_BEFORE = [
  ...ONE_OWNER.flatMap((owner) => OWNING.map(([one]) => `our ${owner} ${one}`)),
  ...MANY_OWNERS.flatMap((owners) => OWNING.map(([, many]) => `${owners} ${many}`)),
];
const DELEGATED_AFTER = [
  'sits with our',
  'sits with the',
  'owned by our',
  'owned by the',
  'handled by our',
  'rests with our',
  'belongs to our',
  'made by our',
];

export const DEFAULT_NEGATION: NegationRules = {
  before: [
    'no',
    'not',
    'never',
    'without',
    'none',
    'nor',
    'neither',
    'zero',
    "won't",
    'wont',
    "isn't",
    "aren't",
    "don't",
    "doesn't",
    "shouldn't",
    "wouldn't",
    "needn't",
    'rather than',
    'instead of',
    'free from',
    'other than',
    'lack of',
    'non',
    ...DELEGATED_BEFORE,
  ],
  cancelledBy: [
    'only',
    'just',
    'merely',
    'limited',
    'least',
    'necessarily',
    'matter',
    'later',
    'doubt',
    'exception',
  ],
  after: [
    'not required',
    'not expected',
    'not needed',
    'not necessary',
    'not part of this role',
    'not part of the role',
    'not in scope',
    'out of scope',
    'not a requirement',
    'not a focus',
    'not the focus',
    'not a priority',
    ...DELEGATED_AFTER,
  ],
  clauseWords: ['but', 'however', 'while', 'whereas', 'yet', 'although', 'though'],
  maxWordsBetween: 4,
};

/**
 * Words that give the hire a hand in a call rather than the call ("help set the technical direction", "a key role
 * in choosing the architecture", "contribute to the technology strategy", "work with the CTO to define"): the
 * call is someone else's, so it counts at SHARED_FACTOR in categories that are about owning it.
 */
export const SHARING: NegationRules = {
  before: [
    'help',
    'helps',
    'helping',
    'assist',
    'assists',
    'assisting',
    'contribute to',
    'contributes to',
    'contributing to',
    'contribution to',
    'participate in',
    'participates in',
    'participating in',
    'role in',
    'input into',
    'input on',
    'inform',
    'informs',
    'informing',
    'support',
    'supports',
    'supporting',
    'alongside',
    'together with',
    'with the cto',
    'with our cto',
    'with the ceo',
    'with our ceo',
  ],
  cancelledBy: [],
  after: [],
  clauseWords: DEFAULT_NEGATION.clauseWords,
  maxWordsBetween: 4,
};

export interface CompiledNegation {
  /** Cue word sequences (as word hashes, and as text), keyed by the hash of their last word. */
  byLastWord: Map<number, Array<{ words: number[]; text: string }>>;
  cancel: Set<number>;
  clause: Set<number>;
  after: string[];
  /** Hashes of the words an "after" cue can start with ("not", "out"): only then is the text read. */
  afterFirst: Set<number>;
  maxWords: number;
}

/** The same hash the scanner uses, over text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
const hashWord = (w: string): number => hashOf(w, 0, w.length);
const AND = hashWord('and');

export interface CueWord {
  word: string;
  /** Count the word only right after one of these words; absent: after any word. */
  after?: string[];
}

/** The words of a cue as the scanner reads them (letters and digits): "won't" gives "won" and "t". */
const scannerWords = (text: string): string[] | null => text.match(/[a-z0-9]+/g);

/**
 * A word from each cue. A cue lies wholly within NEGATION_WINDOW characters before or after its hit, so a hit
 * with none of these words that near cannot be negated. null when some cue has no such word and the check
 * cannot be skipped. An "after" cue and a one-word cue give their first word ("won't": "won"); a cue of several
 * words before its hit gives its last word, counted only right after the word before it ("our cto owns":
 * "owns" after "cto"), which is far rarer than "our", "engineers" or "of" alone.
 */
export function cueWords(rules: NegationRules): CueWord[] | null {
  const words: CueWord[] = [];
  for (const cue of rules.before) {
    const parts = cue.split(' ').map(scannerWords);
    if (parts.some((p) => p === null)) return null;
    const last = parts.at(-1)!;
    const previous = parts.at(-2);
    words.push(previous ? { word: last[0]!, after: [previous.at(-1)!] } : { word: last[0]! });
  }
  for (const cue of rules.after) {
    const all = scannerWords(cue);
    if (!all) return null;
    words.push({ word: all[0]! });
  }
  return words;
}

export function compileNegation(rules: NegationRules): CompiledNegation {
  const byLastWord = new Map<number, Array<{ words: number[]; text: string }>>();
  for (const cue of rules.before) {
    const words = cue.split(' ').map(hashWord);
    const last = words[words.length - 1]!;
    const list = byLastWord.get(last);
    const entry = { words, text: cue };
    if (list) list.push(entry);
    else byLastWord.set(last, [entry]);
  }
  return {
    byLastWord,
    cancel: new Set(rules.cancelledBy.map(hashWord)),
    clause: new Set(rules.clauseWords.map(hashWord)),
    after: rules.after.map((a) => ` ${a} `),
    afterFirst: new Set(rules.after.map((a) => hashWord(a.split(' ')[0]!))),
    maxWords: rules.maxWordsBetween,
  };
}

const isNegWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
// . ; ! ? newline ( ) [ ] end a clause.
const isClauseEnd = (c: number): boolean =>
  c === 46 || c === 59 || c === 33 || c === 63 || c === 10 || c === 40 || c === 41 || c === 91 || c === 93;

// How far to look on each side of a hit, in characters: a clause rarely runs longer before its phrase.
export const NEGATION_WINDOW = 60;
const WINDOW = NEGATION_WINDOW;

/** Hashes of up to `max` words before `at`, nearest first, stopping at the clause's start. */
function wordsBefore(text: string, at: number, max: number, clause: Set<number>, out: number[]): void {
  out.length = 0;
  const floor = Math.max(0, at - WINDOW);
  let i = at - 1;
  while (i >= floor && out.length < max) {
    const c = text.charCodeAt(i);
    if (isClauseEnd(c)) return;
    if (!isNegWordCode(c)) {
      i--;
      continue;
    }
    const end = i + 1;
    while (i >= floor && isNegWordCode(text.charCodeAt(i))) i--;
    if (i < floor && floor > 0) return;
    const h = hashOf(text, i + 1, end);
    if (clause.has(h)) return;
    // ", and" starts a new clause: "no direct reports, and you will hire".
    if (h === AND && text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) === 44) return;
    out.push(h);
  }
}

/** Up to `max` words after `at` as text, or '' when none of them can start an "after" cue. */
function wordsAfter(text: string, at: number, max: number, first: Set<number>): string {
  const ceil = Math.min(text.length, at + WINDOW);
  let i = at;
  let count = 0;
  let from = -1;
  while (i < ceil && count < max) {
    const c = text.charCodeAt(i);
    if (isClauseEnd(c)) break;
    if (!isNegWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < ceil && isNegWordCode(text.charCodeAt(i))) i++;
    if (from < 0 && first.has(hashOf(text, start, i))) from = start;
    count++;
  }
  return from < 0 ? '' : ` ${text.slice(from, i).replace(/[^a-z0-9']+/g, ' ')} `;
}

const scratch: number[] = [];

/** The cue that negates the phrase at [start, end) of normalised text, or undefined. */
export function negationCue(
  text: string,
  start: number,
  end: number,
  rules: CompiledNegation,
): string | undefined {
  const before = scratch;
  wordsBefore(text, start, rules.maxWords + 2, rules.clause, before);
  for (let k = 0; k <= rules.maxWords && k < before.length; k++) {
    const cues = rules.byLastWord.get(before[k]!);
    if (!cues) continue;
    // The word right after the cue: "not only" and "no matter" are not negations.
    if (k > 0 && rules.cancel.has(before[k - 1]!)) continue;
    for (const cue of cues) {
      let ok = true;
      for (let j = 1; j < cue.words.length && ok; j++)
        ok = before[k + j] === cue.words[cue.words.length - 1 - j];
      if (ok) return cue.text;
    }
  }
  // Rules with no cue after the phrase (SHARING) need no look after it.
  if (rules.after.length === 0) return undefined;
  const after = wordsAfter(text, end, rules.maxWords + 2, rules.afterFirst);
  if (after !== '') for (const cue of rules.after) if (after.includes(cue)) return cue.trim();
  return undefined;
}
