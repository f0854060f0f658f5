// Normalisation for matching: lower case, plain quotes, '-' for every dash and bullet, ' ' for every space,
// '\n' for every line break, HTML entities decoded. Usually this keeps the length, so offsets are the same in
// both texts and the work is done by native string methods; otherwise an offset map leads back to the original,
// because evidence offsets must index the text the caller gave us.
import { type Edits, emphasisRuns, noEdits, readHtml } from './markup';
import { lineBreaks } from './sentences';

export interface Normalized {
  text: string;
  /** null when offsets are the same in both texts; otherwise the way back to the original (see toOriginal). */
  map: OffsetMap | null;
}

/**
 * Offsets back to the original, as breakpoints: from norm[k] on (up to the next breakpoint), the normalised
 * offset x came from the original offset orig[k] + (x - norm[k]). Most units keep their distance to the
 * original, so a map holds one breakpoint per change of length (an entity, an expansion), not one per unit.
 */
export interface OffsetMap {
  norm: Int32Array;
  orig: Int32Array;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  ndash: '-',
  mdash: '-',
  hellip: '...',
  bull: '-',
  middot: '-',
  shy: '',
  zwj: '',
  zwnj: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
};

// Characters folded by hand; everything else non-ASCII goes through NFKC and toLowerCase once and is cached.
const FOLD: Record<number, string> = {};
for (const c of '\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`') FOLD[c.charCodeAt(0)] = "'";
for (const c of '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb') FOLD[c.charCodeAt(0)] = '"';
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2043')
  FOLD[c.charCodeAt(0)] = '-';
for (const c of '\u2022\u2023\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u2219\u00b7\u2027\u27a2\u2794\u25ba\u25b8\u2713\u2714\u2605\u2606')
  FOLD[c.charCodeAt(0)] = '-';
for (const c of '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f')
  FOLD[c.charCodeAt(0)] = ' ';
for (const c of '\u00ad\u200b\u200c\u200d\u2060\ufeff') FOLD[c.charCodeAt(0)] = '';
FOLD[0x2026] = '...';
FOLD[0x2028] = '\n';
FOLD[0x2029] = '\n';
FOLD[0x85] = '\n';

const foldCache = new Map<number, string>();

/** The normalised form of one BMP non-ASCII code unit. */
function foldUnit(code: number): string {
  const hand = FOLD[code];
  if (hand !== undefined) return hand;
  let cached = foldCache.get(code);
  if (cached === undefined) {
    const ch = String.fromCharCode(code);
    const k = ch.normalize('NFKC').toLowerCase();
    // Keep only foldings to plain ASCII-ish text; anything odd stays itself so the map stays simple.
    cached = k.length > 0 && k.length <= 3 ? k : ch;
    foldCache.set(code, cached);
  }
  return cached;
}

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;

function decodeEntity(body: string): string | undefined {
  if (body.charCodeAt(0) === 35) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
    const cp = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    const ch = String.fromCodePoint(cp);
    if (ch.length !== 1) return ch;
    const code = ch.charCodeAt(0);
    if (code < 128) return code >= 65 && code <= 90 ? ch.toLowerCase() : ch;
    return foldUnit(code);
  }
  return NAMED_ENTITIES[body.toLowerCase()];
}

const ANY_ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;
// Everything but a line break, printable ASCII and the backtick needs folding.
const NEEDS_FOLD = /[^\n\x20-\x5f\x61-\x7e]/;

/** True when the text holds an entity: tried only where an '&' stands, so a long text costs one indexOf. */
function hasEntity(input: string): boolean {
  for (let at = input.indexOf('&'); at >= 0; at = input.indexOf('&', at + 1)) {
    ANY_ENTITY.lastIndex = at;
    if (ANY_ENTITY.test(input)) return true;
  }
  return false;
}

/** The one-unit fold of a character NEEDS_FOLD picks out, or a string of another length. */
function foldSeparator(code: number): string {
  return code === 13 ? ' ' : code === 96 ? "'" : code < 32 ? ' ' : foldUnit(code);
}

