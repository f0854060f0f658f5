// Sentences, inline bullets and inline headings stand in for lines where a text has few. Scraped postings often
// come as one long line ("... our mission. Responsibilities Lead the team ... Benefits Health ..."), and a
// heading, a bullet or a benefits cue inside it must act on its own part, not on the whole text. Each break
// turns one space into a line break, so lengths and offsets hold. Breaks are found in the text as written
// (its capitals tell a sentence's start and a heading) and made while normalising (normalize.ts), with no copy.

/** Lines longer than this are read for inline bullets and headings; shorter ones are lines already. */
export const LONG_LINE = 160;

// Words a period follows without ending the sentence ("Sr. Engineer", "Acme Inc. Seattle"). One-letter words
// ("e.g.", "U.S.", initials) never end one either.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr sr jr st mt inc ltd llc co corp vs approx incl dept eng mgr min max no nos yrs ca fig ph'.split(
    ' ',
  ),
);

// Headings a posting writes inline when its line breaks are lost, each as whole words; a heading counts only
// when capitalised and followed by a capitalised word, a number or a colon ("Responsibilities Lead the ...").
// sections.ts decides which section each opens; a test checks it knows every one.
export const INLINE_HEADINGS: ReadonlyArray<{ reason: string; phrases: readonly string[] }> = [
  {
    reason: 'what the job does',
    phrases: [
      '(?:your )?(?:key |main |primary |core |job |essential |principal )?responsibilities',
      '(?:roles?|duties) (?:and|&) responsibilities',
      '(?:key |main |essential )?duties',
      "what you(?:'ll| will) (?:be doing|do|own|work on)",
      'about the (?:role|job|position|opportunity)',
      '(?:the|your) role',
      'the opportunity',
      '(?:role|position|job) (?:overview|description|summary)',
      'your impact',
    ],
  },
  {
    reason: 'what the job asks of the candidate',
    phrases: [
      '(?:minimum|basic|required|key|essential) qualifications',
      'qualifications',
      '(?:job|minimum|basic|key|technical) requirements',
      'requirements',
      '(?:required )?skills (?:and|&) experience',
      '(?:required|minimum) (?:experience|skills)',
      '(?:experience|skills|education) required',
      'who you are',
      'about you',
      "what you(?:'ll| will)? (?:bring|need)",
      "what we(?:'re| are) looking for",
      'must[ -]haves',
    ],
  },
  {
    reason: 'what the job would like but does not need',
    phrases: [
      '(?:preferred|desired|bonus|additional) (?:qualifications|skills|experience)',
      'nice[ -]to[ -]haves?',
      'bonus points',
    ],
  },
  {
    reason: 'what the employer offers: boilerplate for the shape of the job',
    phrases: [
      '(?:benefits|perks) (?:and|&) (?:perks|benefits)',
      '(?:compensation|salary) (?:and|&) benefits',
      '(?:our )?benefits',
      'perks',
      'compensation',
      '(?:salary|pay) range',
      'what we offer',
      'why join us',
      'total rewards',
    ],
  },
  {
    reason: 'the company, not the job',
    phrases: [
      'about (?:us|the company|the team)',
      'who we are',
      'our (?:mission|story|values)',
      'company overview',
      'overview',
    ],
  },
  { reason: 'how to apply: process boilerplate', phrases: ['how to apply'] },
];

// One sticky alternation, any case, longest phrases first within each group so the longest heading wins; a
// space stands for a run of spaces (markup read as spaces leaves runs), an apostrophe for either. Each phrase
// ends at a word's end.
const INLINE_HEADING = new RegExp(
  `(?:${INLINE_HEADINGS.flatMap((g) => g.phrases)
    .map((p) => p.replace(/ /g, ' +').replace(/'/g, "['\u2019]"))
    .join('|')})(?![a-zA-Z0-9'\u2019])`,
  'iy',
);

