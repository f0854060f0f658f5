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
  /** True when some rule goes on to a next word after spaces or hyphens: see ScanIndex.pairs. */
  hasNext: boolean;
  /** One bit per possible next word (nextBit of its hash): most next words are ruled out before any probe. */
  nextBits: number;
}

export interface ScanIndex<T> {
  /** Hashes of every first word, main or side: the cheap check made at every word. */
  hashes: WordHashSet;
  /** By hash slot, for marked words marked only after certain words: the hashes of those previous words. */
  markAfter: Array<Set<number> | undefined>;
  /** By hash slot: rules that compete (at most one hit per place, the longest; hits never overlap). */
  main: Array<FirstWordRules<T> | undefined>;
  /** By hash slot: rules checked independently (context and boilerplate cues); they never block a main hit. */
  side: Array<ScanRule<T>[] | undefined>;
  /**
   * By hash slot, beside `side` where some of its rules go on to a next word: per rule, the hashes of the words
   * that can follow the first one in a match, or null when the rule may match without one. Those rules are tried
   * once the next word is read, and only when it can follow.
   */
  sideNext: Array<Array<Set<number> | null> | undefined>;
  /** Side rules that start with a number ("40-person team"). */
  sideNumeric: ScanRule<T>[];
  /** By hash slot: what the word can do (SLOT_* bits), read before touching any rule object. */
  flags: Uint8Array;
  /** By hash slot: FirstWordRules.nextBits. */
  nextBits: Int32Array;
  /** By hash slot, for words with a rule that is the word alone: the word, its length and that rule. */
  words: Array<string | undefined>;
  wordLength: Uint16Array;
  singles: Array<ScanRule<T> | undefined>;
  /** Keys of (first word, next word) pairs, from pairKey: "board" then "meetings". */
  pairs: WordHashSet;
  /** By pair slot: the rules that can go on from the first word with that next word. */
  pairRules: Array<ScanRule<T>[] | undefined>;
}

export interface Hit<T> {
  start: number;
  end: number;
  target: T;
}

// The class of every UTF-16 code unit, one lookup a character: LETTER a-z, DIGIT 0-9, 0 for the rest (the text
// is normalised, so there are no capitals).
const LETTER = 1;
const DIGIT = 2;

// Slot flags: the word's place is recorded (a negation cue word); it starts side rules; main rules; a main rule
// that is the word alone; main rules that go on with punctuation; main rules that go on to a next word.
const SLOT_MARK = 1;
const SLOT_SIDE = 2;
const SLOT_MAIN = 4;
const SLOT_SINGLE = 8;
const SLOT_ALWAYS = 16;
const SLOT_NEXT = 32;
/** Some side rule of the word needs a next word: its side rules wait for that word. */
const SLOT_SIDE_NEXT = 64;
const WORD_CLASS = new Uint8Array(0x10000);
for (let c = 97; c <= 122; c++) WORD_CLASS[c] = LETTER;
for (let c = 48; c <= 57; c++) WORD_CLASS[c] = DIGIT;

/** The hash the scanner computes for a word, character by character. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/** One 32-bit key for a pair of word hashes, mixed so that its low bits spread well. */
export function pairKey(first: number, next: number): number {
  let k = (Math.imul(first, 0x9e3779b1) ^ next) | 0;
  k = Math.imul(k ^ (k >>> 16), 0x85ebca6b);
  return (k ^ (k >>> 13)) | 0;
}

/** The bit a next word's hash sets in FirstWordRules.nextBits. */
const nextBit = (h: number): number => 1 << (Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 27);