/** Length-preserving normalisation with native methods, or null when the text needs the slow path. */
function normalizeSameLength(input: string): Normalized | null {
  if (hasEntity(input)) return null;
  // Mostly non-ASCII text (not an English posting) would call the fold below for every character: go straight
  // to the general path.
  let nonAscii = 0;
  const sample = Math.min(input.length, 4096);
  for (let i = 0; i < sample; i++) if (input.charCodeAt(i) > 127) nonAscii++;
  if (nonAscii > sample / 8) return null;
  // Work in chunks: each chunk's lower-cased copy is small and cheap to allocate, and only the joined result is
  // one large string (a large fresh string costs more than its copying). Chunks end just after a space or line
  // break, across which lower-casing has no context (the Greek final sigma), so chunks lower-case as the whole.
  const parts: string[] = [];
  let from = 0;
  while (from < input.length) {
    const to = chunkEnd(input, from);
    const lower = input.slice(from, to).toLowerCase();
    if (lower.length !== to - from) return null;
    // Split at the characters to fold and join the pieces with their folds: native work, and cheaper than a
    // replace that calls back for every character.
    const pieces = lower.split(NEEDS_FOLD);
    let at = 0;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      parts.push(piece);
      at += piece.length;
      if (k === pieces.length - 1) break;
      const folded = foldSeparator(lower.charCodeAt(at));
      if (folded.length !== 1) return null;
      parts.push(folded);
      at++;
    }
    from = to;
  }
  return { text: parts.length === 1 ? parts[0]! : parts.join(''), map: null };
}

const CHUNK = 1 << 14;

/** Where the chunk from `from` ends: just after the last space or line break before from + CHUNK, or later. */
function chunkEnd(input: string, from: number): number {
  const limit = from + CHUNK;
  if (limit >= input.length) return input.length;
  // Backwards by hand: lastIndexOf has no lower bound, and one line with no break would be searched to its start.
  for (let cut = limit - 1; cut >= from; cut--) {
    const c = input.charCodeAt(cut);
    if (c === 32 || c === 10) return cut + 1;
  }
  // No break in the chunk: go on to the next one.
  const space = input.indexOf(' ', limit);
  const line = input.indexOf('\n', limit);
  const next = space < 0 ? line : line < 0 ? space : Math.min(space, line);
  return next < 0 ? input.length : next + 1;
}

const NO_EDITS: Edits = noEdits();

/**
 * Normalise text for matching and keep the way back to the original offsets. `edits` (in text order, none
 * overlapping) are made on the way, in the one copy normalising makes anyway.
 */
export function normalize(input: string, edits: Edits = NO_EDITS): Normalized {
  // With edits, the unit-by-unit copy: splitting the fast path's pieces at every edit costs more than it.
  if (edits.at.length > 0) return normalizeInPieces(input, edits) ?? normalizeWithMap(input, edits);
  return normalizeSameLength(input) ?? normalizeInPieces(input, edits) ?? normalizeWithMap(input, edits);
}

/**
 * Normalise a posting, its shape read as lines: HTML as line breaks, bullets, spaces or nothing, markdown
 * emphasis as nothing (markup.ts), and sentence ends, inline bullets and inline headings as line breaks
 * (sentences.ts). The same posting as plain lines, HTML, one long line, CRLF or markdown gives the same lines;
 * offsets still lead back to the caller's text.
 */
export function normalizePosting(input: string): Normalized {
  const html = readHtml(input);
  // Sentences and headings are found in the text as shown: tags blanked, block tags as line breaks.
  const shown = html?.blanked ?? input;
  const breaks = lineBreaks(shown);
  const emphasis = emphasisRuns(shown);
  if (!html && emphasis.at.length === 0) {
    const plain = normalize(input);
    if (breaks.length === 0) return plain;
    // Same-length text: each break is one space turned into '\n', so the offsets (and a null map) still hold.
    if (plain.map === null) return { text: withBreaks(plain.text, breaks), map: null };
    const spaces = Array.from(breaks, () => 1);
    return normalize(input, { at: Array.from(breaks), length: spaces, with: spaces.map(() => '\n') });
  }
  return normalize(input, mergeEdits(html?.edits ?? NO_EDITS, emphasis, breaks));
}

/** The text with a line break in place of the one character at each offset in `breaks` (ascending). */
function withBreaks(text: string, breaks: Int32Array): string {
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < breaks.length; k++) {
    const at = breaks[k]!;
    parts.push(text.slice(from, at));
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('\n');
}

/**
 * Tags, emphasis and line breaks as one list of edits in text order. A break falls on a space of the shown
 * text, which may be a blanked tag: that tag then reads as a line break.
 */
