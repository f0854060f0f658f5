// Reads a job title on its own into the shape it claims. Titles often lie about the job; that is the point of
// reading them separately from the body.
import { normalize, toOriginal } from './normalize';
import type { TitleShape } from './types';

export interface TitleReading {
  shape: TitleShape;
  /** The words of the title that decided it, as written ("VP of Engineering"). */
  label: string;
  /** The title itself, trimmed of location and extras ("Senior Software Engineer, Backend"). */
  text: string;
}

/** A title without the location, team or employment type that sites append after a separator. */
export function shortTitle(title: string): string {
  const cut = title.split(/\s[|\u00b7\u2022\u2013\u2014-]\s|\s\(|\n/)[0]!.trim();
  return cut.length > 60 ? `${cut.slice(0, 57).trimEnd()}...` : cut;
}

// Qualifiers that may stand between "Head of" and "Engineering" without changing the job ("Head of Platform Engineering").
// One word per repeat, never two ways to read the same words ("product and" is "product" then "and"): linear on
// any title, where overlapping alternatives backtrack exponentially.
const Q =
  '(?:(?:software|platform|product|core|backend|back-end|infrastructure|data|ml|ai|mobile|web|frontend|front-end|global|cloud|technology|systems|&|and) )*';

// Checked in order; the first match decides. Leadership titles come before sales and product words, so
// "Engineering Manager, Marketing Technology" stays a manager and "Head of Sales Engineering" is caught as sales.
const RULES: ReadonlyArray<readonly [TitleShape, RegExp]> = [
  // Roles that support an executive name the executive ("Chief of Staff to the CTO") but are not the job.
  ['support', /\bchief of staff\b|\b(?:executive |personal )?assistant to\b/],
  [
    'field-cto',
    /\b(?:field|account) (?:cto|chief technology officer)\b|\bcto in residence\b|\bfield chief technologist\b/,
  ],
  [
    'cto',
    /\bcto\b|\bchief (?:technology|technical) officer\b|\bchief technologist\b|\bchief product (?:and|&) technology officer\b|\bcpto\b|\btechnical co-?founder\b|\b(?:vp|vice president|head|svp|director) (?:of )?technology\b/,
  ],
  [
    'vpeng',
    new RegExp(
      `\\b(?:s?vp|evp|vice president|head|(?:senior |sr\\.? |group |executive )?director)(?:,| of| -| :)? ${Q}(?:engineering|software development|software engineering|r&d)\\b|\\bengineering director\\b|\\bchief engineering officer\\b|\\bvp,? (?:of )?eng\\b|\\bvpe\\b` +
        // Heads of an engineering function run engineering teams too.
        '|\\b(?:s?vp|vice president|head|(?:senior )?director)(?:,| of| -)? (?:platform|infrastructure|devops|site reliability)\\b',
    ),
  ],
  [
    'eng-manager',
    /\b(?:software |senior |sr\.? )?engineering manager\b|\bsoftware (?:development )?manager\b|(?<!(?:program|product|project|account|marketing|operations|office|sourcing|recruiting|talent) )\bmanager,? (?:of )?(?:software )?engineering\b|\b(?:software )?development manager\b|\bdev manager\b|\bteam lead(?:er)?\b|\btech(?:nical)? lead manager\b|\bengineering lead\b|\bengineering team lead\b/,
  ],
  [
    'non-engineering',
    /\brecruit|\btalent (?:acquisition|partner)\b|\bsourc(?:er|ing)\b|\baccount (?:executive|manager|director)\b|\bsales\b|\bbusiness development\b|\b[sb]dr\b|\bmarketing\b|\bcustomer success\b|\bsolutions? (?:engineer|architect|consult)|\bforward[ -]deployed\b|\bit (?:services|operations|support|director|manager)\b|\binformation technology\b|\bpre-?sales\b|\bcustomer engineer\b|\bpartner manager\b|\bproduct (?:manager|owner|lead|director|designer|marketing)\b|\b(?:head|vp|vice president|director|chief) (?:of )?product\b|\bchief product officer\b|\bcpo\b|\bdesigner\b|\bux\b|\b(?:technical )?program manager\b|\bproject manager\b|\bscrum master\b|\bagile coach\b|\bbusiness analyst\b|\bfinance\b|\baccountant\b|\bcounsel\b|\bhr\b|\bpeople (?:partner|operations)\b|\boperations manager\b|\bexecutive assistant\b|\bcopywriter\b|\bcontent\b/,
  ],
  ['architect', /\barchitect\b/],
  // A lead may run a team or only the code: the body must say which (READ.md: a tech lead manager IS leadership).
  [
    'tech-lead',
    /\btech(?:nical)? lead(?:er)?\b|\blead (?:software )?(?:developer|engineer)\b|\btechnical director\b/,
  ],
  [
    'ic',
    /\bengineer\b|\bdeveloper\b|\bprogrammer\b|\bswe\b|\bsde\b|\bsre\b|\bdevops\b|\bscientist\b|\bresearcher\b|\banalyst\b|\bhacker\b|\bcoder\b|\bintern\b|\bconsultant\b|\bspecialist\b|\badministrator\b|\bdba\b|\bdeveloper advocate\b/,
  ],
];

// An executive rank claims to lead, whatever the field the title names ("Director, Generative AI").
const RANK = /\b(?:chief|head|director|s?vp|evp|vice president)\b/;

/** Whether a title carries an executive rank: a claim to lead that the body must back. */
export function hasRank(title: string): boolean {
  return RANK.test(normalize(title).text);
}

/** The shape a title claims, and the words that decided it. */
export function readTitle(title: string): TitleReading {
  const norm = normalize(title);
  for (const [shape, re] of RULES) {
    const m = re.exec(norm.text);
    if (m) {
      const { start, end } = toOriginal(norm, m.index, m.index + m[0].length);
      return { shape, label: title.slice(start, end).trim(), text: shortTitle(title) };
    }
  }
  return { shape: 'unknown', label: title.trim(), text: shortTitle(title) };
}

const ASKING =
  /\b(?:hiring|looking for|seeking|searching for|recruiting|in search of)(?: an?| our| the)?(?: first| new| founding| experienced| seasoned| senior| hands-on)* ([^.,;:!?\n()]{2,60})/;

// A Hacker News header: "Company | Role, Role | Place | REMOTE | $pay" (or with " - " or dashes between the
// fields), often longer than a title line.
const FIELD_SEPARATOR = /\s(?:\||--?|\u2013|\u2014)\s/;
// Where a one-line comment's body starts: the first sentence end after a word ("...| $90k. We build..."), not
// an abbreviation ("Sr. Engineer").
const SENTENCE_END = /[a-z0-9]{3}[.!?] /;
const MAX_FIELD = 100;

/** A header field, or the first words of one that runs on into the body. */
function fieldStart(field: string): string {
  if (field.length <= MAX_FIELD) return field;
  const cut = field.lastIndexOf(' ', MAX_FIELD);
  return field.slice(0, cut > 0 ? cut : MAX_FIELD);
}

/** The part of a first line that can hold a title: its short fields when it is a "|" header, else a short line. */
function titleLine(firstLine: string): { text: string; header: boolean } {
  const end = SENTENCE_END.exec(firstLine);
  const fields = (end ? firstLine.slice(0, end.index + 3) : firstLine).split(FIELD_SEPARATOR);
  // A header run into its body (one long line) ends in a long field: its start still names the role.
  if (fields.length >= 3) return { text: fields.map(fieldStart).join(' | '), header: true };
  if (firstLine.length <= 120) return { text: firstLine, header: false };
  // A long first line (a posting given as one line) holds a title only where it starts with one.
  const start = fieldStart(firstLine);
  const reading = readTitle(start);
  const startsWithRole =
    reading.shape !== 'unknown' && start.toLowerCase().startsWith(reading.label.toLowerCase());
  return { text: startsWithRole ? reading.label : '', header: false };
}

/** When no title is given: the first line if it reads as one, else "we're looking for a ..." near the top. */
export function inferTitle(normText: string, original: string): TitleReading {
  const firstBreak = normText.indexOf('\n');
  const firstLine = (firstBreak < 0 ? normText : normText.slice(0, firstBreak)).trim();
  const candidate = titleLine(firstLine);
  if (candidate.text.length > 0) {
    const reading = readTitle(candidate.text);
    if (reading.shape !== 'unknown') {
      const line = (original.trimStart().split('\n', 1)[0] ?? '').trim();
      const read = fromOriginal(original, reading);
      // A title line reads as the title; a first sentence ("Acme is hiring a CTO.") only lends its words.
      const header = candidate.header || (line.length <= 80 && !/[.!?]$/.test(line));
      return header ? { ...read, text: titlePart(line, read.label) } : read;
    }
  }
  const m = ASKING.exec(normText.slice(0, 800));
  if (m) {
    const reading = readTitle(m[1]!);
    if (reading.shape !== 'unknown') return fromOriginal(original, reading);
  }
  const listed = listedLeadership(normText);
  if (listed) return fromOriginal(original, listed);
  return { shape: 'unknown', label: '', text: '' };
}

// Leadership title shapes, the most senior first: of several roles listed, the most senior is the title.
const LEADERSHIP_RANK: Partial<Record<TitleShape, number>> = { cto: 0, vpeng: 1, 'eng-manager': 2 };

/**
 * A leadership role named on a line of its own near the top ("We're hiring for: - Backend Engineer - Head of
 * Engineering"), for a text with no title line. The line must be the title: it starts with the deciding words
 * or they make most of it, so "Reports to the CTO" or "Hiring manager: VP of Engineering" do not count.
 */
function listedLeadership(normText: string): TitleReading | undefined {
  let best: TitleReading | undefined;
  for (const raw of normText.slice(0, 1500).split('\n', 20)) {
    const line = shortTitle(raw.replace(/^[\s\-*+>#\d.)]+/, ''));
    if (line.length === 0 || line.length > 70 || /[.!?:]$/.test(line)) continue;
    const reading = readTitle(line);
    const rank = LEADERSHIP_RANK[reading.shape];
    if (rank === undefined || (best && rank >= LEADERSHIP_RANK[best.shape]!)) continue;
    if (line.startsWith(reading.label) || reading.label.length >= 0.6 * line.length) best = reading;
  }
  return best;
}

/**
 * In a "Company | Title | Place" line, the part holding the title's deciding words; else the line's first part.
 * A part listing several roles ("Backend Engineer, VP of Engineering") gives the role that decided.
 */
function titlePart(line: string, label: string): string {
  const parts = line.split(/\s[|\u00b7\u2022\u2013\u2014-]\s/);
  const wanted = label.toLowerCase();
  const holding = (list: string[]) => list.find((p) => p.toLowerCase().includes(wanted));
  const part = parts.length > 1 && wanted ? holding(parts) : undefined;
  const roles = part?.split(/,\s+|\s+\/\s+|;\s+/);
  const role = roles && roles.length > 1 ? holding(roles) : undefined;
  return shortTitle((role ?? part ?? line).trim());
}

function fromOriginal(original: string, reading: TitleReading): TitleReading {
  const label = labelFromOriginal(original, reading.label);
  return { shape: reading.shape, label, text: label };
}

/** Recover the original capitalisation of a label read from normalised text. */
function labelFromOriginal(original: string, label: string): string {
  // Titles are read from the top of the text only, so only the top needs searching.
  const at = original.slice(0, 2000).toLowerCase().indexOf(label.toLowerCase());
  return at >= 0 ? original.slice(at, at + label.length) : label;
}

/** Every pattern a title is read with, so the tests can feed each its worst case. */
export const TITLE_PATTERNS: readonly RegExp[] = [
  ...RULES.map(([, re]) => re),
  RANK,
  ASKING,
  FIELD_SEPARATOR,
  SENTENCE_END,
];
