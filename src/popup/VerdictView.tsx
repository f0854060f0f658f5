import { useState } from 'preact/hooks';
import type { TabState } from '../messages';
import { sendToTab } from '../messages';
import { type Track, trackFit } from '../panel/fit';
import { Gauge } from '../panel/Gauge';
import { shapeLabel } from '../panel/labels';
import { t } from '../shared/i18n';

const FIT_KEYS = { fits: 'fitFits', partial: 'fitPartial', 'off-track': 'fitOffTrack' } as const;

interface VerdictViewProps {
  tabId: number;
  state: TabState;
  track: Track;
}

/** The tab's verdict in brief, with the way into the full panel. */
export function VerdictView({ tabId, state, track }: VerdictViewProps) {
  const [failed, setFailed] = useState(false);
  const { verdict, posting } = state;
  const judged = verdict.shape !== 'unknown' && verdict.shape !== 'none';
  const fit = trackFit(verdict.shape, track);
  const openPanel = async () => {
    const result = await sendToTab(tabId, { type: 'open-panel' });
    if (result.ok) window.close();
    else setFailed(true);
  };
  return (
    <section class="verdict" aria-labelledby="popup-verdict">
      <h2 id="popup-verdict" class={`headline shape-${verdict.shape}`}>
        {shapeLabel(verdict.shape)}
      </h2>
      <p class="posting-title">
        <span class="title">{posting.title}</span>
        {posting.company ? <span class="company"> · {posting.company}</span> : null}
      </p>
      {judged && <Gauge externalShare={verdict.externalShare} confidence={verdict.confidence} />}
      {verdict.mismatch && (
        <p class="mismatch" role="note">
          <strong>{t('mismatchLabel')}</strong> {verdict.mismatch}
        </p>
      )}
      {fit !== 'n/a' && <p class={`fit fit-${fit}`}>{t(FIT_KEYS[fit])}</p>}
      <button type="button" class="primary" onClick={openPanel}>
        {t('popupShowPanel')}
      </button>
      {failed && (
        <p class="error" role="alert">
          {t('popupShowPanelFailed')}
        </p>
      )}
    </section>
  );
}