function mergeEdits(tags: Edits, emphasis: Edits, breaks: Int32Array): Edits {
  const out: Edits = noEdits();
  const push = (from: Edits, k: number): void => {
    out.at.push(from.at[k]!);
    out.length.push(from.length[k]!);
    out.with.push(from.with[k]!);
  };
  let t = 0;
  let e = 0;
  let b = 0;
  while (t < tags.at.length || e < emphasis.at.length || b < breaks.length) {
    const tagAt = t < tags.at.length ? tags.at[t]! : Number.POSITIVE_INFINITY;
    const emphasisAt = e < emphasis.at.length ? emphasis.at[e]! : Number.POSITIVE_INFINITY;
    const breakAt = b < breaks.length ? breaks[b]! : Number.POSITIVE_INFINITY;
    if (tagAt <= emphasisAt && tagAt <= breakAt) {
      const end = tagAt + tags.length[t]!;
      let replacement = tags.with[t]!;
      for (; b < breaks.length && breaks[b]! < end; b++)
        if (replacement.charCodeAt(0) !== 10) replacement = '\n';
      out.at.push(tagAt);
      out.length.push(tags.length[t]!);
      out.with.push(replacement);
      t++;
    } else if (emphasisAt <= breakAt) push(emphasis, e++);
    else {
      out.at.push(breakAt);
      out.length.push(1);
      out.with.push('\n');
      b++;
    }
  }
  return out;
}

// Per code unit, its one-unit fold plus one (0: not computed yet), or SLOW for the units the general path
// handles apart: '&' (entities), folds of another length (removed, expanded). Filled lazily; 128 KB once.
const SLOW = 0xffff;
let foldTable: Uint16Array | undefined;

function foldCode(table: Uint16Array, c: number): number {
  let f: number;
  if (c === 38) f = SLOW;
  else if (c < 128)
    // Upper case down, backtick to apostrophe, control characters (\r, \t) to a space, \n kept.
    f = (c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c === 10 ? 10 : Math.max(c, 32)) + 1;
  // Astral characters and lone surrogates are copied as they are; no phrase contains them.
  else if (c >= 0xd800 && c <= 0xdfff) f = c + 1;
  else {
    const s = foldUnit(c);
    f = s.length === 1 && s.charCodeAt(0) + 1 < SLOW ? s.charCodeAt(0) + 1 : SLOW;
  }
  table[c] = f;
  return f;
}

// The output units, kept between calls: the decoded string is a copy, so only the map is allocated per text.
let scratch = new Uint16Array(0);

/** A breakpoint list that grows by doubling. */
class Breakpoints {
  norm = new Int32Array(64);
  orig = new Int32Array(64);
  count = 0;
  push(n: number, o: number): void {
    if (this.count === this.norm.length) {
      const norm = new Int32Array(this.count * 2);
      norm.set(this.norm);
      this.norm = norm;
      const orig = new Int32Array(this.count * 2);
      orig.set(this.orig);
      this.orig = orig;
    }
    this.norm[this.count] = n;
    this.orig[this.count] = o;
    this.count++;
  }
}

/**
 * Copies the folds of input[i...] to out[i + delta...] while each is one unit already in the table; returns
 * where it stopped. Its own small loop, so the engine keeps it tight.
 */
function copyRun(
  input: string,
  i: number,
  n: number,
  out: Uint16Array,
  delta: number,
  table: Uint16Array,
): number {
  for (; i < n; i++) {
    const f = table[input.charCodeAt(i)]!;
    if (f === SLOW || f === 0) break;
    out[i + delta] = f - 1;
  }
  return i;
}

