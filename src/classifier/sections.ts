// Sections of a posting: duties weigh most, requirements less, the company blurb little, and benefits and legal
// boilerplate (which say "career growth" and "inclusive culture") not at all.
import type { SectionKind } from './types';

export const SECTION_WEIGHTS: Readonly<Record<SectionKind, number>> = {
  duties: 1,
  other: 0.8,
  requirements: 0.6,
  intro: 0.5,
  'nice-to-have': 0.4,
  about: 0.3,
  benefits: 0,
  legal: 0,
};

// Heading vocabulary, checked in this order on short heading-like lines: the first kind whose words appear wins.
// "How to apply" and "our hiring process" count as legal: process boilerplate that mentions hiring.
export const HEADING_VOCAB: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  [
    'legal',
    /equal (?:employment )?opportunit|\beeo\b|e-verify|accommodation|privacy|how to apply|to apply|application process|interview process|hiring process|our process|disclaimer|\blegal\b|notice to|agencies|applicant|right to work|visa/,
  ],
  [
    'benefits',
    /benefit|perks|what we offer|we offer|offer you|compensation|salary|\bpay\b|total rewards|in it for you|why (?:you'll|you will) love|why join|why work|rewards|what you(?:'ll| will)? get|package|location and|working conditions/,
  ],
  [
    'nice-to-have',
    /nice[ -]to[ -]ha|bonus|\bplus(?:es)?\b|preferred|extra credit|ideally|even better|desirable|not required/,
  ],
  [
    'requirements',
    /requirement|qualification|what you(?:'ll| will)? bring|you bring|looking for|look for|about you|who you are|you have|you are|you'll have|ideal candidate|skills|experience|must[ -]have|background|profile|what we need|what it takes|you might be|you should|is this you|success factors|competenc/,
  ],
  [
    'duties',
    /responsib|what you(?:'ll| will) (?:do|own|work on|be doing|achieve|accomplish)|you will|you'll|the role|your role|about the (?:role|job|position|opportunity)|the job|the position|the opportunity|duties|day[ -]to[ -]day|your mission|your impact|this role|the work|accountabilit|objectives|your first|30[ /-]60[ /-]90|outcomes|mandate|scope|success looks like|the challenge|what you'll tackle|role overview|position overview|job description|position summary|job summary|key areas/,
  ],
  [
    'about',
    /about|who we are|our mission|the company|company|our story|our team|the team|why |overview|mission|our values|values|what we do|we are/,
  ],
];

// Any heading word at all: one test that rules out most short lines before the ordered checks.
const ANY_HEADING_WORD = new RegExp(HEADING_VOCAB.map(([, re]) => `(?:${re.source})`).join('|'));

/** Phrases that make a line outside any heading boilerplate: EEO statements and benefit lists. */
export const LINE_CUES: ReadonlyArray<{ section: 'legal' | 'benefits'; patterns: readonly string[] }> = [
  {
    section: 'legal',
    patterns: [
      'equal {employment |}opportunit{y|ies}',
      'without regard to',
      'reasonable accommodation{s|}',
      'e-verify',
      'protected veteran{s|}',
      'affirmative action',
      'sexual orientation',
      'gender identity',
      'national origin',
    ],
  },
  {
    section: 'benefits',
    patterns: [
      '401k',
      '401(k)',
      'health {insurance|care|coverage|benefits}',
      'dental',
      'paid time off',
      'pto',
      'parental leave',
      'stock options',
      'competitive {salary|compensation|pay|base}',
      '{salary|pay} range',
      'benefits package',
      'unlimited {vacation|pto}',
      '{learning|wellness|home office} {budget|stipend}',
    ],
  },
];

/** Section kinds by code: Sections.kind holds these codes. */
export const SECTION_KINDS: readonly SectionKind[] = Object.keys(SECTION_WEIGHTS) as SectionKind[];
const CODE = new Map(SECTION_KINDS.map((k, code) => [k, code]));
const codeOf = (kind: SectionKind): number => CODE.get(kind)!;
const WEIGHT_OF_CODE = Float64Array.from(SECTION_KINDS, (k) => SECTION_WEIGHTS[k]);

/**
 * The lines of a text, as typed parallel arrays: a 1 MB text has tens of thousands of lines, and typed arrays
 * hold them without an object per line or boxed numbers.
 */
export interface Sections {
  /** Number of lines. */
  count: number;
  /** Line k is text[start[k], end[k]), without its line break. */
  start: Int32Array;
  end: Int32Array;
  /** The section line k stands in (a code into SECTION_KINDS), and that section's weight. */
  kind: Uint8Array;
  weight: Float64Array;
  /** 1 when line k is a heading (it opened its section). */
  heading: Uint8Array;
}

/** Bytes per line in a LineStore: weight, start, end, kind, heading. */
const LINE_BYTES = 8 + 4 + 4 + 1 + 1;

/**
 * Line arrays that double when full, all views of one buffer: an off-heap allocation costs about a microsecond
 * (more in Chromium), so one per text rather than one per array keeps short texts cheap.
 */
class LineStore {
  count = 0;
  weight!: Float64Array;
  start!: Int32Array;
  end!: Int32Array;
  kind!: Uint8Array;
  heading!: Uint8Array;

  constructor(capacity: number) {
    this.allocate(capacity);
  }

  private allocate(capacity: number): void {
    const buffer = new ArrayBuffer(capacity * LINE_BYTES);
    this.weight = new Float64Array(buffer, 0, capacity);
    this.start = new Int32Array(buffer, capacity * 8, capacity);
    this.end = new Int32Array(buffer, capacity * 12, capacity);
    this.kind = new Uint8Array(buffer, capacity * 16, capacity);
    this.heading = new Uint8Array(buffer, capacity * 17, capacity);
  }

  push(start: number, end: number, kind: number, heading: boolean): void {
    if (this.count === this.start.length) {
      const { weight, start: starts, end: ends, kind: kinds, heading: headings } = this;
      this.allocate(this.count * 2);
      this.weight.set(weight);
      this.start.set(starts);
      this.end.set(ends);
      this.kind.set(kinds);
      this.heading.set(headings);
    }
    const k = this.count++;
    this.weight[k] = WEIGHT_OF_CODE[kind]!;
    this.start[k] = start;
    this.end[k] = end;
    this.kind[k] = kind;
    this.heading[k] = heading ? 1 : 0;
  }

  done(): Sections {
    const { count } = this;
    return {
      count,
      start: this.start.subarray(0, count),
      end: this.end.subarray(0, count),
      kind: this.kind.subarray(0, count),
      weight: this.weight.subarray(0, count),
      heading: this.heading.subarray(0, count),
    };
  }
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The text of a line stripped of bullets, markdown and trailing punctuation, for heading checks. */
function cleanHeading(line: string): string {
  // The regexes only run when there is something to strip: most headings start and end with a letter.
  let s = line;
  if (s.length > 0 && !isAlnum(s.charCodeAt(0))) s = s.replace(/^[^a-z0-9]+/, '');
  const last = s.charCodeAt(s.length - 1);
  if (s.length > 0 && !isAlnum(last) && last !== 41 && last !== 63 && last !== 39)
    s = s.replace(/[^a-z0-9)?']+$/, '');
  return s;
}

/** The number of words in a cleaned heading: runs of spaces + 1 (it neither starts nor ends with a space). */
function wordCount(s: string): number {
  let words = 1;
  // From 1: s[0] is no space, and reading before the start would leave the engine's fast path.
  for (let k = 1; k < s.length; k++) if (s.charCodeAt(k) === 32 && s.charCodeAt(k - 1) !== 32) words++;
  return words;
}

/** "- x", "* x", "+ x", "> x" or "1. x", "2) x" at the start of a trimmed line. */
function isBulleted(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c === 45 || c === 42 || c === 43 || c === 62) return true;
  let k = 0;
  while (s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  if (k === 0) return false;
  const d = s.charCodeAt(k);
  return (d === 46 || d === 41) && s.charCodeAt(k + 1) === 32;
}

/** The section a short line opens, or undefined when it is not a heading. */
export function headingKind(line: string): SectionKind | undefined {
  // Markdown headings and bold ("## About us", "**Requirements:**") are headings too.
  // Cheap checks first: most lines are sentences or bullets, and this runs on every short line.
  const last = line.charCodeAt(line.length - 1);
  if (last === 46 || last === 33) return undefined;
  let trimmed = line.trim();
  const first = trimmed.charCodeAt(0);
  if (first === 35 || first === 42 || first === 95) trimmed = trimmed.replace(/^(?:#+ ?|\*\*|__)/, '');
  const end = trimmed.charCodeAt(trimmed.length - 1);
  if (end === 42 || end === 95) trimmed = trimmed.replace(/(?:\*\*|__)$/, '');
  trimmed = trimmed.trim();
  if (trimmed.length === 0 || trimmed.length > 80) return undefined;
  const colon = trimmed.indexOf(':');
  // "Responsibilities: you will..." opens a section inline; only the part before the colon is the heading.
  const head = colon > 0 && colon < 50 ? trimmed.slice(0, colon) : trimmed;
  const cleaned = cleanHeading(head);
  if (cleaned.length === 0 || cleaned.length > 60) return undefined;
  const words = wordCount(cleaned);
  if (words > 9) return undefined;
  const endsWithColon = colon > 0 && colon === trimmed.length - 1;
  const inline = colon > 0 && colon < trimmed.length - 1;
  const bulleted = isBulleted(trimmed);
  const lastChar = trimmed.charCodeAt(trimmed.length - 1);
  const sentence = (lastChar === 46 || lastChar === 33) && !endsWithColon;
  if (sentence) return undefined;
  if (bulleted && !endsWithColon) return undefined;
  if (!endsWithColon && !inline && words > 6) return undefined;
  if (inline && words > 5) return undefined;
  if (!ANY_HEADING_WORD.test(cleaned)) return undefined;
  for (const [kind, re] of HEADING_VOCAB) if (re.test(cleaned)) return kind;
  return undefined;
}

/** True for lines that cannot be headings (blank, sentences, bullets without a colon): no slicing needed. */
function cannotBeHeading(text: string, start: number, end: number): boolean {
  let a = start;
  while (a < end && text.charCodeAt(a) === 32) a++;
  let b = end - 1;
  while (b >= a && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 42 || text.charCodeAt(b) === 95)) b--;
  if (b < a) return true;
  const last = text.charCodeAt(b);
  if (last === 46 || last === 33 || last === 44 || last === 59) return true;
  const first = text.charCodeAt(a);
  const bullet =
    first === 45 || first === 43 || first === 62 || (first === 42 && text.charCodeAt(a + 1) !== 42);
  return bullet && last !== 58;
}

/**
 * "you: ...", "stack: ...": a label of up to four words and its content on one line, as field-style postings (a
 * Hacker News comment's "Compensation: ... You: ...") write each part. Bullets are items, never fields.
 */
function isField(text: string, start: number, end: number): boolean {
  const limit = Math.min(end - 1, start + 40);
  let words = 1;
  for (let k = start; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 58) return k > start && text.charCodeAt(k + 1) === 32;
    if (c === 32) {
      if (k === start || ++words > 4) return false;
    } else if (!((c >= 97 && c <= 122) || c === 45 || c === 39 || c === 38 || c === 47)) return false;
  }
  return false;
}

const OTHER = codeOf('other');

// A sentence that introduces a list ("...will include the following responsibilities:") opens what it names,
// however long the sentence.
const LEAD_IN: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['duties', /(?:responsibilities|duties)(?: will)?(?: include)?:$/],
  ['requirements', /(?:qualifications|requirements)(?: include)?:$/],
];

/** The section a line ending in a colon introduces, when it names one (see LEAD_IN). */
function leadInKind(text: string, start: number, end: number): SectionKind | undefined {
  let b = end - 1;
  while (b > start && text.charCodeAt(b) === 32) b--;
  if (text.charCodeAt(b) !== 58 || b - start > 200) return undefined;
  const line = text.slice(Math.max(start, b - 40), b + 1);
  for (const [kind, re] of LEAD_IN) if (re.test(line)) return kind;
  return undefined;
}

/** Split normalised text into lines, each with the section its headings put it in and that section's weight. */
export function detectSections(text: string): Sections {
  // Room for lines of 32 characters on average; longer texts of shorter lines grow the store once or twice.
  const lines = new LineStore((text.length >> 5) + 16);
  let kindCode = codeOf('intro');
  // Whether the current section was opened by a field (a label and its content on one line).
  let byField = false;
  let start = 0;
  // The first ':' at or after the current line's start (or Infinity): found by indexOf, kept until passed, so
  // finding colons costs one pass over the text however many long lines there are.
  let nextColon = -1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A long line can still open a section inline ("Requirements: 8+ years of..."): read its first 80 characters.
    let opened: SectionKind | undefined;
    if (end - start <= 80) {
      if (!cannotBeHeading(text, start, end)) opened = headingKind(text.slice(start, end));
    } else {
      if (nextColon < start) {
        const found = text.indexOf(':', start);
        nextColon = found < 0 ? Number.POSITIVE_INFINITY : found;
      }
      const colon = nextColon < start + 50 ? nextColon : -1;
      if (colon >= 0 && !cannotBeHeading(text, start, colon + 1))
        opened = headingKind(text.slice(start, start + 80));
    }
    opened ??= leadInKind(text, start, end);
    if (opened) {
      kindCode = codeOf(opened);
      byField = isField(text, start, end);
    } else if (byField && isField(text, start, end)) {
      // A section a field opened ("compensation: ...") ends at the next field ("you: ..."), whatever its label.
      kindCode = OTHER;
    }
    lines.push(start, end, kindCode, opened !== undefined);
    start = end + 1;
  }
  return lines.done();
}

const LEGAL = codeOf('legal');
const BENEFITS = codeOf('benefits');

/**
 * A boilerplate cue (an EEO phrase, a benefit) on a line outside legal and benefits sections makes that one
 * line boilerplate: legal when any of its cues is. Headings keep their kind. Cues come in text order.
 */
export function applyLineCues(
  sections: Sections,
  cues: ReadonlyArray<{ start: number; section: 'legal' | 'benefits' }>,
): void {
  let line = 0;
  let k = 0;
  while (k < cues.length) {
    while (line + 1 < sections.count && sections.start[line + 1]! <= cues[k]!.start) line++;
    let code = BENEFITS;
    for (; k < cues.length && cues[k]!.start <= sections.end[line]!; k++)
      if (cues[k]!.section === 'legal') code = LEGAL;
    const kind = sections.kind[line]!;
    if (sections.heading[line] === 0 && kind !== LEGAL && kind !== BENEFITS) {
      sections.kind[line] = code;
      sections.weight[line] = WEIGHT_OF_CODE[code]!;
    }
  }
}
