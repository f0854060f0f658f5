// The classifier's public contract: every other layer reads verdicts through these types.

/** The shape a posting reads as. */
export type Shape = 'cto' | 'vpeng' | 'hybrid' | 'none' | 'unknown';

/** External focus (is the technology right?) versus internal focus (is the team functioning?). */
export type Pole = 'external' | 'internal';

/** What the title alone claims, before the body is read. */
export type TitleShape =
  | 'cto'
  | 'vpeng'
  | 'field-cto'
  | 'eng-manager'
  | 'architect'
  | 'tech-lead'
  | 'ic'
  | 'non-engineering'
  | 'support'
  | 'unknown';

/** Where in the posting a hit stands; decides how much it counts. */
export type SectionKind =
  | 'intro'
  | 'about'
  | 'duties'
  | 'requirements'
  | 'nice-to-have'
  | 'benefits'
  | 'legal'
  | 'other';

export interface Evidence {
  /** Offsets into the text given to classify: text.slice(start, end) === matched. */
  start: number;
  end: number;
  matched: string;
  pole: Pole;
  /** Category id, e.g. 'hiring'; see the lexicon. */
  category: string;
  /** Category label a person reads, e.g. 'Hiring and recruiting'. */
  categoryLabel: string;
  /** Lexicon entry id. */
  entryId: string;
  /** Weight after section and negation factors. */
  weight: number;
  reason: string;
  negated: boolean;
  /** The cue that negated it ("no", "won't", "not required"), when negated. */
  negatedBy?: string;
  section: SectionKind;
}

export type ContextKind = 'stage' | 'team-size' | 'reporting' | 'hands-on';

/** Whom a reporting note names: the CEO or founders, the CTO, the board, the head of product, an engineering leader. */
export type ReportsTo = 'ceo' | 'cto' | 'board' | 'product' | 'engineering';

export interface ContextNote {
  kind: ContextKind;
  /** Plain-language note shown beside the verdict. */
  text: string;
  /** Offsets of the phrase it came from, when it came from the text. */
  start?: number;
  end?: number;
  /** Stage notes: 0 pre-seed, 1 seed, 2 Series A, 3 Series B, 4 Series C or later, 5 public. */
  stageRank?: number;
  /** Team-size notes: the number named (the larger, for "from 10 to 40 engineers"). */
  teamSize?: number;
  /** Reporting notes: whom the role reports to. */
  reportsTo?: ReportsTo;
  /** Hands-on notes: whether coding is expected (false when the posting says it is not). */
  handsOn?: boolean;
}

export interface Mismatch {
  titleShape: TitleShape;
  bodyShape: Shape;
  /** e.g. "Titled CTO, reads VP-Eng-shaped". */
  text: string;
}

export interface Verdict {
  shape: Shape;
  external: number;
  internal: number;
  /**
   * The share that decided, 0-1: (external + titleClaim.external) / (all four); 0.5 when all are 0.
   * Without a title claim this is external / (external + internal).
   */
  externalShare: number;
  /**
   * What the title claims before the body is read, as evidence on each side (a CTO title mostly toward the
   * technology, a VP of Engineering or manager title mostly toward the team); fitted (fitted-model.ts).
   */
  titleClaim?: { external: number; internal: number };
  /** 0-1. */
  confidence: number;
  titleShape: TitleShape;
  mismatch: Mismatch | null;
  evidence: Evidence[];
  context: ContextNote[];
  summary: string;
  /** The title as read (e.g. "VP of Engineering"), when there was one. */
  titleText?: string;
  /** Duty lines (in the duties section, or every line when there are no headings) by their dominant pole. */
  duties?: { total: number; external: number; internal: number };
}

export interface ExtraPhrase {
  phrase: string;
  weight: number;
}

export interface ClassifierSettings {
  /** Half-width of the hybrid band around 0.5 externalShare, 0-0.5. */
  hybridBand: number;
  extraPhrases: { external: ExtraPhrase[]; internal: ExtraPhrase[] };
  /** Category ids switched off. */
  disabledCategories: string[];
}

export interface PostingInput {
  title?: string;
  text: string;
}

/** What the panel shows of a piece of evidence and needs to highlight it in the page. */
export type ShownEvidence = Pick<
  Evidence,
  'start' | 'end' | 'matched' | 'pole' | 'category' | 'categoryLabel' | 'weight' | 'reason' | 'negated'
>;

/**
 * The part of a Verdict a person is shown (the panel, the toolbar, the history): what crosses from the background,
 * which judges, to the content script, which shows. A full Verdict is one too.
 */
export interface ShownVerdict {
  shape: Shape;
  externalShare: number;
  confidence: number;
  titleClaim?: { external: number; internal: number };
  mismatch: { text: string } | null;
  evidence: ShownEvidence[];
  context: ContextNote[];
  summary: string;
  /** Questions to ask the hiring manager (questions.ts), chosen where the full verdict is: message keys only. */
  questions?: ShownQuestion[];
}

/** A question to ask and why, as message keys (questions.ts). */
export interface ShownQuestion {
  id: string;
  question: string;
  reason: string;
}