/** The general path: entities, expansions and removals change the length, so keep a map. */
function normalizeWithMap(input: string, edits: Edits): Normalized {
  const n = input.length;
  foldTable ??= new Uint16Array(0x10000);
  const table = foldTable;
  // Invariant: room for every unit still to read plus one step's expansion (an entity, a ligature) and slack,
  // so the common one-unit step needs no check. Only the rare steps that lengthen the text re-check it.
  const slack = 64;
  if (scratch.length < n + slack) scratch = new Uint16Array(n + (n >> 4) + slack);
  let out = scratch;
  const points = new Breakpoints();
  points.push(0, 0);
  // The current run's distance from normalised to original offsets.
  let shift = 0;
  let o = 0;
  let i = 0;
  let edit = 0;
  let stop = edits.at.length > 0 ? Math.min(edits.at[0]!, n) : n;
  while (i < n) {
    i = copyRun(input, i, stop, out, o - i, table);
    if (i >= n) break;
    o = i - shift;
    const c = input.charCodeAt(i);
    let several: string;
    let step = 1;
    if (i === stop) {
      // An edit: its units replace the input it spans.
      several = edits.with[edit]!;
      step = edits.length[edit]!;
      edit++;
      // Edits never overlap; one that would start inside the last is dropped rather than trusted.
      while (edit < edits.at.length && edits.at[edit]! < i + step) edit++;
      stop = edit < edits.at.length ? Math.min(edits.at[edit]!, n) : n;
    } else if ((table[c]! || foldCode(table, c)) !== SLOW) {
      out[o++] = table[c]! - 1;
      i++;
      continue;
    } else if (c === 38) {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(input);
      const decoded = m ? decodeEntity(m[1]!) : undefined;
      if (m && decoded !== undefined) {
        several = decoded;
        step = m[0].length;
      } else several = '&';
    } else several = foldUnit(c);
    if (out.length < o + several.length + (n - i) + slack) {
      const grown = new Uint16Array(Math.max(out.length * 2, o + several.length + (n - i) + slack));
      grown.set(out.subarray(0, o));
      out = grown;
      scratch = grown;
    }
    // Each unit of the step comes from input[i]; a break in the run where that is not where the run leads.
    for (let k = 0; k < several.length; k++) {
      if (i - o !== shift) {
        shift = i - o;
        points.push(o, i);
      }
      out[o++] = several.charCodeAt(k);
    }
    i += step;
    // The next unit comes from input[i] (or the end): a breakpoint when that leaves the run.
    if (i - o !== shift) {
      shift = i - o;
      points.push(o, i);
    }
  }
  o = n - shift;
  // One breakpoint and the same length: offsets are the same in both texts, as on the fast path.
  if (points.count === 1 && o === n) return { text: decodeUnits(out, o), map: null };
  const map = { norm: points.norm.slice(0, points.count), orig: points.orig.slice(0, points.count) };
  return { text: decodeUnits(out, o), map };
}

/**
 * normalizeWithMap's text and map, made of native string pieces: the text folded whole (same length, so its
 * offsets are the input's), sliced between the edits and entities, which are made one by one with the same
 * breakpoints. No unit-by-unit copy and no decoding of a large buffer.
 */
class PieceWriter {
  readonly parts: string[] = [];
  readonly points = new Breakpoints();
  /** The current run's distance from normalised to original offsets, and the normalised length so far. */
  shift = 0;
  o = 0;
  private nextAmp = -1;

  constructor(
    private readonly input: string,
    private readonly folded: string,
  ) {
    this.points.push(0, 0);
  }

  /** input[i, i + step) reads as `several`: breakpoints exactly as normalizeWithMap makes them. */
  replace(i: number, step: number, several: string): void {
    for (let k = 0; k < several.length; k++) {
      if (i - this.o !== this.shift) {
        this.shift = i - this.o;
        this.points.push(this.o, i);
      }
      this.o++;
    }
    if (several.length > 0) this.parts.push(several);
    const next = i + step;
    if (next - this.o !== this.shift) {
      this.shift = next - this.o;
      this.points.push(this.o, next);
    }
  }

  /** Copies input[from, to) folded, with its entities decoded; false when the per-unit path must do it. */
  copy(from: number, to: number): boolean {
    const { input } = this;
    for (let amp = this.ampFrom(from); amp < to; amp = this.ampFrom(amp + 1)) {
      ENTITY.lastIndex = amp;
      const m = ENTITY.exec(input);
      const decoded = m ? decodeEntity(m[1]!) : undefined;
      if (decoded === undefined) continue;
      const end = amp + m![0].length;
      if (end > to || !this.fold(from, amp)) return false;
      this.replace(amp, end - amp, decoded);
      from = end;
      amp = end - 1;
    }
    return this.fold(from, to);
  }

  /** The first '&' at or after a place, kept until passed: a text with many edits and few '&' costs one search. */
  private ampFrom(from: number): number {
    if (this.nextAmp < from) {
      const found = this.input.indexOf('&', from);
      this.nextAmp = found < 0 ? Number.POSITIVE_INFINITY : found;
    }
    return this.nextAmp;
  }

