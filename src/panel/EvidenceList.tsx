import type { Pole, ShownEvidence } from '../classifier/types';
import { t } from '../shared/i18n';
import { poleLabel } from './labels';

interface EvidenceListProps {
  evidence: ShownEvidence[];
  onReveal(evidence: ShownEvidence): void;
}

interface CategoryGroup {
  label: string;
  hits: ShownEvidence[];
}

function groupByCategory(evidence: ShownEvidence[], pole: Pole): CategoryGroup[] {
  const groups = new Map<string, CategoryGroup>();
  for (const hit of evidence) {
    if (hit.pole !== pole) continue;
    const group = groups.get(hit.category) ?? { label: hit.categoryLabel, hits: [] };
    group.hits.push(hit);
    groups.set(hit.category, group);
  }
  // Heaviest categories first: they are what the verdict rests on.
  const total = (g: CategoryGroup) => g.hits.reduce((sum, h) => sum + (h.negated ? 0 : h.weight), 0);
  return [...groups.values()].sort((a, b) => total(b) - total(a));
}

/** The evidence grouped by pole and category, each hit with its reason; choosing one shows it in the posting. */
export function EvidenceList({ evidence, onReveal }: EvidenceListProps) {
  if (!evidence.length) return <p class="muted">{t('evidenceNone')}</p>;
  return (
    <section class="evidence" aria-labelledby="rl-evidence">
      <h3 id="rl-evidence">{t('evidenceHeading')}</h3>
      {(['external', 'internal'] as const).map((pole) => {
        const groups = groupByCategory(evidence, pole);
        if (!groups.length) return null;
        return (
          <div class={`pole pole-${pole}`} key={pole}>
            <h4>{poleLabel(pole)}</h4>
            {groups.map((group) => (
              <details key={group.label} open={groups.indexOf(group) < 2}>
                <summary>
                  {group.label} <span class="count">({group.hits.length})</span>
                </summary>
                <ul>
                  {group.hits.map((hit) => (
                    <li key={hit.start} class={hit.negated ? 'negated' : undefined}>
                      <button type="button" class="hit" onClick={() => onReveal(hit)}>
                        <q>{hit.matched}</q>
                        {hit.negated && <span class="tag">{t('evidenceNegated')}</span>}
                      </button>
                      <span class="reason">{hit.reason}</span>
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </div>
        );
      })}
    </section>
  );
}
