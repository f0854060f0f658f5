import type { Evidence } from '../classifier/types';
import { poleLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import { segmentText } from './segments';

export const markId = (hit: Evidence) => `playground-hit-${hit.start}`;

/** The posting again, as text runs and <mark>s per pole (negated ones struck through); no HTML parsing. */
export function HighlightedText({ text, evidence }: { text: string; evidence: Evidence[] }) {
  return (
    <section class="highlighted" aria-labelledby="playground-marked">
      <h3 id="playground-marked">{t('optionsPlaygroundMarked')}</h3>
      <div class="highlighted-text">
        {segmentText(text, evidence).map((segment) => {
          const hit = segment.hit;
          if (!hit) return segment.text;
          const label = `${poleLabel(hit.pole)}${hit.negated ? `, ${t('evidenceNegated')}` : ''}: ${hit.reason}`;
          return (
            <mark
              key={hit.start}
              id={markId(hit)}
              tabIndex={-1}
              title={label}
              class={`ev ev-${hit.pole}${hit.negated ? ' ev-negated' : ''}`}
            >
              {segment.text}
            </mark>
          );
        })}
      </div>
    </section>
  );
}
