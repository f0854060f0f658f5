// Negation and scope: "no direct reports", "not a people-management role", "you won't be managing a team",
// "management experience is not required". The cue words are data; the scope is the clause, a few words wide.

export interface NegationRules {
  /** Cues that negate a phrase standing up to `maxWordsBetween` words after them, in the same clause. */
  before: readonly string[];
  /** Words after a cue that cancel it: "not only", "not just", "no matter". */
  cancelledBy: readonly string[];
  /** Phrases after the hit that negate it: "... is not required". */
  after: readonly string[];
  maxWordsBetween: number;
}

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
    'will not',
    'would not',
    'do not',
    'does not',
    'is not',
    'are not',
    'rather than',
    'instead of',
    'free from',
    'other than',
    'lack of',
    'non',
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
  ],
  maxWordsBetween: 4,
};

export interface CompiledNegation {
  before: RegExp;
  after: RegExp;
}

const escapeRegex = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Compile the rules once; both regexes run on a short window beside each hit. */
export function compileNegation(rules: NegationRules): CompiledNegation {
  const cues = [...rules.before].sort((a, b) => b.length - a.length).map(escapeRegex);
  const cancel = rules.cancelledBy.map(escapeRegex).join('|');
  const word = "[a-z0-9'&]+";
  // The cue, then up to N words, then the end of the window (where the hit starts).
  const before = new RegExp(
    `(?:^|[^a-z0-9'])(${cues.join('|')})(?![a-z0-9'])(?![ -]+(?:${cancel})\\b)(?:[^a-z0-9'\\n]+${word}){0,${rules.maxWordsBetween}}[^a-z0-9'\\n]*$`,
  );
  const afterCues = [...rules.after].sort((a, b) => b.length - a.length).map(escapeRegex);
  const after = new RegExp(
    `^(?:[^a-z0-9'\\n]+${word}){0,4}?[^a-z0-9'\\n]+(?:${afterCues.join('|')})(?![a-z0-9])`,
  );
  return { before, after };
}

// A clause ends at sentence punctuation, a line break, brackets, or a contrast ("but", "however", "while").
const CLAUSE_BREAK = /[.;!?\n()[\]]|,? but |,? however|,? while |,? whereas |, and |, yet /g;

/** Where the clause holding `at` begins, looking back at most `limit` characters. */
function clauseStart(text: string, at: number, limit: number): number {
  const from = Math.max(0, at - limit);
  const window = text.slice(from, at);
  let start = from;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window))
    start = from + m.index + m[0].length;
  return start;
}

function clauseEnd(text: string, at: number, limit: number): number {
  const to = Math.min(text.length, at + limit);
  const window = text.slice(at, to);
  CLAUSE_BREAK.lastIndex = 0;
  const m = CLAUSE_BREAK.exec(window);
  return m ? at + m.index : to;
}

/** The cue that negates the phrase at [start, end) of normalised text, or undefined. */
export function negationCue(
  text: string,
  start: number,
  end: number,
  rules: CompiledNegation,
): string | undefined {
  const from = clauseStart(text, start, 70);
  const before = text.slice(from, start);
  const b = rules.before.exec(before);
  if (b) return b[1];
  const to = clauseEnd(text, end, 60);
  const a = rules.after.exec(text.slice(end, to));
  if (a) return a[0].trim();
  return undefined;
}
