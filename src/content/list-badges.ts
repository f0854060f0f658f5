// Many postings on one page (Hacker News threads): the background judges them a batch at a time, and each gets its
// badge; badges are mounted a few per frame, so no task on the page grows long.
import type { Shape } from '../classifier/types';
import { JUDGE_LIMITS } from '../messages';
import { type MountedBadge, mountBadge } from '../panel/badge';
import type { Posting } from '../sites/types';
import { judgeBatch } from './judge';

// Each frame that mounts badges costs the page a style and layout pass over the whole thread, so fewer, fuller
// frames cost it less in all; the script's part still stays under the 16 ms of a frame.
const FRAME_BUDGET_MS = 12;

interface Item {
  posting: Posting;
  shape: Shape | null;
  badge: MountedBadge | null;
}

export class ListBadges {
  private items = new Map<string, Item>();
  /** Keys waiting to be judged. */
  private queue: string[] = [];
  /** Judged items waiting for their badge. */
  private judged: Item[] = [];
  private frame = 0;
  private asking = false;
  /** Bumped by clear(): answers to questions asked before it are dropped. */
  private generation = 0;

  constructor(private readonly onOpen: (posting: Posting) => void) {}

  /** Takes the page's current postings: new ones are queued, gone ones lose their badge. */
  update(postings: Posting[]): void {
    const seen = new Set<string>();
    for (const posting of postings) {
      seen.add(posting.key);
      const known = this.items.get(posting.key);
      if (known && known.posting.text === posting.text && known.posting.elements[0] === posting.elements[0])
        continue;
      known?.badge?.remove();
      this.items.set(posting.key, { posting, shape: null, badge: null });
      this.queue.push(posting.key);
    }
    for (const [key, item] of this.items) {
      if (seen.has(key)) continue;
      item.badge?.remove();
      this.items.delete(key);
    }
    void this.ask();
  }

  /** New settings: every posting is judged again. */
  reclassify(): void {
    this.queue = [...this.items.keys()];
    void this.ask();
  }

  clear(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.generation++;
    for (const item of this.items.values()) item.badge?.remove();
    this.items.clear();
    this.queue = [];
    this.judged = [];
  }

  get count(): number {
    return this.items.size;
  }

  /** One batch at a time: the next is asked for while the last one's badges are mounted. */
  private async ask(): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    while (this.queue.length) {
      const batch: Item[] = [];
      while (this.queue.length && batch.length < JUDGE_LIMITS.batch) {
        const item = this.items.get(this.queue.shift() as string);
        if (item?.posting.elements[0]?.isConnected && !batch.includes(item)) batch.push(item);
      }
      if (!batch.length) continue;
      const generation = this.generation;
      const shapes = await judgeBatch(batch.map((item) => item.posting));
      if (generation !== this.generation) continue;
      // No answer even on a retry: these stay without a badge rather than show a guess.
      if (!shapes) console.warn('RoleLens: no verdicts came for this page’s postings.');
      batch.forEach((item, i) => {
        const shape = shapes?.[i];
        if (!shape || this.items.get(item.posting.key) !== item) return;
        item.shape = shape;
        this.judged.push(item);
      });
      this.schedule();
    }
    this.asking = false;
  }

  private schedule(): void {
    if (!this.frame && this.judged.length) this.frame = requestAnimationFrame(() => this.mount());
  }

  private mount(): void {
    this.frame = 0;
    const start = performance.now();
    while (this.judged.length && performance.now() - start < FRAME_BUDGET_MS) {
      const item = this.judged.shift() as Item;
      const element = item.posting.elements[0];
      if (!item.shape || !element?.isConnected || this.items.get(item.posting.key) !== item) continue;
      item.badge ??= mountBadge(element, () => this.onOpen(item.posting));
      item.badge.update(item.shape);
    }
    this.schedule();
  }
}
