// From weighted evidence to a shape. Leadership is decided first (most postings are not leadership roles), then
// the pole by the external share, with a hybrid band in the middle. The numbers behind both steps were fitted
// to readers' labels (model.ts, fitted-model.ts); the steps themselves are fixed here.
import type { Shape, TitleShape } from './types';

/**
 * The hybrid band, at least, of a posting that says it is both jobs ("wear both hats"): a reader calls it hybrid
 * unless one side clearly outweighs the other (30-70% external).
 */
export const BOTH_BAND = 0.2;

export type NoneReason =
  | 'ic-title'
  | 'non-engineering-title'
  | 'support-title'
  | 'field-cto'
  | 'unbacked-title'
  | 'no-leadership';
export type UnknownReason = 'too-short' | 'not-english' | 'too-little-evidence';

export interface ShapeDecision {
  shape: Shape;
  noneReason?: NoneReason;
  unknownReason?: UnknownReason;
  /** True when the title had to decide because the body said too little. */
  fromTitle?: boolean;
  /** True for a hybrid the text calls both jobs ("wear both hats"). */
  saysBoth?: boolean;
}

export interface DecisionInput {
  titleShape: TitleShape;
  /** The body's evidence per pole, categories scaled. */
  external: number;
  internal: number;
  /** The title's claim as evidence per pole (fitted-model.ts titlePrior). */
  titleExternal: number;
  titleInternal: number;
  /** External share of body and title claim together. */
  share: number;
  /** Probability that a reader calls the posting a leadership role (fitted). */
  leadershipP: number;
  /** The probability from which a posting is a leadership role (fitted-model.ts leadershipThreshold). */
  leadershipThreshold: number;
  /** Leadership markers and leader-only phrases, summed. */
  leadership: number;
  hybridBand: number;
  /** Body evidence the lesser pole needs for a hybrid (fitted-model.ts hybridMinSide). */
  hybridMinSide: number;
  /** The text says the job is both (a marker with `both`, as mk-both-jobs). */
  saysBoth: boolean;
}

/** The hybrid band for this posting: the setting, widened to BOTH_BAND when the text says it is both jobs. */
const bandOf = (d: DecisionInput): number => (d.saysBoth ? Math.max(d.hybridBand, BOTH_BAND) : d.hybridBand);

/** Why a posting is not a leadership role, in the words the summary uses. */
function noneReason(titleShape: TitleShape): NoneReason {
  switch (titleShape) {
    case 'cto':
    case 'vpeng':
    case 'eng-manager':
    case 'tech-lead':
      return 'unbacked-title';
    case 'field-cto':
      return 'field-cto';
    case 'support':
      return 'support-title';
    case 'ic':
    case 'architect':
      return 'ic-title';
    case 'non-engineering':
      return 'non-engineering-title';
    default:
      return 'no-leadership';
  }
}

/**
 * Titles that name a job other than leading engineering (READ.md's "neither": an executive's assistant, a
 * customer-facing CTO, product, sales, recruiting): the body describes that job, whatever leadership words it uses.
 */
const OTHER_JOB: ReadonlySet<TitleShape> = new Set(['support', 'field-cto', 'non-engineering']);

export function decideShape(d: DecisionInput): ShapeDecision {
  if (OTHER_JOB.has(d.titleShape) || d.leadershipP < d.leadershipThreshold)
    return { shape: 'none', noneReason: noneReason(d.titleShape) };
  const body = d.external + d.internal;
  const claim = d.titleExternal + d.titleInternal;
  if (body + claim <= 0) return { shape: 'unknown', unknownReason: 'too-little-evidence' };
  const band = bandOf(d);
  const fromTitle = claim > body;
  let shape: Shape = 'hybrid';
  if (d.share >= 0.5 + band && d.share > 0.5) shape = 'cto';
  else if (d.share <= 0.5 - band && d.share < 0.5) shape = 'vpeng';
  if (shape === 'hybrid' && d.saysBoth) return { shape, saysBoth: true };
  // Both halves must be substantial for a hybrid; a thin near-even reading leans to the title's side (the share's
  // side of 50% when the title claims nothing), not to where one phrase tipped it.
  if (shape === 'hybrid' && Math.min(d.external, d.internal) < d.hybridMinSide) {
    const lean = claim > 0 ? d.titleExternal - d.titleInternal : d.share - 0.5;
    shape = lean >= 0 ? 'cto' : 'vpeng';
  }
  if (shape === 'hybrid') return { shape };
  return fromTitle ? { shape, fromTitle: true } : { shape };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** 0-1: more evidence, a wider margin from the band's edge and a surer leadership call mean more confidence. */
export function confidenceOf(decision: ShapeDecision, d: DecisionInput): number {
  const total = d.external + d.internal;
  const amount = 1 - Math.exp(-total / 12);
  const margin = Math.abs(d.share - 0.5) * 2;
  const sure = Math.abs(d.leadershipP - 0.5) * 2;
  switch (decision.shape) {
    case 'unknown':
      return 0;
    case 'none':
      return round2(0.5 + 0.45 * sure);
    case 'hybrid': {
      const width = Math.max(0.02, 2 * bandOf(d));
      return round2((0.5 + 0.5 * sure) * amount * (0.5 + 0.5 * Math.max(0, 1 - margin / width)));
    }
    default:
      if (decision.fromTitle) return round2(0.25 * (0.5 + amount));
      return round2((0.5 + 0.5 * sure) * amount * (0.55 + 0.45 * Math.min(1, margin / 0.6)));
  }
}
