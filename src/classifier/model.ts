// The fitted part of the decision: how much each category counts, what a title claims before the body is read,
// when a posting is a leadership role at all, and how wide the hybrid band is. The numbers live in
// fitted-model.ts, written by `npm run fit` (scripts/fit.ts); this file only says what they mean.
import type { Evidence, TitleShape } from './types';

export const TITLE_SHAPES: readonly TitleShape[] = [
  'cto',
  'vpeng',
  'field-cto',
  'eng-manager',
  'architect',
  'tech-lead',
  'ic',
  'non-engineering',
  'support',
  'unknown',
];

/** What the decision reads of a posting: the evidence summed per category, the title, and a few counts. */
export interface PostingFeatures {
  /** Signed sum of evidence weight per category id of each pole, before scaling (negated evidence subtracts). */
  external: Record<string, number>;
  internal: Record<string, number>;
  titleShape: TitleShape;
  /** Leadership markers and leader-only phrases, summed. */
  leadership: number;
  /** Phrases of work other than leading engineering (lexicon/work.ts), summed. */
  otherWork: number;
  words: number;
  saysBoth: boolean;
}

export interface TitleClaim {
  external: number;
  internal: number;
}

export interface LeadershipWeights {
  bias: number;
  /** Added to the logit for each title shape: a title is a claim the body must back. */
  title: Record<TitleShape, number>;
  /**
   * Per log(1 + x) of the leadership signal, the external evidence other than hands-on building, the internal
   * evidence, hands-on building (lexicon/hands-on.ts) and other work (lexicon/work.ts).
   */
  signal: number;
  external: number;
  internal: number;
  handsOn: number;
  work: number;
  /** Per log(1 + words) of the text: a long body that names no leadership duty does not back its title. */
  words: number;
}

export interface DecisionModel {
  /** One line on how and on what the numbers were fitted, with the cross-validated figures. */
  provenance: string;
  /** Multiplier of each category's evidence (1 where the fit had nothing to say). */
  categoryScale: Record<string, number>;
  /**
   * What a title claims, as evidence on each side added before the body is read (a CTO title mostly toward the
   * technology, a VP of Engineering title mostly toward the team). A thin body leaves the title's own lean in
   * charge; a full one outweighs it. Titles that claim no kind of job claim nothing.
   */
  titlePrior: Record<TitleShape, TitleClaim>;
  /** Half-width of the hybrid band around a 50% external share. */
  halfBand: number;
  /**
   * Both halves substantial: when each pole's body evidence reaches `minSide`, a reader calls the job hybrid
   * across the wider `halfBand` (a reader's "both halves substantial", not only a share near 50%).
   */
  bothHalves: { minSide: number; halfBand: number };
  /**
   * The evidence the lesser pole's body must carry for a hybrid at all: a share near 50% made of a phrase or
   * two, or of the title's claim alone, is not two substantial halves, and leans to the side it falls on.
   */
  hybridMinSide: number;
  /**
   * The leadership probability from which a posting is a leadership role: above 0.5 because calling an
   * engineer's job a leadership role costs a reader more than the reverse (set in scripts/lib/fit-model.ts).
   */
  leadershipThreshold: number;
  leadership: LeadershipWeights;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export const scaleOf = (model: DecisionModel, category: string): number => model.categoryScale[category] ?? 1;

export interface PoleTotals {
  external: number;
  internal: number;
  /** The part of `external` that is building the technology hands-on. */
  handsOn: number;
}

/** The category of hands-on building: technology-side evidence for a leader, an engineer's job otherwise. */
export const HANDS_ON = 'hands-on';

function scaledSum(sums: Record<string, number>, model: DecisionModel): number {
  let total = 0;
  for (const id in sums) total += sums[id]! * scaleOf(model, id);
  return Math.max(0, total);
}

/** Each pole's evidence with its categories scaled, never below zero (negations subtract). */
export function scaledTotals(f: PostingFeatures, model: DecisionModel): PoleTotals {
  const handsOn = Math.max(0, (f.external[HANDS_ON] ?? 0) * scaleOf(model, HANDS_ON));
  return { external: scaledSum(f.external, model), internal: scaledSum(f.internal, model), handsOn };
}

/**
 * The length the leadership model reads, in words: beyond about the longest postings readers read (the corpus's
 * 95th percentile is 1,445 words), more text says nothing more, and a page padded to megabytes must not read as
 * an unbacked title.
 */
export const LENGTH_READ = 1500;
export const lengthRead = (words: number): number => Math.min(words, LENGTH_READ);

/** Probability (0-1) that a reader calls this posting an engineering-leadership role. */
export function leadershipProbability(f: PostingFeatures, totals: PoleTotals, w: LeadershipWeights): number {
  const z =
    w.bias +
    (w.title[f.titleShape] ?? 0) +
    w.signal * Math.log1p(Math.max(0, f.leadership)) +
    w.external * Math.log1p(Math.max(0, totals.external - totals.handsOn)) +
    w.internal * Math.log1p(totals.internal) +
    w.handsOn * Math.log1p(totals.handsOn) +
    w.work * Math.log1p(f.otherWork) +
    w.words * Math.log1p(lengthRead(f.words));
  return sigmoid(z);
}

/**
 * The hybrid band for a posting: the base band (the model's or the user's), widened by what the fit added for
 * substantial halves when each pole's evidence reaches `minSide`.
 */
export function bandFor(totals: PoleTotals, base: number, model: DecisionModel): number {
  const { minSide, halfBand } = model.bothHalves;
  if (Math.min(totals.external, totals.internal) < minSide) return base;
  return Math.min(0.5, base + Math.max(0, halfBand - model.halfBand));
}

/** The evidence with each weight multiplied by its category's fitted scale: what the panel shows and sums. */
export function scaleEvidence(evidence: Evidence[], model: DecisionModel): void {
  for (const e of evidence) {
    const s = scaleOf(model, e.category);
    if (s !== 1) e.weight = Math.round(e.weight * s * 1000) / 1000;
  }
}

export interface FittedShare {
  /** external / (external + internal) of the body, title claim included. */
  share: number;
  /** The title's claim as evidence on each side (0 when the title claims nothing). */
  titleExternal: number;
  titleInternal: number;
}

/** The external share a reader would estimate: the body's scaled evidence plus the title's claim. */
export function fittedShare(f: PostingFeatures, totals: PoleTotals, model: DecisionModel): FittedShare {
  const claim = model.titlePrior[f.titleShape];
  const titleExternal = Math.max(0, claim?.external ?? 0);
  const titleInternal = Math.max(0, claim?.internal ?? 0);
  const e = totals.external + titleExternal;
  const i = totals.internal + titleInternal;
  return { share: e + i > 0 ? e / (e + i) : 0.5, titleExternal, titleInternal };
}
