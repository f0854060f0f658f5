// The phrase notation of the lexicon, kept tiny so a phrase stays readable as data:
//   "hir{e|es|ed|ing}"  alternatives in braces; an empty one makes the group optional: "manager{s|}"
//   "build vs buy"      a space matches one space or one hyphen ("build-vs-buy")
//   "co-founder"        a hyphen matches a space, a hyphen or nothing ("co founder", "cofounder")
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
    if (v !== v.trim() || v.includes('  ') || v.length === 0)
      throw new PatternError(`"${pattern}" yields "${v}": put an optional word's space inside its braces`);
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

function literalSource(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === ' ') out += '[ -]';
    else if (ch === '-') out += '[ -]?';
    else out += /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
  }
  return out;
}

export interface CompiledPattern {
  /** Regex source of the phrase, without boundaries. */
  source: string;
  /** Regex source with its end boundary: after a final letter or digit, no letter or digit may follow. */
  bounded: string;
  /** The words a match can start with (letters and digits up to the first other character). */
  firstWords: string[];
  /** Length of the shortest text it matches; longer phrases are listed first in the floor's alternation. */
  minLength: number;
}

/** Compile one phrase into a regex source, keeping its structure (no expansion), and index its first words. */
export function compilePattern(pattern: string): CompiledPattern {
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
  return { source, bounded, firstWords: firstWords(tokens), minLength };
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

/** The first word of every match, found by expanding only as far as the first non-word character. */
function firstWords(tokens: Token[]): string[] {
  const done = new Set<string>();
  let active = new Set<string>(['']);
  const feed = (prefix: string, s: string, into: Set<string>): void => {
    let p = prefix;
    for (let k = 0; k < s.length; k++) {
      const ch = s[k]!;
      if (isWordChar(ch)) {
        p += ch;
      } else if (ch === '-' && p.length > 0) {
        // A hyphen may vanish ("cofounder"): both readings go on.
        done.add(p);
        feed(p, s.slice(k + 1), into);
        return;
      } else {
        if (p.length > 0) done.add(p);
        return;
      }
    }
    into.add(p);
  };
  for (const t of tokens) {
    if (active.size === 0) break;
    const next = new Set<string>();
    for (const prefix of active) {
      if ('literal' in t) feed(prefix, t.literal, next);
      else for (const o of t.options) feed(prefix, o, next);
    }
    active = next;
  }
  for (const p of active) if (p.length > 0) done.add(p);
  return [...done].sort();
}