  /** Copies input[from, to), which holds no entity: its fold, a slice of the folded text. */
  private fold(from: number, to: number): boolean {
    if (to <= from) return true;
    this.parts.push(this.folded.slice(from, to));
    this.o += to - from;
    return true;
  }
}

/**
 * The text with every unit folded as the per-unit path folds it, the same length (null when some unit folds
 * to another length). Chunks split at the characters to fold leave pieces of printable ASCII and line breaks,
 * whose lower case is the per-unit fold; each character split at is folded from the table.
 */
function foldedSameLength(input: string, table: Uint16Array): { text: string; surrogates: boolean } | null {
  const parts: string[] = [];
  let surrogates = false;
  for (let from = 0; from < input.length; ) {
    const to = chunkEnd(input, from);
    const pieces = input.slice(from, to).split(NEEDS_FOLD);
    let at = from;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      parts.push(piece.toLowerCase());
      at += piece.length;
      if (k === pieces.length - 1) break;
      const c = input.charCodeAt(at);
      const f = table[c]! || foldCode(table, c);
      if (f === SLOW) return null;
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
      parts.push(String.fromCharCode(f - 1));
      at++;
    }
    from = to;
  }
  return { text: parts.length === 1 ? parts[0]! : parts.join(''), surrogates };
}

// A high surrogate with no low one after it, or a low one with no high one before it.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** normalizeWithMap's result without its unit-by-unit copy, or null where only that path will do. */
function normalizeInPieces(input: string, edits: Edits): Normalized | null {
  const n = input.length;
  // Mostly non-ASCII text would split into a piece per character: the per-unit path is faster there.
  let nonAscii = 0;
  const sample = Math.min(n, 4096);
  for (let i = 0; i < sample; i++) if (input.charCodeAt(i) > 127) nonAscii++;
  if (nonAscii > sample / 8) return null;
  foldTable ??= new Uint16Array(0x10000);
  const folded = foldedSameLength(input, foldTable);
  if (folded === null) return null;
  const writer = new PieceWriter(input, folded.text);
  let from = 0;
  for (let edit = 0; edit < edits.at.length && edits.at[edit]! < n; ) {
    const at = edits.at[edit]!;
    const step = edits.length[edit]!;
    if (at + step > n || !writer.copy(from, at)) return null;
    writer.replace(at, step, edits.with[edit]!);
    from = at + step;
    // Edits never overlap; one that would start inside the last is dropped, as normalizeWithMap drops it.
    for (edit++; edit < edits.at.length && edits.at[edit]! < from; ) edit++;
  }
  if (!writer.copy(from, n)) return null;
  const { parts, points, shift } = writer;
  let text = parts.length === 1 ? parts[0]! : parts.join('');
  // The decoder the per-unit path uses turns a lone surrogate into U+FFFD, one unit for one.
  if (folded.surrogates) text = text.replace(LONE_SURROGATE, '\ufffd');
  if (points.count === 1 && shift === 0) return { text, map: null };
  return {
    text,
    map: { norm: points.norm.slice(0, points.count), orig: points.orig.slice(0, points.count) },
  };
}

const utf16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : undefined;

function decodeUnits(units: Uint16Array, length: number): string {
  // Native decoding is much faster; it turns lone surrogates into U+FFFD, one unit for one, so offsets hold.
  if (utf16) return utf16.decode(units.subarray(0, length));
  const CHUNK = 8192;
  let s = '';
  for (let k = 0; k < length; k += CHUNK) {
    s += String.fromCharCode.apply(
      null,
      units.subarray(k, Math.min(length, k + CHUNK)) as unknown as number[],
    );
  }
  return s;
}

/** The original offset of normalised offset x (x up to the text's length, which gives the original's). */
function originalAt(map: OffsetMap, x: number): number {
  const { norm, orig } = map;
  let lo = 0;
  let hi = norm.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (norm[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return orig[lo]! + (x - norm[lo]!);
}

/** The original span [start, end) for the normalised span [nStart, nEnd). */
export function toOriginal(norm: Normalized, nStart: number, nEnd: number): { start: number; end: number } {
  const { map } = norm;
  if (map === null) return { start: nStart, end: nEnd };
  const start = originalAt(map, nStart);
  const end = originalAt(map, Math.min(nEnd, norm.text.length));
  return { start, end: Math.max(start, end) };
}
