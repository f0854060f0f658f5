// The phrase notation of the lexicon, kept tiny so a phrase stays readable as data:
//   "hir{e|es|ed|ing}"  alternatives in braces; an empty one makes the group optional: "manager{s|}"
//   "build vs buy"      a space matches spaces or hyphens ("build-vs-buy")
//   "co-founder"        a hyphen matches spaces, hyphens or nothing ("co founder", "cofounder")
// Everything else is literal. Phrases are lower case and start with a letter or digit. Optional words carry
// their own space inside the braces: "{the |}board", never "{the|} board".

/** The separator inside expanded variants: stands for one space or one hyphen. */
export const SEP = ' ';

const MAX_VARIANTS = 4096;

export class PatternError extends Error {}

type Token = { literal: string } | { options: string[] };

function tokenize(pattern: string): Token[] {
  if (pattern !== pattern.trim() || pattern.length === 0)
    throw new PatternError(`blank or padded phrase "${pattern}"`);
  if (/[A-Z\n]/.test(pattern)) throw new PatternError(`phrase must be lower case, one line: "${pattern}"`);
  if (!/^[a-z0-9{]/.test(pattern))
    throw new PatternError(`phrase must start with a letter or digit: "${pattern}"`);
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    if (pattern[i] === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0 || pattern.slice(i + 1, close).includes('{'))
        throw new PatternError(`unbalanced braces in "${pattern}"`);
      tokens.push({ options: pattern.slice(i + 1, close).split('|') });
      i = close + 1;
    } else {
      let j = i;
      while (j < pattern.length && pattern[j] !== '{') j++;
      const literal = pattern.slice(i, j);
      if (/[}|]/.test(literal)) throw new PatternError(`stray brace or bar in "${pattern}"`);
      tokens.push({ literal });
      i = j;
    }
  }
  return tokens;
}

/** Every literal variant a phrase stands for, with SEP where a space or hyphen may stand. For checks and tests. */
export function expandPattern(pattern: string): string[] {
  let variants = [''];
  for (const t of tokenize(pattern)) {
    const parts = 'literal' in t ? [t.literal] : t.options;
    const next: string[] = [];
    for (const v of variants) for (const p of parts) next.push(v + p);
    variants = next;
    if (variants.length > MAX_VARIANTS) throw new PatternError(`too many variants in "${pattern}"`);
  }
  const out: string[] = [];
  for (const v of variants) {
    if (v !== v.trim() || /[ -]{2}/.test(v) || v.length === 0)
      throw new PatternError(
        `"${pattern}" yields "${v}": one space or hyphen between words; put an optional word's space inside its braces`,
      );
    if (!/^[a-z0-9]/.test(v))
      throw new PatternError(`"${v}" (from "${pattern}") must start with a letter or digit`);
    for (const h of expandHyphens(v)) out.push(h);
  }
  return [...new Set(out)];
}

/** A hyphen may be written as a space, a hyphen, or not at all: "co-founder", "co founder", "cofounder". */
function expandHyphens(v: string): string[] {
  const parts = v.split('-');
  let acc = [parts[0]!];
  for (let k = 1; k < parts.length; k++) {
    const next: string[] = [];
    for (const a of acc) next.push(`${a}${SEP}${parts[k]}`, `${a}${parts[k]}`);
    acc = next;
  }
  return acc;
}

const isWordChar = (ch: string): boolean => /[a-z0-9]/.test(ch);

/** compilePattern's results as JSON: made at build time, so a process that classifies once skips compiling. */
export type PrecompiledPatterns = Record<string, Omit<CompiledPattern, 'singles'> & { singles: string[] }>;

let precompiled: Map<string, CompiledPattern> | undefined;

/** compilePattern's results for these phrases, as JSON (the Node build embeds them). */
export function precompilePatterns(patterns: Iterable<string>): PrecompiledPatterns {
  const table: PrecompiledPatterns = {};
  for (const pattern of patterns) {
    const { singles, ...rest } = compilePattern(pattern);
    table[pattern] = { ...rest, singles: [...singles] };
  }
  return table;
}

/** Takes results made by precompilePatterns, by the same code, in place of compiling those phrases again. */
export function usePrecompiledPatterns(table: PrecompiledPatterns): void {
  precompiled = new Map(
    Object.entries(table).map(([pattern, { singles, ...rest }]) => [
      pattern,
      { ...rest, singles: new Set(singles) },
    ]),
  );
}

// One separator class per run of spaces and hyphens: two classes side by side ("team -- lead" made four) can
// share a long run of hyphens between them in many ways, and a failing match tries them all.
function literalSource(s: string): string {
  return s.replace(/[ -]+|[^ -]/g, (part) => {
    if (/^[ -]+$/.test(part)) return part.includes(' ') ? '[ -]+' : '[ -]*';
    return /[\\^$.*+?()[\]{}|/]/.test(part) ? `\\${part}` : part;
  });
}