/** The capitals every inline heading can start with: most capitalised words are ruled out before the regex. */
const HEADING_INITIALS = new Uint8Array(128);
for (const c of 'ABCDHJKMNOPQRSTWY') HEADING_INITIALS[c.charCodeAt(0)] = 1;

// Words that put a capitalised heading word inside a phrase ("see our Benefits page", "the Requirements team").
const BEFORE_A_NAME = new Set(
  'the a an our your their its his her my this these those of for with and or to in on at by from see'.split(
    ' ',
  ),
);

// Bullet glyphs as written (normalisation folds each to "-"). "·" and "‧" are left out: they separate the
// fields of a header ("Remote · Full-time") more often than they start items.
// "&bull;" (any case) is found apart, from each '&': a class alone is searched faster than an alternation.
const BULLET_GLYPH =
  /[\u2022\u2023\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u27a2\u2794\u25ba\u25b8\u2713\u2714\u2605\u2606\u2043]/g;

/** "&bull;" in any case at text[at] (the '&'). */
const isBullEntity = (text: string, at: number): boolean =>
  (text.charCodeAt(at + 1) | 32) === 98 &&
  (text.charCodeAt(at + 2) | 32) === 117 &&
  (text.charCodeAt(at + 3) | 32) === 108 &&
  (text.charCodeAt(at + 4) | 32) === 108 &&
  text.charCodeAt(at + 5) === 59;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || isUpper(c) || isDigit(c) || c === 39 || c === 0x2019;

/** Where a search stands: the first place at or after an offset, kept until passed. */
interface Search {
  from(at: number): number;
}

/** The first match of a global regex at or after an offset, kept until passed: one pass over any text. */
class Cursor implements Search {
  private next = -1;
  /** `length`: the length of every match when fixed (then no match object is made), else 0. */
  constructor(
    private readonly text: string,
    private readonly re: RegExp,
    private readonly length = 0,
  ) {}
  from(at: number): number {
    if (this.next < at) {
      this.re.lastIndex = at;
      if (this.length > 0)
        this.next = this.re.test(this.text) ? this.re.lastIndex - this.length : Number.POSITIVE_INFINITY;
      else this.next = this.re.exec(this.text)?.index ?? Number.POSITIVE_INFINITY;
    }
    return this.next;
  }
}

/**
 * The first place at or after an offset where a literal stands and `accept` holds there, found by indexOf and
 * kept until passed: a search for a literal is what engines do fastest.
 */
class LiteralCursor implements Search {
  private next = -1;
  constructor(
    private readonly text: string,
    private readonly literal: string,
    private readonly accept: (text: string, at: number) => boolean,
  ) {}
  from(at: number): number {
    if (this.next < at) {
      let k = this.text.indexOf(this.literal, at);
      while (k >= 0 && !this.accept(this.text, k)) k = this.text.indexOf(this.literal, k + 1);
      this.next = k < 0 ? Number.POSITIVE_INFINITY : k;
    }
    return this.next;
  }
}

/** The first place any of several searches finds. */
class EarliestOf implements Search {
  constructor(private readonly searches: readonly Search[]) {}
  from(at: number): number {
    let next = Number.POSITIVE_INFINITY;
    for (const s of this.searches) next = Math.min(next, s.from(at));
    return next;
  }
}

// A sentence end: ".", "!" or "?", spaces, then a capital; markdown emphasis may stand around the words
// ("done.** **Next": it reads as spaces, markup.ts). Found by indexOf on the three marks, not a regex over the
// whole text: a search for a rare character is what engines do fastest.
const isEmphasis = (c: number): boolean => c === 42 || c === 95;
const isCapital = (c: number): boolean => c >= 65 && c <= 90;

