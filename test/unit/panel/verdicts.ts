// Made-up verdicts for component tests: the panel must show whatever the classifier says, so these are not real output.
import type { Evidence, Verdict } from '../../../src/classifier/types';

export function hit(partial: Partial<Evidence> & Pick<Evidence, 'matched' | 'pole' | 'start'>): Evidence {
  return {
    end: partial.start + partial.matched.length,
    category: partial.pole === 'external' ? 'vision' : 'hiring',
    categoryLabel: partial.pole === 'external' ? 'Technical vision and strategy' : 'Hiring and recruiting',
    entryId: `${partial.pole}-${partial.start}`,
    weight: 1,
    reason:
      partial.pole === 'external'
        ? 'Setting direction is the CTO’s job'
        : 'Building the team is the VP’s job',
    negated: false,
    section: 'duties',
    ...partial,
  };
}

export function verdict(partial: Partial<Verdict> = {}): Verdict {
  return {
    shape: 'cto',
    external: 8,
    internal: 2,
    externalShare: 0.8,
    confidence: 0.7,
    titleShape: 'cto',
    mismatch: null,
    evidence: [
      hit({ matched: 'technical vision', pole: 'external', start: 10 }),
      hit({ matched: 'hiring', pole: 'internal', start: 40 }),
    ],
    context: [],
    summary: 'CTO-shaped (80% external): vision leads.',
    ...partial,
  };
}
