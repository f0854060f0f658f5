// Highlights evidence in the page with the CSS Custom Highlight API: the page's own nodes are never changed.
// The page can list the registry and read every highlighted range, so: names are random for each page load (no
// page can look RoleLens up by name), the styles exist only while something is highlighted, and matches of the
// user's own phrases are highlighted only when the user asks for it.
import { CUSTOM_CATEGORIES } from '../classifier/custom-categories';
import type { ShownEvidence } from '../classifier/types';
import { findRange, indexText, type TextIndex } from './text-ranges';

type HighlightKind = 'external' | 'internal' | 'negated' | 'flash' | 'read';

/** Highlight names for one page load: a random identifier per kind, nothing that says RoleLens. */
function randomNames(): Record<HighlightKind, string> {
  const token = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  return {
    external: `h${token}a`,
    internal: `h${token}b`,
    negated: `h${token}c`,
    flash: `h${token}d`,
    read: `h${token}e`,
  };
}

/** How each kind looks: colour plus line style (solid, dashed, struck through), told apart without colour too. */
export function highlightCss(names: Record<HighlightKind, string>): string {
  return `::highlight(${names.external}) {
  background-color: rgba(37, 99, 235, 0.18);
  text-decoration: underline solid rgb(29, 78, 216) 2px;
}
::highlight(${names.internal}) {
  background-color: rgba(234, 88, 12, 0.18);
  text-decoration: underline dashed rgb(194, 65, 12) 2px;
}
::highlight(${names.negated}) {
  background-color: rgba(100, 116, 139, 0.14);
  text-decoration: line-through rgb(100, 116, 139);
}
::highlight(${names.flash}) {
  background-color: rgba(250, 204, 21, 0.8);
  color: #111827;
}
::highlight(${names.read}) {
  background-color: rgba(16, 185, 129, 0.16);
}`;
}

const OWN_PHRASES = new Set(Object.values(CUSTOM_CATEGORIES).map((c) => c.id));

export interface PaintOptions {
  /** settings.highlights: register highlights at all. */
  paint: boolean;
  /** settings.highlightOwnPhrases: include matches of the user's own phrases. */
  ownPhrases: boolean;
}

interface HighlightRegistry {
  set(name: string, highlight: Highlight): void;
  delete(name: string): boolean;
}

function registry(): HighlightRegistry | null {
  const css = globalThis.CSS as { highlights?: HighlightRegistry } | undefined;
  return typeof Highlight === 'function' && css?.highlights ? css.highlights : null;
}

export interface HighlightResult {
  /** Evidence that was found in the page, by evidence start offset. */
  ranges: Map<number, Range>;
  registered: boolean;
}

export class EvidenceHighlighter {
  readonly names = randomNames();
  private ranges = new Map<number, Range>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The highlight styles, in the page only while something is highlighted. */
  private style: HTMLStyleElement | null = null;
  private painted = false;

  /** Registers highlights for the evidence inside the posting's elements; replaces any earlier ones. */
  show(elements: Element[], evidence: ShownEvidence[], { paint, ownPhrases }: PaintOptions): HighlightResult {
    this.clear();
    const index: TextIndex = indexText(elements);
    let cursor = 0;
    // Evidence comes in text order, so each phrase is looked for after the previous one first.
    for (const hit of [...evidence].sort((a, b) => a.start - b.start)) {
      const found = findRange(index, hit.matched, cursor);
      if (!found) continue;
      this.ranges.set(hit.start, found.range);
      cursor = found.end;
    }
    const reg = registry();
    if (!reg || !paint) return { ranges: this.ranges, registered: false };
    const groups = { external: [] as Range[], internal: [] as Range[], negated: [] as Range[] };
    for (const hit of evidence) {
      if (!ownPhrases && OWN_PHRASES.has(hit.category)) continue;
      const range = this.ranges.get(hit.start);
      if (range) groups[hit.negated ? 'negated' : hit.pole].push(range);
    }
    for (const key of ['external', 'internal', 'negated'] as const) {
      if (!groups[key].length) continue;
      reg.set(this.names[key], new Highlight(...groups[key]));
      this.painted = true;
    }
    if (this.painted) this.addStyle(elements[0]?.ownerDocument);
    return { ranges: this.ranges, registered: true };
  }

  /** Scrolls the page to the phrase and flashes it. Returns false when it is not in the page. */
  reveal(hit: ShownEvidence): boolean {
    const range = this.ranges.get(hit.start);
    if (!range) return false;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const reg = registry();
    if (reg) {
      // The user asked for this phrase: it is shown whoever wrote it.
      reg.set(this.names.flash, new Highlight(range));
      this.addStyle(range.startContainer.ownerDocument);
      clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => {
        reg.delete(this.names.flash);
        if (!this.painted) this.removeStyle();
      }, 1600);
    }
    return true;
  }

  /** Tints the whole region read (or removes the tint), and brings it into view. */
  showRead(elements: readonly Element[], on: boolean): boolean {
    const reg = registry();
    if (!reg) return false;
    reg.delete(this.names.read);
    const connected = elements.filter((el) => el.isConnected);
    if (!on || connected.length === 0) {
      if (!this.painted) this.removeStyle();
      return false;
    }
    const ranges = connected.map((el) => {
      const range = el.ownerDocument.createRange();
      range.selectNodeContents(el);
      return range;
    });
    reg.set(this.names.read, new Highlight(...ranges));
    this.addStyle(connected[0]!.ownerDocument);
    connected[0]!.scrollIntoView({ block: 'start', behavior: 'smooth' });
    return true;
  }

  clear(): void {
    this.ranges = new Map();
    clearTimeout(this.flashTimer);
    const reg = registry();
    if (reg) for (const name of Object.values(this.names)) reg.delete(name);
    this.painted = false;
    this.removeStyle();
  }

  private addStyle(doc: Document | null | undefined): void {
    if (this.style?.isConnected || !doc) return;
    this.style ??= doc.createElement('style');
    this.style.textContent = highlightCss(this.names);
    (doc.head ?? doc.documentElement).append(this.style);
  }

  private removeStyle(): void {
    this.style?.remove();
  }
}
