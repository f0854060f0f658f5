// One pass over normalised text, word by word. Each word's hash is computed while reading its characters and
// looked up among the words phrases can start with (and then the word after it); only those few places try the
// phrase rules, so the scan costs a few nanoseconds a character however many phrases there are.

export interface ScanRule<T> {
  /** Sticky regex for the whole phrase, with its end boundary. */
  sticky: RegExp;
  target: T;
  /** Earlier rules win ties between equally long matches. */
  order: number;
}

/** The rules that start with one word. */
interface FirstWordRules<T> {
  /** The word itself, for rules that match it alone: checked by comparing text, no regex needed. */
  word: string;
  /** Rules that match exactly this word alone. */
  single: ScanRule<T>[];
  /** Rules whose matches go on from the word with punctuation ("1:1s", "r&d"). */
  always: ScanRule<T>[];
  /** Rules by the hash of the word after one space or hyphen ("board" -> "meetings"). */
  byNext: Map<number, ScanRule<T>[]>;
}

export interface ScanIndex<T> {
  /** Hashes of every first word, main or side: the cheap check made at every word. */
  hashes: WordHashSet;
  /** By hash slot: rules that compete (at most one hit per place, the longest; hits never overlap). */
  main: Array<FirstWordRules<T> | undefined>;
  /** By hash slot: rules checked independently (context and boilerplate cues); they never block a main hit. */
  side: Array<ScanRule<T>[] | undefined>;
  /** Side rules that start with a number ("40-person team"). */
  sideNumeric: ScanRule<T>[];
}

export interface Hit<T> {
  start: number;
  end: number;
  target: T;
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The hash the scanner computes for a word, character by character. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** An open-addressing set of 32-bit hashes: a cheap "could this word start a phrase?" before any other work. */
export class WordHashSet {
  private readonly table: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;
  /** Number of slots. */
  readonly size: number;

  constructor(hashes: Iterable<number>) {
    const list = [...hashes];
    let size = 64;
    while (size < list.length * 4) size <<= 1;
    this.table = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    this.size = size;
    for (const h of list) this.add(h);
  }

  private add(h: number): void {
    let i = (h ^ (h >>> 15)) & this.mask;
    while (this.used[i]) {
      if (this.table[i] === h) return;
      i = (i + 1) & this.mask;
    }
    this.used[i] = 1;
    this.table[i] = h;
  }

  has(h: number): boolean {
    return this.slot(h) >= 0;
  }

  /** Where the hash is stored, or -1: lets callers keep their data in plain arrays indexed by slot. */
  slot(h: number): number {
    let i = (h ^ (h >>> 15)) & this.mask;
    while (this.used[i]) {
      if (this.table[i] === h) return i;
      i = (i + 1) & this.mask;
    }
    return -1;
  }
}

/** Builds a scan index; `next` is the second word of a match, '' when the match may stop or go on otherwise. */
export class ScanIndexBuilder<T> {
  private readonly main = new Map<number, FirstWordRules<T>>();
  private readonly side = new Map<number, ScanRule<T>[]>();
  private readonly sideNumeric: ScanRule<T>[] = [];