/** Where the sentence end starting at the mark at p is followed by a capital: that capital's offset, else -1. */
function capitalAfter(text: string, p: number): number {
  let k = p + 1;
  while (isEmphasis(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 32) return -1;
  while (text.charCodeAt(k) === 32) k++;
  while (isEmphasis(text.charCodeAt(k))) k++;
  return isCapital(text.charCodeAt(k)) ? k : -1;
}

/** Spaces after a sentence end ("... the team. We ...") that start a new line: the first of each run. */
function sentenceBreaks(text: string, out: number[]): void {
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let ask = text.indexOf('?');
  for (;;) {
    const p = Math.min(dot < 0 ? Infinity : dot, bang < 0 ? Infinity : bang, ask < 0 ? Infinity : ask);
    if (p === Infinity) return;
    const capital = capitalAfter(text, p);
    const resume = capital < 0 ? p + 1 : capital;
    if (dot >= 0 && dot < resume) dot = text.indexOf('.', resume);
    if (bang >= 0 && bang < resume) bang = text.indexOf('!', resume);
    if (ask >= 0 && ask < resume) ask = text.indexOf('?', resume);
    if (capital < 0) continue;
    let at = capital - 1;
    while (isEmphasis(text.charCodeAt(at))) at--;
    while (text.charCodeAt(at) === 32) at--;
    const space = at + 1;
    while (isEmphasis(text.charCodeAt(at))) at--;
    let from = at;
    while (from > 0 && isWordChar(text.charCodeAt(from - 1))) from--;
    if (at - from < 2 || text.charCodeAt(from - 1) === 46) continue;
    if (at - from <= 6 && ABBREVIATIONS.has(text.slice(from, at).toLowerCase())) continue;
    out.push(space);
  }
}

// Both start at the marker, not the space before it (checked apart): a search for a rare character is fast.
const DASH_ITEM = /[-*+] (?=[A-Z])/g;
const MARKDOWN_HEADING = /#{1,6} (?=[A-Za-z])/g;

/**
 * Items of an inline list: the space before each bullet glyph, and before each " - " (or " * ", " + ") that starts a capitalised
 * item of three words or more when a line holds two or more such items (one " - " is a dash, not a list).
 */
function bulletBreaks(
  text: string,
  start: number,
  end: number,
  cursors: { glyph: Search; dash: Search; hashes: Search },
  out: number[],
): void {
  for (let at = cursors.glyph.from(start); at < end; at = cursors.glyph.from(at + 1))
    if (at > start && text.charCodeAt(at - 1) === 32) out.push(at - 1);
  const runs: number[] = [];
  for (let at = cursors.dash.from(start + 1); at < end; at = cursors.dash.from(at + 1))
    if (text.charCodeAt(at - 1) === 32) runs.push(at - 1);
  // A markdown heading run into the line ("... ## Qualifications ..."): its own line, as it was written.
  for (let at = cursors.hashes.from(start + 1); at < end; at = cursors.hashes.from(at + 1))
    if (text.charCodeAt(at - 1) === 32) out.push(at - 1);
  if (runs.length < 2) return;
  const items: number[] = [];
  for (let k = 0; k < runs.length; k++) {
    const itemEnd = k + 1 < runs.length ? runs[k + 1]! : end;
    let spaces = 0;
    for (let x = runs[k]! + 3; x < itemEnd && spaces < 2; x++)
      if (text.charCodeAt(x) === 32 && text.charCodeAt(x - 1) !== 32) spaces++;
    if (spaces >= 2) items.push(runs[k]!);
  }
  if (items.length >= 2) for (const at of items) out.push(at);
}

/** The word before offset x on its line, lower case, or '' when punctuation or the line's start comes first. */
function wordBefore(text: string, start: number, x: number): string {
  let b = x - 1;
  while (b >= start && text.charCodeAt(b) === 32) b--;
  let a = b;
  while (a >= start && isWordChar(text.charCodeAt(a))) a--;
  return a < b && b - a <= 5 ? text.slice(a + 1, b + 1).toLowerCase() : '';
}

/**
 * Whether a line may break at the space at x, by what stands before it: not a capital ("YOU CAN:" is one
 * label) and not a field separator ("... | Benefits" is a header's field, not a heading).
 */
function breakableAfter(text: string, start: number, x: number): boolean {
  let b = x;
  while (b > start && text.charCodeAt(b) === 32) b--;
  const c = text.charCodeAt(b);
  return !isUpper(c) && c !== 124;
}

// A field label inside a long line ("... 48 States) Company: Wine ..."): one to three words, the first
// capitalised, then a colon. It starts a line of its own, as in the form it was copied from.
const LABEL = /[A-Z][A-Za-z'&/-]*(?: [A-Za-z'&/-]+){0,2}:(?= )/y;

