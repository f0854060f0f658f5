// Highlights evidence in the page with the CSS Custom Highlight API: the page's own nodes are never changed.
import type { Evidence } from '../classifier/types';
import { findRange, indexText, type TextIndex } from './text-ranges';

const NAMES = {
  external: 'rolelens-external',
  internal: 'rolelens-internal',
  negated: 'rolelens-negated',
  flash: 'rolelens-flash',
  read: 'rolelens-read',
} as const;

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
  private ranges = new Map<number, Range>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Registers highlights for the evidence inside the posting's elements; replaces any earlier ones. */
  show(elements: Element[], evidence: Evidence[], paint: boolean): HighlightResult {
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
      const range = this.ranges.get(hit.start);
      if (range) groups[hit.negated ? 'negated' : hit.pole].push(range);
    }
    for (const key of ['external', 'internal', 'negated'] as const) {
      if (groups[key].length) reg.set(NAMES[key], new Highlight(...groups[key]));
    }
    return { ranges: this.ranges, registered: true };
  }

  /** Scrolls the page to the phrase and flashes it. Returns false when it is not in the page. */
  reveal(hit: Evidence): boolean {
    const range = this.ranges.get(hit.start);
    if (!range) return false;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const reg = registry();
    if (reg) {
      reg.set(NAMES.flash, new Highlight(range));
      clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => reg.delete(NAMES.flash), 1600);
    }
    return true;
  }

  /** Tints the whole region read (or removes the tint), and brings it into view. */
  showRead(elements: readonly Element[], on: boolean): boolean {
    const reg = registry();
    if (!reg) return false;
    reg.delete(NAMES.read);
    const connected = elements.filter((el) => el.isConnected);
    if (!on || connected.length === 0) return false;
    const ranges = connected.map((el) => {
      const range = el.ownerDocument.createRange();
      range.selectNodeContents(el);
      return range;
    });
    reg.set(NAMES.read, new Highlight(...ranges));
    connected[0]!.scrollIntoView({ block: 'start', behavior: 'smooth' });
    return true;
  }

  clear(): void {
    this.ranges = new Map();
    clearTimeout(this.flashTimer);
    const reg = registry();
    if (reg) for (const name of Object.values(NAMES)) reg.delete(name);
  }
}