  /** `singles` are the first words the rule matches alone, exactly. */
  addMain(
    rule: ScanRule<T>,
    heads: ReadonlyArray<readonly [string, string]>,
    singles: ReadonlySet<string>,
  ): void {
    const seen = new Set<string>();
    for (const [first, next] of heads) {
      const key = `${first} ${next}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const h = wordHash(first);
      let rules = this.main.get(h);
      if (!rules) {
        rules = { word: first, single: [], always: [], byNext: new Map() };
        this.main.set(h, rules);
      }
      if (next === '') {
        const list = singles.has(first) ? rules.single : rules.always;
        if (!list.includes(rule)) list.push(rule);
      } else {
        const hn = wordHash(next);
        const list = rules.byNext.get(hn);
        if (!list) rules.byNext.set(hn, [rule]);
        else if (!list.includes(rule)) list.push(rule);
      }
    }
  }

  addSide(rule: ScanRule<T>, firstWords: readonly string[] | 'number'): void {
    if (firstWords === 'number') {
      this.sideNumeric.push(rule);
      return;
    }
    for (const w of firstWords) {
      const h = wordHash(w);
      const list = this.side.get(h);
      if (list) list.push(rule);
      else this.side.set(h, [rule]);
    }
  }

  build(): ScanIndex<T> {
    const hashes = new WordHashSet([...this.main.keys(), ...this.side.keys()]);
    const main: Array<FirstWordRules<T> | undefined> = new Array(hashes.size).fill(undefined);
    const side: Array<ScanRule<T>[] | undefined> = new Array(hashes.size).fill(undefined);
    for (const [h, rules] of this.main) main[hashes.slot(h)] = rules;
    for (const [h, rules] of this.side) side[hashes.slot(h)] = rules;
    return { hashes, main, side, sideNumeric: this.sideNumeric };
  }
}

function tryRules<T>(
  rules: readonly ScanRule<T>[] | undefined,
  text: string,
  at: number,
  best: { rule: ScanRule<T> | undefined; end: number },
): void {
  if (!rules) return;
  for (const rule of rules) {
    rule.sticky.lastIndex = at;
    if (!rule.sticky.test(text)) continue;
    const end = rule.sticky.lastIndex;
    if (end > best.end || (end === best.end && best.rule !== undefined && rule.order < best.rule.order)) {
      best.rule = rule;
      best.end = end;
    }
  }
}

function trySide<T>(rules: readonly ScanRule<T>[], text: string, at: number, out: Hit<T>[]): void {
  for (const rule of rules) {
    rule.sticky.lastIndex = at;
    if (rule.sticky.test(text)) out.push({ start: at, end: rule.sticky.lastIndex, target: rule.target });
  }
}

/** Scan once: main hits (longest, non-overlapping) and side hits (independent), both in text order. */
export function scanWords<T>(index: ScanIndex<T>, text: string): { main: Hit<T>[]; side: Hit<T>[] } {
  const main: Hit<T>[] = [];
  const side: Hit<T>[] = [];
  const n = text.length;
  const best: { rule: ScanRule<T> | undefined; end: number } = { rule: undefined, end: -1 };
  let blockedUntil = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    let numeric = true;
    do {
      h = (Math.imul(h, 31) + c) | 0;
      if (c > 57) numeric = false;
      c = ++i < n ? text.charCodeAt(i) : 0;
    } while (isWordCode(c));
    if (numeric && index.sideNumeric.length > 0) trySide(index.sideNumeric, text, start, side);
    const slot = index.hashes.slot(h);
    if (slot < 0) continue;
    const sideRules = index.side[slot];
    if (sideRules) trySide(sideRules, text, start, side);
    if (start < blockedUntil) continue;
    const rules = index.main[slot];
    if (!rules) continue;
    best.rule = undefined;
    best.end = -1;
    // The word alone: same hash and same text, so no regex is needed.
    if (rules.single.length > 0 && i - start === rules.word.length && text.startsWith(rules.word, start)) {
      best.rule = rules.single[0];
      best.end = i;
    }
    tryRules(rules.always, text, start, best);
    // The next word, after spaces or hyphens, narrows the rules to the few that can go on with it.
    if (rules.byNext.size > 0 && (c === 32 || c === 45)) {
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 45)) j++;
      const nextStart = j;
      let h2 = 0;
      let d = j < n ? text.charCodeAt(j) : 0;
      while (isWordCode(d)) {
        h2 = (Math.imul(h2, 31) + d) | 0;
        d = ++j < n ? text.charCodeAt(j) : 0;
      }
      if (j > nextStart) tryRules(rules.byNext.get(h2), text, start, best);
    }
    const found = best.rule as ScanRule<T> | undefined;
    if (found === undefined) continue;
    main.push({ start, end: best.end, target: found.target });
    blockedUntil = best.end;
  }
  return { main, side };
}