/** An open-addressing set of 32-bit hashes: a cheap "could this word start a phrase?" before any other work. */
export class WordHashSet {
  readonly table: Int32Array;
  readonly used: Uint8Array;
  readonly mask: number;
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
  private readonly pairs = new Map<number, ScanRule<T>[]>();
  private readonly side = new Map<number, ScanRule<T>[]>();
  private readonly sideNext = new Map<number, Array<Set<number> | null>>();
  private readonly sideNumeric: ScanRule<T>[] = [];
  private readonly marks = new Set<number>();
  /** Marked words with the previous words they must follow; absent when any previous word will do. */
  private readonly markAfter = new Map<number, Set<number> | null>();

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
        rules = { word: first, single: [], always: [], hasNext: false, nextBits: 0 };
        this.main.set(h, rules);
      }
      if (next === '') {
        const list = singles.has(first) ? rules.single : rules.always;
        if (!list.includes(rule)) list.push(rule);
      } else {
        rules.hasNext = true;
        rules.nextBits |= nextBit(wordHash(next));
        const key = pairKey(h, wordHash(next));
        const list = this.pairs.get(key);
        if (!list) this.pairs.set(key, [rule]);
        else if (!list.includes(rule)) list.push(rule);
      }
    }
  }

  /** `heads` (compilePattern's), when known, let the rule wait for a next word that can follow its first. */
  addSide(
    rule: ScanRule<T>,
    firstWords: readonly string[] | 'number',
    heads?: ReadonlyArray<readonly [string, string]>,
  ): void {
    if (firstWords === 'number') {
      this.sideNumeric.push(rule);
      return;
    }
    for (const w of firstWords) {
      const h = wordHash(w);
      let nexts: Set<number> | null = null;
      if (heads) {
        const words = heads.filter(([first]) => first === w).map(([, next]) => next);
        if (words.length > 0 && !words.includes('')) nexts = new Set(words.map(wordHash));
      }
      const list = this.side.get(h);
      if (list) {
        list.push(rule);
        this.sideNext.get(h)!.push(nexts);
      } else {
        this.side.set(h, [rule]);
        this.sideNext.set(h, [nexts]);
      }
    }
  }

  /**
   * A word (letters and digits only) whose every place in the text the scan reports; with `after`, only the
   * places right after one of those words ("owns" after "cto").
   */
  addMark(word: string, after?: readonly string[]): void {
    const h = wordHash(word);
    this.marks.add(h);
    const known = this.markAfter.get(h);
    if (!after || known === null) this.markAfter.set(h, null);
    else this.markAfter.set(h, new Set([...(known ?? []), ...after.map(wordHash)]));
  }

  build(): ScanIndex<T> {
    const hashes = new WordHashSet([...this.main.keys(), ...this.side.keys(), ...this.marks]);
    const main: Array<FirstWordRules<T> | undefined> = new Array(hashes.size).fill(undefined);
    const side: Array<ScanRule<T>[] | undefined> = new Array(hashes.size).fill(undefined);
    const flags = new Uint8Array(hashes.size);
    const words: Array<string | undefined> = new Array(hashes.size).fill(undefined);
    const wordLength = new Uint16Array(hashes.size);
    const singles: Array<ScanRule<T> | undefined> = new Array(hashes.size).fill(undefined);
    const nextBits = new Int32Array(hashes.size);
    for (const [h, rules] of this.main) {
      const slot = hashes.slot(h);
      main[slot] = rules;
      nextBits[slot] = rules.nextBits;
      flags[slot]! |= SLOT_MAIN;
      if (rules.single.length > 0 && rules.word.length < 0x10000) {
        flags[slot]! |= SLOT_SINGLE;
        words[slot] = rules.word;
        wordLength[slot] = rules.word.length;
        singles[slot] = rules.single[0];
      }
      if (rules.always.length > 0) flags[slot]! |= SLOT_ALWAYS;
      if (rules.hasNext) flags[slot]! |= SLOT_NEXT;
    }
    const sideNext: Array<Array<Set<number> | null> | undefined> = new Array(hashes.size).fill(undefined);
    for (const [h, rules] of this.side) {
      side[hashes.slot(h)] = rules;
      flags[hashes.slot(h)]! |= SLOT_SIDE;
      const nexts = this.sideNext.get(h)!;
      if (nexts.some((x) => x !== null)) {
        flags[hashes.slot(h)]! |= SLOT_SIDE_NEXT;
        sideNext[hashes.slot(h)] = nexts;
      }
    }
    const markAfter: Array<Set<number> | undefined> = new Array(hashes.size).fill(undefined);
    for (const h of this.marks) {
      flags[hashes.slot(h)]! |= SLOT_MARK;
      markAfter[hashes.slot(h)] = this.markAfter.get(h) ?? undefined;
    }
    const pairs = new WordHashSet(this.pairs.keys());
    const pairRules: Array<ScanRule<T>[] | undefined> = new Array(pairs.size).fill(undefined);
    for (const [key, rules] of this.pairs) pairRules[pairs.slot(key)] = rules;
    return {
      hashes,
      main,
      side,
      sideNext,
      sideNumeric: this.sideNumeric,
      flags,
      markAfter,
      nextBits,
      words,
      wordLength,
      singles,
      pairs,
      pairRules,
    };
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

/**
 * The side rules of the word at `at` (slot), in their order, once the next word is known: `next` its hash when
 * only spaces or hyphens stand before it, else undefined. A rule that needs a next word is tried only when that
 * word can follow.
 */
function trySideBefore<T>(
  index: ScanIndex<T>,
  slot: number,
  text: string,
  at: number,
  next: number | undefined,
  out: Hit<T>[],
): void {
  const rules = index.side[slot]!;
  const nexts = index.sideNext[slot]!;
  for (let k = 0; k < rules.length; k++) {
    const can = nexts[k];
    if (can !== null && (next === undefined || !can!.has(next))) continue;
    const rule = rules[k]!;
    rule.sticky.lastIndex = at;
    if (rule.sticky.test(text)) out.push({ start: at, end: rule.sticky.lastIndex, target: rule.target });
  }
}

/** Main hits as parallel arrays (no object per hit): hit k is text[start[k], end[k]), matched by target[k]. */
export interface MainHits<T> {
  start: number[];
  end: number[];
  target: T[];
}

export interface ScanResult<T> {
  main: MainHits<T>;
  side: Hit<T>[];
  /** Start offsets of the marked words, in text order. */
  marks: number[];
}

/** True when text[start, end) is all digits. */
function isNumber(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (WORD_CLASS[text.charCodeAt(k)] !== DIGIT) return false;
  return true;
}

/** True when text[start, start + word.length) is the word. */
function sameWord(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * The longest main rule at the word text[start, end) (slot and flags of the word), with the rules of its pair
 * with the next word at pairSlot (or -1): pushed as a main hit. Returns where the next hit may start.
 */
function settle<T>(
  index: ScanIndex<T>,
  text: string,
  flags: number,
  slot: number,
  start: number,
  end: number,
  pairSlot: number,
  best: { rule: ScanRule<T> | undefined; end: number },
  main: MainHits<T>,
): number {
  best.rule = undefined;
  best.end = -1;
  // The word alone: same hash and same text, so no regex is needed.
  if (
    (flags & SLOT_SINGLE) !== 0 &&
    end - start === index.wordLength[slot] &&
    sameWord(text, start, index.words[slot]!)
  ) {
    best.rule = index.singles[slot];
    best.end = end;
  }
  if ((flags & SLOT_ALWAYS) !== 0) tryRules(index.main[slot]!.always, text, start, best);
  if (pairSlot >= 0) tryRules(index.pairRules[pairSlot], text, start, best);
  const found = best.rule as ScanRule<T> | undefined;
  if (found === undefined) return start;
  main.start.push(start);
  main.end.push(best.end);
  main.target.push(found.target);
  return best.end;
}

/** settle() for a word waiting at the end of the text (flags 0: none), when it starts at or after blockedUntil. */
function settleLast<T>(
  index: ScanIndex<T>,
  text: string,
  flags: number,
  slot: number,
  start: number,
  end: number,
  blockedUntil: number,
  best: { rule: ScanRule<T> | undefined; end: number },
  main: MainHits<T>,
): void {
  if (flags !== 0 && start >= blockedUntil && (flags & (SLOT_SINGLE | SLOT_ALWAYS)) !== 0)
    settle(index, text, flags, slot, start, end, -1, best, main);
}

/** True when only spaces and hyphens, at least one, stand in text[from, to). */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  if (to === from + 1) {
    const g = text.charCodeAt(from);
    return g === 32 || g === 45;
  }
  for (let k = from; k < to; k++) {
    const g = text.charCodeAt(k);
    if (g !== 32 && g !== 45) return false;
  }
  return true;
}

/**
 * Scan once: main hits (longest, non-overlapping), side hits (independent) and marked words, in text order.
 * Each word is read once: a word that can start a main rule waits until the next word's hash is known. Only
 * text[from, to) is read (it must start and end at word boundaries); hits are added to `into` when given, so
 * several ranges in text order make one result.
 */
export function scanWords<T>(
  index: ScanIndex<T>,
  text: string,
  from = 0,
  to = text.length,
  into?: ScanResult<T>,
): ScanResult<T> {
  const out = into ?? { main: { start: [], end: [], target: [] }, side: [], marks: [] };
  const { main, side, marks } = out;
  const n = to;
  // Words are read up to the text's own length, a bound the engine can prove, rather than `to`: a range ends at
  // a line break, so no word runs past it anyway.
  const length = text.length;
  const best: { rule: ScanRule<T> | undefined; end: number } = { rule: undefined, end: -1 };
  const { sideNumeric } = index;
  const numericRules = sideNumeric.length > 0;
  // The hash sets, probed inline: this runs for every word.
  const { table, used, mask } = index.hashes;
  const { words, wordLength, singles } = index;
  const slotFlags = index.flags;
  const pairTable = index.pairs.table;
  const pairUsed = index.pairs.used;
  const pairMask = index.pairs.mask;
  let blockedUntil = 0;
  // The word waiting for its next word, when it can start a main rule (pendingFlags 0: none).
  let pendingFlags = 0;
  let pendingSlot = 0;
  let pendingStart = 0;
  let pendingEnd = 0;
  let pendingHash = 0;
  // The hash of the word before the current one: some marks count only after certain words.
  let previousHash = 0;
  // The word whose side rules wait for the next word (sideSlot -1: none).
  let sideSlot = -1;
  let sideStart = 0;
  let sideEnd = 0;
  let i = from;
  while (i < n) {
    let c = text.charCodeAt(i);
    const first = WORD_CLASS[c]!;
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = c;
    c = 0;
    while (++i < length) {
      const d = text.charCodeAt(i);
      if (WORD_CLASS[d] === 0) {
        c = d;
        break;
      }
      h = (Math.imul(h, 31) + d) | 0;
    }
    // text[i] is not a word character (or the end): the next turn starts after it.
    const end = i++;
    const previous = previousHash;
    previousHash = h;
    if (sideSlot >= 0) {
      trySideBefore(index, sideSlot, text, sideStart, spacesOnly(text, sideEnd, start) ? h : undefined, side);
      sideSlot = -1;
    }
    if (pendingFlags !== 0) {
      if (pendingStart >= blockedUntil) {
        // The (word, next word) pair's rules, when only spaces or hyphens stand between the two words.
        let pairSlot = -1;
        if (
          (pendingFlags & SLOT_NEXT) !== 0 &&
          (index.nextBits[pendingSlot]! & nextBit(h)) !== 0 &&
          spacesOnly(text, pendingEnd, start)
        ) {
          const key = pairKey(pendingHash, h);
          let p = (key ^ (key >>> 15)) & pairMask;
          while (pairUsed[p] === 1 && pairTable[p] !== key) p = (p + 1) & pairMask;
          if (pairUsed[p] === 1) pairSlot = p;
        }
        // Most first words ("the", "our") start only two-word rules: nothing to try when the pair is unknown.
        if (pairSlot >= 0 || (pendingFlags & (SLOT_SINGLE | SLOT_ALWAYS)) !== 0)
          blockedUntil = settle(
            index,
            text,
            pendingFlags,
            pendingSlot,
            pendingStart,
            pendingEnd,
            pairSlot,
            best,
            main,
          );
      }
      pendingFlags = 0;
    }
    // Side rules for numbers ("40-person team") only run on words that are all digits.
    if (first === DIGIT && numericRules && isNumber(text, start, end))
      trySide(sideNumeric, text, start, side);
    let slot = (h ^ (h >>> 15)) & mask;
    // Stops at the word or at an empty slot, whose flags are 0.
    while (table[slot] !== h && used[slot] === 1) slot = (slot + 1) & mask;
    const flags = slotFlags[slot]!;
    if (flags === 0) continue;
    if ((flags & SLOT_MARK) !== 0 && (index.markAfter[slot]?.has(previous) ?? true)) marks.push(start);
    if ((flags & SLOT_SIDE_NEXT) !== 0) {
      sideSlot = slot;
      sideStart = start;
      sideEnd = end;
    } else if ((flags & SLOT_SIDE) !== 0) trySide(index.side[slot]!, text, start, side);
    if ((flags & SLOT_MAIN) === 0) continue;
    if ((flags & (SLOT_ALWAYS | SLOT_NEXT)) === 0) {
      // Only the word alone can match: decided now, without waiting for the next word.
      if (start >= blockedUntil && end - start === wordLength[slot] && sameWord(text, start, words[slot]!)) {
        main.start.push(start);
        main.end.push(end);
        main.target.push(singles[slot]!.target);
        blockedUntil = end;
      }
      continue;
    }
    // Two-word rules only, and no space or hyphen after the word: no next word can follow it into a match.
    if ((flags & (SLOT_SINGLE | SLOT_ALWAYS)) === 0 && c !== 32 && c !== 45) continue;
    pendingFlags = flags;
    pendingSlot = slot;
    pendingStart = start;
    pendingEnd = end;
    pendingHash = h;
  }
  // The last word has no next word. Its checks live in a function of their own: as code after the loop, run
  // once a call, they had no type feedback, and the optimised scan gave itself up on them every call.
  settleLast(index, text, pendingFlags, pendingSlot, pendingStart, pendingEnd, blockedUntil, best, main);
  if (sideSlot >= 0) trySideBefore(index, sideSlot, text, sideStart, undefined, side);
  return out;
}
