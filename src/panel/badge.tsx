// A small verdict badge beside each job comment of a Hacker News thread; choosing it opens the panel for that comment.
import { render } from 'preact';
import type { Shape } from '../classifier/types';
import { t } from '../shared/i18n';
import { shapeLabel } from './labels';

const SHORT: Record<Shape, string> = {
  cto: 'CTO',
  vpeng: 'VP Eng',
  hybrid: 'Hybrid',
  none: 'IC',
  unknown: '?',
};

const BADGE_CSS = `
:host { all: initial; display: inline-block; margin: 0 0 4px; }
button { font: 600 11px/1.4 system-ui, sans-serif; border-radius: 9px; padding: 0 7px; cursor: pointer;
  border: 1px solid #94a3b8; background: #f8fafc; color: #334155; }
button.cto { border-color: #1d4ed8; color: #1d4ed8; border-style: solid; }
button.vpeng { border-color: #c2410c; color: #c2410c; border-style: dashed; }
button.hybrid { border-color: #7c3aed; color: #7c3aed; border-style: double; border-width: 3px; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;

export interface MountedBadge {
  update(shape: Shape): void;
  remove(): void;
}

/** Inserts the badge just before the comment text; the badge's insides live in a closed shadow root. */
export function mountBadge(anchor: Element, onOpen: () => void): MountedBadge {
  const doc = anchor.ownerDocument;
  const host = doc.createElement('rolelens-badge');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const container = doc.createElement('span');
  shadow.append(style, container);
  anchor.before(host);
  return {
    update(shape) {
      render(
        <button type="button" class={shape} onClick={onOpen} aria-label={t('badgeLabel', shapeLabel(shape))}>
          {SHORT[shape]}
        </button>,
        container,
      );
    },
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
