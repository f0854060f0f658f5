import { t } from '../shared/i18n';

interface NoticePanelProps {
  heading: string;
  message: string;
  side: 'left' | 'right';
  theme: 'system' | 'light' | 'dark';
  onClose(): void;
}

/** The panel when there is nothing to classify: says so plainly instead of guessing. */
export function NoticePanel(props: NoticePanelProps) {
  return (
    <aside aria-label="RoleLens" class={`panel shape-unknown side-${props.side}`} data-theme={props.theme}>
      <header class="panel-header">
        <h2 class="headline">{props.heading}</h2>
        <div class="panel-actions">
          <button type="button" class="icon" onClick={props.onClose} aria-label={t('panelClose')}>
            ×
          </button>
        </div>
      </header>
      <div class="panel-body">
        <p>{props.message}</p>
      </div>
    </aside>
  );
}
