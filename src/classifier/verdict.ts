// From weighted evidence to a shape. Leadership is decided first (most postings are not leadership roles), then
// the pole by the external share, with a hybrid band in the middle.
import type { Shape, TitleShape } from './types';

/** Below this much pole evidence, the body alone cannot place a leadership role. */
export const MIN_POLE_EVIDENCE = 3;
/** Leadership signal (markers and leader-only phrases) that makes an untitled body a leadership role. */
export const LEADER_MIN = 3;
/**
 * The hybrid band, at least, of a posting that says it is both jobs ("wear both hats"): a reader calls it hybrid
 * unless one side clearly outweighs the other (30-70% external).
 */
export const BOTH_BAND = 0.2;
/** Leadership signal strong enough to read an individual-contributor title as mislabelled. */
export const LEADER_OVERRIDE = 12;

export type NoneReason =
  | 'ic-title'
  | 'non-engineering-title'
  | 'support-title'
  | 'field-cto'
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
  external: number;
  internal: number;
  share: number;
  leadership: number;
  hybridBand: number;
  /** The text says the job is both (a marker with `both`, as mk-both-jobs). */
  saysBoth: boolean;
}

/** The hybrid band for this posting: the setting, widened to BOTH_BAND when the text says it is both jobs. */
const bandOf = (d: DecisionInput): number => (d.saysBoth ? Math.max(d.hybridBand, BOTH_BAND) : d.hybridBand);

/** Whether the posting is a leadership role at all, from the title and the body together. */
function noneReason(titleShape: TitleShape, leadership: number): NoneReason | undefined {
  switch (titleShape) {
    case 'cto':
    case 'vpeng':
    case 'eng-manager':
      return undefined;
    case 'field-cto':
      return 'field-cto';
    // A chief of staff or assistant to an executive works amid the executive's duties; the body cannot make
    // the role the executive's.
    case 'support':
      return 'support-title';
    case 'ic':
      return leadership >= LEADER_OVERRIDE ? undefined : 'ic-title';
    case 'non-engineering':
      return leadership >= LEADER_OVERRIDE ? undefined : 'non-engineering-title';
    default:
      return leadership >= LEADER_MIN ? undefined : 'no-leadership';
  }
}

export function decideShape(d: DecisionInput): ShapeDecision {
  const none = noneReason(d.titleShape, d.leadership);
  if (none) return { shape: 'none', noneReason: none };
  if (d.external + d.internal < MIN_POLE_EVIDENCE) {
    // A leadership title with a thin body: the title is all we have, and the confidence says so.
    if (d.titleShape === 'cto') return { shape: 'cto', fromTitle: true };
    if (d.titleShape === 'vpeng') return { shape: 'vpeng', fromTitle: true };
    return { shape: 'unknown', unknownReason: 'too-little-evidence' };
  }
  const band = bandOf(d);
  if (d.share >= 0.5 + band && d.share > 0.5) return { shape: 'cto' };
  if (d.share <= 0.5 - band && d.share < 0.5) return { shape: 'vpeng' };
  return d.saysBoth ? { shape: 'hybrid', saysBoth: true } : { shape: 'hybrid' };
}

/**
 * Whether a short text (MIN_WORDS_ANY to MIN_WORDS words) can be judged. A short text is clear when its body
 * carries the pole evidence a full posting's body needs to decide (MIN_POLE_EVIDENCE), or when its title alone
 * rules leadership out (an individual-contributor, non-engineering or field CTO title); a leadership title
 * with a thin body is not enough in so few words.
 */
export function shortTextJudgeable(decision: ShapeDecision, d: DecisionInput): boolean {
  if (decision.shape === 'none' && decision.noneReason !== 'no-leadership') return true;
  return d.external + d.internal >= MIN_POLE_EVIDENCE;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** 0-1: more evidence and a wider margin from the middle mean more confidence. */
export function confidenceOf(decision: ShapeDecision, d: DecisionInput): number {
  const total = d.external + d.internal;
  const amount = 1 - Math.exp(-total / 12);
  const margin = Math.abs(d.share - 0.5) * 2;
  switch (decision.shape) {
    case 'unknown':
      return 0;
    case 'none':
      if (decision.noneReason === 'no-leadership') return round2(0.5 + 0.4 * Math.exp(-d.leadership / 2));
      return round2(d.leadership >= LEADER_MIN ? 0.7 : 0.9);
    case 'hybrid': {
      const width = Math.max(0.02, 2 * bandOf(d));
      return round2(amount * (0.5 + 0.5 * Math.max(0, 1 - margin / width)));
    }
    default:
      if (decision.fromTitle) return round2(0.25 * (0.5 + amount));
      return round2(amount * (0.55 + 0.45 * Math.min(1, margin / 0.6)));
  }
}
