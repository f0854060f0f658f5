import type { Evidence, Verdict } from '../classifier/types';
import { ContextNotes } from '../panel/ContextNotes';
import { EvidenceList } from '../panel/EvidenceList';
import type { Track } from '../panel/fit';
import { shapeLabel } from '../panel/labels';
import { VerdictFacts } from '../panel/VerdictFacts';
import { t } from '../shared/i18n';
import { HighlightedText, markId } from './HighlightedText';

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
  return (
    <div class="playground-verdict">
      <h3 class={`headline shape-${verdict.shape}`}>{shapeLabel(verdict.shape)}</h3>
      <VerdictFacts verdict={verdict} track={track} />
      {verdict.shape === 'unknown' && <p class="muted">{t('unknownExplain')}</p>}
      <p class="summary-text">{verdict.summary}</p>
      <ContextNotes notes={verdict.context} />
      <HighlightedText text={text} evidence={verdict.evidence} />
      <EvidenceList evidence={verdict.evidence} onReveal={reveal} />
    </div>
  );
}
