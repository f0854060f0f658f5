// Owns what RoleLens shows on a page: the panel in its shadow root and the highlights in the posting.
import type { ShownVerdict } from '../classifier/types';
import type { PageSettings } from '../messages';
import { EvidenceHighlighter } from '../panel/highlights';
import { type MountedPanel, mountPanel } from '../panel/mount';
import type { PostingBrief } from '../panel/Panel';
import { t } from '../shared/i18n';
import { pageScheme } from './page-scheme';
import { savePanelChoice } from './page-settings';

export interface Shown {
  posting: PostingBrief;
  verdict: ShownVerdict;
  /** The posting's elements in the page, where its evidence is highlighted. */
  elements: Element[];
}

/** Runs when the page is idle (or soon); returns a cancel function. */
function idle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 200 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}

export class PanelController {
  private mounted: MountedPanel | null = null;
  private shown: Shown | null = null;
  private collapsed: boolean;
  /** Whether the region read is outlined in the page (off for each new posting). */
  private readShown = false;
  /** Cancels the pending highlight pass, when there is one. */
  private highlightJob: (() => void) | null = null;
  private readonly highlighter = new EvidenceHighlighter();

  constructor(
    private readonly doc: Document,
    private settings: PageSettings,
    /** Adapter id or hostname: the collapse choice is remembered per site. */
    private readonly site: string,
  ) {
    this.collapsed = settings.collapsed;
  }

  get isOpen(): boolean {
    return this.mounted !== null && !this.collapsed;
  }

  show(shown: Shown): void {
    if (this.shown?.elements !== shown.elements) this.readShown = false;
    this.shown = shown;
    this.render();
    // Highlights follow in an idle moment: the verdict shows first, and no single task does both.
    this.cancelHighlight();
    this.highlightJob = idle(() => {
      this.highlightJob = null;
      if (this.shown === shown)
        this.highlighter.show(shown.elements, shown.verdict.evidence, {
          paint: this.settings.highlights,
          ownPhrases: this.settings.highlightOwnPhrases,
        });
    });
  }

  private cancelHighlight(): void {
    this.highlightJob?.();
    this.highlightJob = null;
  }

  /** Says plainly that there is nothing to classify, or that no verdict came for what was read. */
  notice(why: 'no-posting' | 'not-judged' = 'no-posting'): void {
    this.shown = null;
    this.cancelHighlight();
    this.highlighter.clear();
    this.panel().notice({
      heading: t(why === 'no-posting' ? 'noPostingHeading' : 'notJudgedHeading'),
      message: t(why === 'no-posting' ? 'noPostingMessage' : 'notJudgedMessage'),
      side: this.settings.panelSide,
      theme: this.theme(),
      onClose: () => this.hide(),
    });
  }

  hide(): void {
    this.shown = null;
    this.cancelHighlight();
    this.highlighter.clear();
    this.mounted?.unmount();
    this.mounted = null;
  }

  applySettings(settings: PageSettings): void {
    this.settings = settings;
    if (this.shown) this.show(this.shown);
  }

  /** Expands or collapses the panel (the keyboard shortcut, the popup); returns whether it is open. */
  toggle(): boolean {
    if (!this.shown) return false;
    this.setCollapsed(!this.collapsed);
    if (!this.collapsed) this.mounted?.focus();
    return !this.collapsed;
  }

  open(): boolean {
    if (!this.shown) return false;
    if (this.collapsed) this.setCollapsed(false);
    this.mounted?.focus();
    return true;
  }

  private setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    this.render();
    void savePanelChoice(this.site, { collapsed });
  }

  /** The user's theme; 'system' follows the page's own look when it has one, else the system's. */
  private theme(): 'system' | 'light' | 'dark' {
    return this.settings.theme === 'system' ? (pageScheme(this.doc) ?? 'system') : this.settings.theme;
  }

  private panel(): MountedPanel {
    this.mounted ??= mountPanel(this.doc);
    return this.mounted;
  }

  private render(): void {
    const shown = this.shown;
    if (!shown) return;
    this.panel().update({
      posting: shown.posting,
      verdict: shown.verdict,
      track: this.settings.track,
      collapsed: this.collapsed,
      side: this.settings.panelSide,
      theme: this.theme(),
      onToggleCollapsed: () => this.setCollapsed(!this.collapsed),
      onSwitchSide: () => {
        this.settings = {
          ...this.settings,
          panelSide: this.settings.panelSide === 'right' ? 'left' : 'right',
        };
        this.render();
        void savePanelChoice(this.site, { panelSide: this.settings.panelSide });
      },
      onReveal: (hit) => this.highlighter.reveal(hit),
      ...(shown.elements.length > 0
        ? {
            readShown: this.readShown,
            onToggleReadShown: () => {
              this.readShown = this.highlighter.showRead(shown.elements, !this.readShown);
              this.render();
            },
          }
        : {}),
    });
  }
}