export interface CompiledPattern {
  /** Regex source of the phrase, without boundaries. */
  source: string;
  /** Regex source with its end boundary: after a final letter or digit, no letter or digit may follow. */
  bounded: string;
  /** The words a match can start with (letters and digits up to the first other character). */
  firstWords: string[];
  /** Each first word with the word after it ('' when the match may stop or go on with punctuation). */
  heads: Array<[string, string]>;
  /** First words the pattern matches on their own, with nothing after them. */
  singles: Set<string>;
  /** Length of the shortest text it matches; longer phrases are listed first in the floor's alternation. */
  minLength: number;
}

/** Compile one phrase into a regex source, keeping its structure (no expansion), and index its first words. */
export function compilePattern(pattern: string): CompiledPattern {
  const known = precompiled?.get(pattern);
  if (known) return known;
  const tokens = tokenize(pattern);
  let source = '';
  let minLength = 0;
  for (const t of tokens) {
    if ('literal' in t) {
      source += literalSource(t.literal);
      minLength += t.literal.replace(/-/g, '').length;
    } else {
      // Longer options first, so the regex tries the longer reading before the shorter one.
      const opts = [...t.options].sort((a, b) => b.length - a.length);
      source += `(?:${opts.map(literalSource).join('|')})`;
      minLength += Math.min(...t.options.map((o) => o.replace(/-/g, '').length));
    }
  }
  const ends = lastChars(tokens);
  const wordEnds = ends.filter(isWordChar).length;
  if (wordEnds !== 0 && wordEnds !== ends.length)
    throw new PatternError(`"${pattern}" ends sometimes in a letter and sometimes not`);
  const bounded = wordEnds > 0 ? `${source}(?![a-z0-9])` : source;
  const heads = headsOf(tokens);
  const firstWords = [...new Set(heads.map(([first]) => first))].sort();
  return { source, bounded, firstWords, heads, singles: singleWords(tokens), minLength };
}

/** The possible last characters of a pattern's matches. */
function lastChars(tokens: Token[]): string[] {
  const out = new Set<string>();
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if ('literal' in t) {
      if (t.literal.length > 0) {
        out.add(t.literal[t.literal.length - 1]!);
        return [...out];
      }
      continue;
    }
    let optional = false;
    for (const o of t.options) {
      if (o.length === 0) optional = true;
      else out.add(o[o.length - 1]!);
    }
    if (!optional) return [...out];
  }
  return [...out];
}

/** The one-word matches of a pattern: variants that are a bare word (for a cheap exact check). */
function singleWords(tokens: Token[]): Set<string> {
  let variants = [''];
  for (const t of tokens) {
    const parts = 'literal' in t ? [t.literal] : t.options;
    const next: string[] = [];
    for (const v of variants) for (const p of parts) if (/^[a-z0-9]*$/.test(v + p)) next.push(v + p);
    variants = next;
    if (variants.length === 0) break;
  }
  return new Set(variants.filter((v) => v.length > 0));
}

interface HeadState {
  first: string;
  /** 0: reading the first word; 1: reading the word after one separator. */
  phase: 0 | 1;
  next: string;
}

/**
 * The first word of every match and the word after it (after one space or hyphen), expanding the pattern only
 * that far. `next` is '' when a match may end after the first word or go on with punctuation ("1:1s", "r&d").
 */
function headsOf(tokens: Token[]): Array<[string, string]> {
  const done = new Map<string, [string, string]>();
  const finish = (first: string, next: string): void => {
    done.set(`${first} ${next}`, [first, next]);
  };
  const feed = (state: HeadState, s: string, into: HeadState[]): void => {
    let { first, phase, next } = state;
    for (let k = 0; k < s.length; k++) {
      const ch = s[k]!;
      const rest = s.slice(k + 1);
      if (isWordChar(ch)) {
        if (phase === 0) first += ch;
        else next += ch;
        continue;
      }
      if (phase === 0 && (ch === ' ' || ch === '-') && first.length > 0) {
        // A hyphen may also vanish ("co-founder" reads as "cofounder"): that reading goes on in the first word.
        if (ch === '-') feed({ first, phase: 0, next }, rest, into);
        phase = 1;
        continue;
      }
      if (phase === 1 && ch === '-' && next.length > 0) feed({ first, phase: 1, next }, rest, into);
      finish(first, phase === 1 && next.length > 0 ? next : '');
      return;
    }
    into.push({ first, phase, next });
  };
  let active: HeadState[] = [{ first: '', phase: 0, next: '' }];
  for (const t of tokens) {
    if (active.length === 0) break;
    const nextActive: HeadState[] = [];
    for (const state of active) {
      if ('literal' in t) feed(state, t.literal, nextActive);
      else for (const o of t.options) feed(state, o, nextActive);
    }
    // Identical states lead to identical heads; keep one of each.
    const unique = new Map<string, HeadState>();
    for (const st of nextActive) unique.set(`${st.first}|${st.phase}|${st.next}`, st);
    active = [...unique.values()];
  }
  for (const st of active) if (st.first.length > 0) finish(st.first, st.phase === 1 ? st.next : '');
  return [...done.values()].sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
}
