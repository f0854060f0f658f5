// Many postings on one page (Hacker News threads): classify them a few at a time, and badge each one.
import { classify } from '../classifier';
import type { ClassifierSettings, Verdict } from '../classifier/types';
import { type MountedBadge, mountBadge } from '../panel/badge';
import type { Posting } from '../sites/types';

// Work per frame stays well under the 50 ms that makes a long task.
const FRAME_BUDGET_MS = 8;

interface Item {
  posting: Posting;
  verdict: Verdict | null;
  badge: MountedBadge | null;
}

export class ListBadges {
  private items = new Map<string, Item>();
  private queue: string[] = [];
  private frame = 0;

  constructor(
    private settings: ClassifierSettings,
    private readonly onOpen: (posting: Posting, verdict: Verdict) => void,
  ) {}

  /** Takes the page's current postings: new ones are queued, gone ones lose their badge. */
  update(postings: Posting[]): void {
    const seen = new Set<string>();
    for (const posting of postings) {
      seen.add(posting.key);
      const known = this.items.get(posting.key);
      if (known && known.posting.text === posting.text && known.posting.elements[0] === posting.elements[0])
        continue;
      known?.badge?.remove();
      this.items.set(posting.key, { posting, verdict: null, badge: null });
      this.queue.push(posting.key);
    }
    for (const [key, item] of this.items) {
      if (seen.has(key)) continue;
      item.badge?.remove();
      this.items.delete(key);
    }
    this.schedule();
  }

  /** New settings: every posting is classified again. */
  reclassify(settings: ClassifierSettings): void {
    this.settings = settings;
    this.queue = [...this.items.keys()];
    this.schedule();
  }

  clear(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    for (const item of this.items.values()) item.badge?.remove();
    this.items.clear();
    this.queue = [];
  }

  get count(): number {
    return this.items.size;
  }

  private schedule(): void {
    if (!this.frame && this.queue.length) this.frame = requestAnimationFrame(() => this.drain());
  }

  private drain(): void {
    this.frame = 0;
    const start = performance.now();
    while (this.queue.length && performance.now() - start < FRAME_BUDGET_MS) {
      const item = this.items.get(this.queue.shift() as string);
      if (!item?.posting.elements[0]?.isConnected) continue;
      const verdict = classify({ title: item.posting.title, text: item.posting.text }, this.settings);
      item.verdict = verdict;
      item.badge ??= mountBadge(item.posting.elements[0], () => {
        if (item.verdict) this.onOpen(item.posting, item.verdict);
      });
      item.badge.update(verdict.shape);
    }
    this.schedule();
  }
}
