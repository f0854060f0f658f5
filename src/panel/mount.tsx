// Mounts the panel in a closed shadow root: the page can neither read nor restyle it.
import { render } from 'preact';
import { NoticePanel } from './NoticePanel';
import { Panel, type PanelProps } from './Panel';
import { PANEL_CSS } from './styles';

export type NoticeProps = Parameters<typeof NoticePanel>[0];

export interface MountedPanel {
  update(props: PanelProps): void;
  notice(props: NoticeProps): void;
  /** Moves keyboard focus into the panel (after the shortcut opens it). */
  focus(): void;
  unmount(): void;
}

export function mountPanel(doc: Document, tagName = 'rolelens-panel'): MountedPanel {
  const host = doc.createElement(tagName);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(host);
  return {
    update(props) {
      render(<Panel {...props} />, container);
    },
    notice(props) {
      render(<NoticePanel {...props} />, container);
    },
    focus() {
      container.querySelector<HTMLElement>('.panel-actions button:last-child')?.focus();
    },
    unmount() {
      render(null, container);
      host.remove();
    },
  };
}
