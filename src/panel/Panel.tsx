import type { Evidence, Verdict } from '../classifier/types';
import { t } from '../shared/i18n';
import { ContextNotes } from './ContextNotes';
import { EvidenceList } from './EvidenceList';
import type { Track } from './fit';
import { shapeLabel } from './labels';
import { SummaryLine } from './SummaryLine';
import { VerdictFacts } from './VerdictFacts';

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

/** The side panel: verdict headline, gauge, mismatch, context, evidence and summary. */
export function Panel(props: PanelProps) {
  const { posting, verdict, collapsed } = props;
  const headline = shapeLabel(verdict.shape);
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
          <VerdictFacts verdict={verdict} track={props.track} />
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
