import type { ShownEvidence, ShownVerdict } from '../classifier/types';
import { t } from '../shared/i18n';
import { ContextNotes } from './ContextNotes';
import { EvidenceList } from './EvidenceList';
import type { Track } from './fit';
import { shapeLabel } from './labels';
import { Questions } from './Questions';
import { ReadView } from './ReadView';
import type { ReadSummary } from './read-summary';
import { SummaryLine } from './SummaryLine';
import { VerdictFacts } from './VerdictFacts';

export interface PostingBrief {
  title: string;
  company?: string;
  truncated?: boolean;
  capped?: boolean;
  /** True when the site's adapter found nothing and the generic reader read the page. */
  generic?: boolean;
  /** Selected text (the context menu), not a page. */
  selection?: boolean;
  /** What was read, for the "What RoleLens read" view; absent for selected text. */
  read?: ReadSummary;
}

export interface PanelProps {
  posting: PostingBrief;
  verdict: ShownVerdict;
  track: Track;
  collapsed: boolean;
  side: 'left' | 'right';
  theme: 'system' | 'light' | 'dark';
  onToggleCollapsed(): void;
  onSwitchSide(): void;
  onReveal(evidence: ShownEvidence): void;
  /** Whether the region read is outlined in the page. */
  readShown?: boolean;
  onToggleReadShown?(): void;
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
          {posting.generic && <p class="muted">{t('readGenerically')}</p>}
          <VerdictFacts verdict={verdict} track={props.track} />
          {(posting.truncated || posting.capped) && (
            <p class="muted">
              {posting.capped
                ? posting.selection
                  ? t('selectionCapped')
                  : t('postingCapped')
                : t('postingTruncated')}
            </p>
          )}
          <ContextNotes notes={verdict.context} />
          <Questions questions={verdict.questions ?? []} />
          {verdict.shape === 'unknown' ? (
            <p class="muted">{t('unknownExplain')}</p>
          ) : (
            <EvidenceList evidence={verdict.evidence} onReveal={props.onReveal} />
          )}
          {posting.read && (
            <ReadView
              title={posting.title}
              company={posting.company}
              read={posting.read}
              generic={posting.generic === true}
              shown={props.readShown}
              onToggleShown={props.onToggleReadShown}
            />
          )}
          <SummaryLine summary={verdict.summary} />
        </div>
      )}
    </aside>
  );
}