/** Whether LABEL can match at x: a colon comes after letters and at most two spaces (checked before the regex). */
function colonAhead(text: string, x: number): boolean {
  let spaces = 0;
  for (let k = x + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) return true;
    if (c === 32) {
      if (++spaces > 2) return false;
    } else if (
      !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 38 || c === 47 || c === 45)
    )
      return false;
  }
  return false;
}

/** A line break before a field label at x, when one stands there mid-line. */
function labelBreak(text: string, start: number, x: number, out: number[]): void {
  if (x === start || text.charCodeAt(x - 1) !== 32 || !colonAhead(text, x)) return;
  if (!breakableAfter(text, start, x - 1)) return;
  LABEL.lastIndex = x;
  if (LABEL.test(text) && !BEFORE_A_NAME.has(wordBefore(text, start, x - 1))) out.push(x - 1);
}

/** What may follow a heading: a capital, a number, a sum, a bullet, or a symbol such as an emoji. */
const startsItem = (c: number): boolean =>
  isUpper(c) || isDigit(c) || c === 36 || c === 45 || c === 42 || c === 43 || c > 127;

/** Headings inside a long line: a line break before each and after it (or after its colon). */
function headingBreaks(text: string, start: number, end: number, capitals: Cursor, out: number[]): void {
  for (let x = capitals.from(start); x < end; x = capitals.from(x + 1)) {
    if (HEADING_INITIALS[text.charCodeAt(x)] === 0 || (x > start && isWordChar(text.charCodeAt(x - 1))))
      continue;
    INLINE_HEADING.lastIndex = x;
    if (!INLINE_HEADING.test(text)) {
      labelBreak(text, start, x, out);
      continue;
    }
    let next = INLINE_HEADING.lastIndex;
    if (next > end) continue;
    while (isEmphasis(text.charCodeAt(next))) next++;
    let breakAfter = -1;
    if (text.charCodeAt(next) === 58) {
      next++;
      while (isEmphasis(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === 32) breakAfter = next;
    } else if (text.charCodeAt(next) === 32) {
      breakAfter = next;
      while (next < end && (text.charCodeAt(next) === 32 || isEmphasis(text.charCodeAt(next)))) next++;
      const c = text.charCodeAt(next);
      if (next >= end || !startsItem(c)) breakAfter = -1;
    }
    if (breakAfter < 0 || breakAfter >= end) continue;
    let before = x - 1;
    while (before >= start && isEmphasis(text.charCodeAt(before))) before--;
    if (before >= start) {
      if (text.charCodeAt(before) !== 32 || !breakableAfter(text, start, before)) continue;
      if (BEFORE_A_NAME.has(wordBefore(text, start, before))) continue;
      out.push(before);
    }
    out.push(breakAfter);
    x = breakAfter;
  }
}

/**
 * Where a text's lines should break besides its own line breaks, in text order: after sentence ends, and, in
 * long lines, before inline bullets and around inline headings. Offsets of spaces (" ") to make line breaks.
 */
export function lineBreaks(text: string): Int32Array {
  const out: number[] = [];
  sentenceBreaks(text, out);
  const cursors = {
    glyph: new EarliestOf([new Cursor(text, BULLET_GLYPH, 1), new LiteralCursor(text, '&', isBullEntity)]),
    dash: new Cursor(text, DASH_ITEM, 2),
    hashes: new Cursor(text, MARKDOWN_HEADING),
  };
  const capitals = new Cursor(text, CAPITAL, 1);
  let first = true;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > LONG_LINE) {
      // A header's dashes part its fields, not list items.
      const body = first ? headerBreak(text, start, end, out) : start;
      bulletBreaks(text, body, end, cursors, out);
      headingBreaks(text, start, end, capitals, out);
    }
    if (first && !blankLine(text, start, end)) first = false;
    start = end + 1;
  }
  if (out.length === 0) return EMPTY;
  const sorted = Int32Array.from(out).sort();
  // Unique: a heading right after a sentence end is found by both.
  let n = 0;
  for (let k = 0; k < sorted.length; k++)
    if (n === 0 || sorted[k] !== sorted[n - 1]) sorted[n++] = sorted[k]!;
  return sorted.subarray(0, n);
}

