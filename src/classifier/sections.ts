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
    /requirement|qualification|what you(?:'ll| will)? bring|you bring|looking for|about you|who you are|you have|you are|you'll have|ideal candidate|skills|experience|must[ -]have|background|profile|what we need|what it takes|you might be|you should|is this you|success factors|competenc/,
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

export interface SectionLine {
  start: number;
  end: number;
  kind: SectionKind;
  weight: number;
  heading: boolean;
}

export interface Sections {
  lines: SectionLine[];
}

/** The text of a line stripped of bullets, markdown and trailing punctuation, for heading checks. */
function cleanHeading(line: string): string {
  return line.replace(/^[^a-z0-9]+/, '').replace(/[^a-z0-9)?']+$/, '');
}

/** The section a short line opens, or undefined when it is not a heading. */
export function headingKind(line: string): SectionKind | undefined {
  // Markdown headings and bold ("## About us", "**Requirements:**") are headings too.
  // Cheap checks first: most lines are sentences or bullets, and this runs on every short line.
  const last = line.charCodeAt(line.length - 1);
  if (last === 46 || last === 33) return undefined;
  const trimmed = line
    .trim()
    .replace(/^(?:#+ ?|\*\*|__)/, '')
    .replace(/(?:\*\*|__)$/, '')
    .trim();
  if (trimmed.length === 0 || trimmed.length > 80) return undefined;
  const colon = trimmed.indexOf(':');
  // "Responsibilities: you will..." opens a section inline; only the part before the colon is the heading.
  const head = colon > 0 && colon < 50 ? trimmed.slice(0, colon) : trimmed;
  const cleaned = cleanHeading(head);
  if (cleaned.length === 0 || cleaned.length > 60) return undefined;
  const words = cleaned.split(/ +/).length;
  if (words > 9) return undefined;
  const endsWithColon = colon > 0 && colon === trimmed.length - 1;
  const inline = colon > 0 && colon < trimmed.length - 1;
  const bulleted = /^(?:[-*+>] ?|\d+[.)] )/.test(trimmed);
  const sentence = /[.!]$/.test(trimmed) && !endsWithColon;
  if (sentence) return undefined;
  if (bulleted && !endsWithColon) return undefined;
  if (!endsWithColon && !inline && words > 6) return undefined;
  if (inline && words > 5) return undefined;
  for (const [kind, re] of HEADING_VOCAB) if (re.test(cleaned)) return kind;
  return undefined;
}

/** The first ':' in text[from, to), or -1. */
function colonWithin(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 58) return k;
  return -1;
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

/** Split normalised text into lines, each with the section it stands in and that section's weight. */
export function detectSections(
  text: string,
  cues: ReadonlyArray<{ start: number; section: 'legal' | 'benefits' }> = [],
): Sections {
  const lines: SectionLine[] = [];
  let kind: SectionKind = 'intro';
  let start = 0;
  let cue = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A long line can still open a section inline ("Requirements: 8+ years of..."): read its first 80 characters.
    let opened: SectionKind | undefined;
    if (end - start <= 80) {
      if (!cannotBeHeading(text, start, end)) opened = headingKind(text.slice(start, end));
    } else {
      const colon = colonWithin(text, start, start + 50);
      if (colon >= 0 && !cannotBeHeading(text, start, colon + 1))
        opened = headingKind(text.slice(start, start + 80));
    }
    if (opened) kind = opened;
    let lineKind: SectionKind = kind;
    while (cue < cues.length && cues[cue]!.start < start) cue++;
    // A boilerplate cue on a line outside legal and benefits makes that one line boilerplate.
    if (!opened && cue < cues.length && cues[cue]!.start < end && kind !== 'legal' && kind !== 'benefits') {
      lineKind = 'benefits';
      for (let k = cue; k < cues.length && cues[k]!.start < end; k++)
        if (cues[k]!.section === 'legal') lineKind = 'legal';
    }
    lines.push({
      start,
      end,
      kind: lineKind,
      weight: SECTION_WEIGHTS[lineKind],
      heading: opened !== undefined,
    });
    start = end + 1;
  }
  return { lines };
}

/** Index of the line holding normalised offset `at`; lines are sorted, so a binary search. */
export function lineIndexAt(sections: Sections, at: number): number {
  const { lines } = sections;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
