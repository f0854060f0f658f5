import type { Evidence, Verdict } from '../classifier/types';
import { ContextNotes } from '../panel/ContextNotes';
import { EvidenceList } from '../panel/EvidenceList';
import { type Track, trackFit } from '../panel/fit';
import { Gauge } from '../panel/Gauge';
import { shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';
import { HighlightedText, markId } from './HighlightedText';

const FIT_KEYS = { fits: 'fitFits', partial: 'fitPartial', 'off-track': 'fitOffTrack' } as const;

const reveal = (hit: Evidence) => {
  const mark = document.getElementById(markId(hit));
  mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark?.focus();
};

/** The playground's verdict: shape, shares, mismatch, summary, context, the marked text and the evidence. */
export function PlaygroundVerdict({
  verdict,
  text,
  track,
}: {
  verdict: Verdict;
  text: string;
  track: Track;
}) {
  const judged = verdict.shape !== 'unknown' && verdict.shape !== 'none';
  const fit = trackFit(verdict.shape, track);
  return (
    <div class="playground-verdict">
      <h3 class={`headline shape-${verdict.shape}`}>{shapeLabel(verdict.shape)}</h3>
      {judged && <Gauge externalShare={verdict.externalShare} confidence={verdict.confidence} />}
      {verdict.mismatch && (
        <p class="mismatch" role="note">
          <strong>{t('mismatchLabel')}</strong> {verdict.mismatch.text}
        </p>
      )}
      {fit !== 'n/a' && <p class={`fit fit-${fit}`}>{t(FIT_KEYS[fit])}</p>}
      {verdict.shape === 'unknown' && <p class="muted">{t('unknownExplain')}</p>}
      <p class="summary-text">{verdict.summary}</p>
      <ContextNotes notes={verdict.context} />
      <HighlightedText text={text} evidence={verdict.evidence} />
      <EvidenceList evidence={verdict.evidence} onReveal={reveal} />
    </div>
  );
}
