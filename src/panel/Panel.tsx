import type { Evidence, Verdict } from '../classifier/types';
import { t } from '../shared/i18n';
import { ContextNotes } from './ContextNotes';
import { EvidenceList } from './EvidenceList';
import { type Track, trackFit } from './fit';
import { Gauge } from './Gauge';
import { shapeLabel } from './labels';
import { SummaryLine } from './SummaryLine';

export interface PostingBrief {
  title: string;
  company?: string;
  truncated?: boolean;
  capped?: boolean;
}

export interface PanelProps {
  posting: PostingBrief;
  verdict: Verdict;
  track: Track;
  collapsed: boolean;
  side: 'left' | 'right';
  theme: 'system' | 'light' | 'dark';
  onToggleCollapsed(): void;
  onSwitchSide(): void;
  onReveal(evidence: Evidence): void;
}

const FIT_KEYS = { fits: 'fitFits', partial: 'fitPartial', 'off-track': 'fitOffTrack' } as const;

/** The side panel: verdict headline, gauge, mismatch, context, evidence and summary. */
export function Panel(props: PanelProps) {
  const { posting, verdict, collapsed } = props;
  const headline = shapeLabel(verdict.shape);
  const judged = verdict.shape !== 'unknown' && verdict.shape !== 'none';
  const fit = trackFit(verdict.shape, props.track);
  return (
    <aside
      aria-label="RoleLens"
      class={`panel shape-${verdict.shape} side-${props.side}${collapsed ? ' collapsed' : ''}`}
      data-theme={props.theme}
    >
      <header class="panel-header">
        <h2 class="headline">{headline}</h2>
        <div class="panel-actions">
          {!collapsed && (
            <button type="button" class="icon" onClick={props.onSwitchSide} aria-label={t('panelSwitchSide')}>
              {props.side === 'right' ? '⇤' : '⇥'}
            </button>
          )}
          <button
            type="button"
            class="icon"
            aria-expanded={!collapsed}
            onClick={props.onToggleCollapsed}
            aria-label={collapsed ? t('panelExpand') : t('panelCollapse')}
          >
            {collapsed ? '«' : '»'}
          </button>
        </div>
      </header>
      {!collapsed && (
        <div class="panel-body">
          <p class="posting-title">
            {posting.title}
            {posting.company ? ` · ${posting.company}` : ''}
          </p>
          {judged && <Gauge externalShare={verdict.externalShare} confidence={verdict.confidence} />}
          {verdict.mismatch && (
            <p class="mismatch" role="note">
              <strong>{t('mismatchLabel')}</strong> {verdict.mismatch.text}
            </p>
          )}
          {fit !== 'n/a' && <p class={`fit fit-${fit}`}>{t(FIT_KEYS[fit])}</p>}
          {(posting.truncated || posting.capped) && (
            <p class="muted">{t(posting.capped ? 'postingCapped' : 'postingTruncated')}</p>
          )}
          <ContextNotes notes={verdict.context} />
          {verdict.shape === 'unknown' ? (
            <p class="muted">{t('unknownExplain')}</p>
          ) : (
            <EvidenceList evidence={verdict.evidence} onReveal={props.onReveal} />
          )}
          <SummaryLine summary={verdict.summary} />
        </div>
      )}
    </aside>
  );
}