const CAPITAL = /[A-Z]/g;

/** True when text[start, end) has nothing but spaces. */
function blankLine(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) > 32) return false;
  return true;
}

// A header run into its body ("Acme | CTO | Remote We are building ..."), as Hacker News comments and feeds
// write the first line when its break is lost: two or more short fields, then the first sentence.
const FIELD_SEPARATOR = / (?:\||-|\u2013|\u2014|\u2022|\u00b7) /g;
const MAX_FIELD = 80;
// Small words inside a title ("Head of Engineering"): a capitalised word before one still reads as the title.
const TITLE_SMALL_WORDS = new Set('of and the for in at to a an with on or'.split(' '));

/** "We", "Acme's": a capital, then not another ("VISA", "NYC" are names in a header, not a sentence's start). */
const sentenceCase = (word: string): boolean => isUpper(word.charCodeAt(0)) && !isUpper(word.charCodeAt(1));

/** The length of text[from, to) with each run of spaces as one (a blanked tag is a run). */
function shownLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32 || text.charCodeAt(k - 1) !== 32) n++;
  return n;
}

/**
 * When the first line starts with a header, a line break where its last field gives way to the first sentence:
 * before the first capitalised word that a lower-case word (not a title's small word) follows. Returns where
 * the body starts (the line's start when there is no header).
 */
function headerBreak(text: string, start: number, end: number, out: number[]): number {
  const head = text.slice(start, Math.min(end, start + 6 * MAX_FIELD));
  FIELD_SEPARATOR.lastIndex = 0;
  let fields = 0;
  let fieldStart = 0;
  for (
    let m = FIELD_SEPARATOR.exec(head);
    m && shownLength(head, fieldStart, m.index) <= MAX_FIELD;
    m = FIELD_SEPARATOR.exec(head)
  ) {
    fields++;
    fieldStart = m.index + m[0].length;
  }
  if (fields < 2) return start;
  const words = /\S+/g;
  words.lastIndex = fieldStart;
  let previous: RegExpExecArray | null = null;
  let inAside = false;
  for (let word = words.exec(head); word && word.index - fieldStart <= MAX_FIELD; word = words.exec(head)) {
    const c = word[0].charCodeAt(0);
    // An aside in parentheses ("(www.acme.com)", "($230k + equity)") neither starts nor ends the sentence.
    if (c === 40 || inAside) {
      inAside = word[0].charCodeAt(word[0].length - 1) !== 41;
      continue;
    }
    if (previous && sentenceCase(previous[0]) && c >= 97 && c <= 122 && !TITLE_SMALL_WORDS.has(word[0])) {
      if (previous.index > fieldStart) out.push(start + previous.index - 1);
      return start + previous.index;
    }
    previous = word;
  }
  // No sentence found: the header's fields still are not a list.
  return start + fieldStart;
}
const EMPTY = new Int32Array(0);
