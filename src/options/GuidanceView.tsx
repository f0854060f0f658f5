import type { Guidance } from '../classifier/guidance';
import type { Evidence } from '../classifier/types';
import { shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import { segmentText } from './segments';

const JOB_KEYS = { cto: 'guidanceJobCto', vpeng: 'guidanceJobVpeng' } as const;
const OTHER_JOB = { cto: 'vpeng', vpeng: 'cto' } as const;
const READS_KEYS = {
  'as-meant': 'guidanceReadsAsMeant',
  'other-job': 'guidanceReadsOther',
  hybrid: 'guidanceReadsHybrid',
  'not-leadership': 'guidanceReadsNone',
  'too-thin': 'guidanceReadsThin',
} as const;

const markId = (hit: Evidence) => `guidance-hit-${hit.start}`;

function reveal(hit: Evidence) {
  const mark = document.getElementById(markId(hit));
  mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark?.focus();
}

/** For the writer: how the text reads against the job meant, what pulls the other way, which duties are unnamed. */
export function GuidanceView({ guidance, text }: { guidance: Guidance; text: string }) {
  const job = t(JOB_KEYS[guidance.intended]);
  const other = t(JOB_KEYS[OTHER_JOB[guidance.intended]]);
  const pole = guidance.intended === 'cto' ? 'internal' : 'external';
  return (
    <section class="guidance" aria-labelledby="guidance-heading">
      <h3 id="guidance-heading">{t('guidanceHeading', [job])}</h3>
      <p class={`guidance-reads reads-${guidance.reads}`}>
        {t(READS_KEYS[guidance.reads], [job, shapeLabel(OTHER_JOB[guidance.intended])])}
      </p>
      <h4>{t('guidancePullsHeading', [other, String(guidance.pulls.length)])}</h4>
      {guidance.pulls.length === 0 ? (
        <p class="muted">{t('guidanceNoPulls')}</p>
      ) : (
        <>
          <section class="highlighted-text" aria-label={t('guidancePullsMarked')}>
            {segmentText(text, guidance.pulls).map((segment) =>
              segment.hit ? (
                <mark
                  key={segment.hit.start}
                  id={markId(segment.hit)}
                  tabIndex={-1}
                  title={segment.hit.reason}
                  class={`ev ev-${pole}`}
                >
                  {segment.text}
                </mark>
              ) : (
                segment.text
              ),
            )}
          </section>
          <ul class="pulls">
            {guidance.pulls.map((hit) => (
              <li key={hit.start}>
                <button type="button" class="hit" onClick={() => reveal(hit)}>
                  <q>{hit.matched}</q>
                </button>{' '}
                <span class="category">{hit.categoryLabel}</span>
                <span class="reason">{hit.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('guidanceMissingHeading', [job, String(guidance.missing.length)])}</h4>
      {guidance.missing.length === 0 ? (
        <p class="muted">{t('guidanceNoneMissing')}</p>
      ) : (
        <ul class="missing">
          {guidance.missing.map((duty) => (
            <li key={duty.id}>
              <strong>{duty.label}</strong>
              <span class="reason">{duty.reason}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{t('guidanceNoRewrite')}</p>
    </section>
  );
}
