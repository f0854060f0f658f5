// Writer's guidance: for a posting meant as one job, where it pulls toward the other and which duties of the
// intended job it never names. It points at places to look; it never rewrites the writer's text.
import { CATEGORIES } from './lexicon';
import type { Category } from './lexicon/types';
import type { Evidence, Pole, Verdict } from './types';

export type IntendedJob = 'cto' | 'vpeng';

/** How the posting reads against the job meant. */
export type GuidanceReading = 'as-meant' | 'other-job' | 'hybrid' | 'not-leadership' | 'too-thin';

export interface MissingDuty {
  id: string;
  label: string;
  /** What the duty is and why it belongs to the intended job. */
  reason: string;
}

export interface Guidance {
  intended: IntendedJob;
  reads: GuidanceReading;
  /** Counted evidence for the other job, heaviest first: the phrases to look at. */
  pulls: Evidence[];
  /** Categories of the intended job with no counted evidence, in the lexicon's order. */
  missing: MissingDuty[];
}

/** Categories whose absence is no gap in the posting, each with why. */
export const NOT_A_GAP: ReadonlyMap<string, string> = new Map([
  [
    'technical-oversight',
    'Asked of engineering managers as much as of CTOs, so naming it says little either way.',
  ],
  ['hands-on', 'Writing the code oneself is a choice of the company, not a duty a CTO posting must name.'],
]);

export const POLE_OF_JOB: Record<IntendedJob, Pole> = { cto: 'external', vpeng: 'internal' };

const counted = (e: Evidence) => !e.negated && e.weight > 0;

function readingOf(verdict: Verdict, intended: IntendedJob): GuidanceReading {
  if (verdict.shape === 'unknown') return 'too-thin';
  if (verdict.shape === 'none') return 'not-leadership';
  if (verdict.shape === 'hybrid') return 'hybrid';
  return verdict.shape === intended ? 'as-meant' : 'other-job';
}

/** The guidance for a verdict on a posting meant as `intended`; switched-off categories are never asked for. */
export function writerGuidance(
  verdict: Verdict,
  intended: IntendedJob,
  disabledCategories: readonly string[] = [],
  categories: readonly Category[] = CATEGORIES,
): Guidance {
  const pole = POLE_OF_JOB[intended];
  const named = new Set(verdict.evidence.filter((e) => counted(e) && e.pole === pole).map((e) => e.category));
  return {
    intended,
    reads: readingOf(verdict, intended),
    pulls: verdict.evidence.filter((e) => counted(e) && e.pole !== pole).sort((a, b) => b.weight - a.weight),
    missing: categories
      .filter(
        (c) =>
          c.pole === pole && !named.has(c.id) && !NOT_A_GAP.has(c.id) && !disabledCategories.includes(c.id),
      )
      .map((c) => ({ id: c.id, label: c.label, reason: c.description })),
  };
}
