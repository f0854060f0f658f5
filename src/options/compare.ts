// Choosing postings to compare and lining up their categories; pure, so the rules are tested without a page.
import type { Pole } from '../classifier/types';
import type { HistoryEntry } from '../storage/history-entry';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The selection after ticking or unticking `key`; a fifth posting is refused and the selection kept. */
export function toggleSelected(
  selected: readonly string[],
  key: string,
  on: boolean,
): { selected: string[]; refused: boolean } {
  if (!on) return { selected: selected.filter((k) => k !== key), refused: false };
  if (selected.includes(key)) return { selected: [...selected], refused: false };
  if (selected.length >= MAX_COMPARED) return { selected: [...selected], refused: true };
  return { selected: [...selected, key], refused: false };
}

/** The chosen entries still in the history, in the order chosen, and how many have gone since. */
export function chosenEntries(
  keys: readonly string[],
  entries: readonly HistoryEntry[],
): { found: HistoryEntry[]; missing: number } {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const found = keys.flatMap((k) => byKey.get(k) ?? []);
  return { found, missing: keys.length - found.length };
}

export interface CategoryLine {
  id: string;
  label: string;
  /** Weight per compared entry, in their order; 0 where the entry has none, null where it recorded none. */
  weights: Array<number | null>;
}

/** One line per category any compared entry weighs on this pole, heaviest in total first, so columns line up. */
export function categoryLines(entries: readonly HistoryEntry[], pole: Pole): CategoryLine[] {
  const lines = new Map<string, CategoryLine & { total: number }>();
  entries.forEach((entry, i) => {
    for (const c of entry.categories ?? []) {
      if (c.pole !== pole) continue;
      const line = lines.get(c.id) ?? {
        id: c.id,
        label: c.label,
        weights: entries.map((e) => (e.categories ? 0 : null)),
        total: 0,
      };
      line.weights[i] = c.weight;
      line.total += c.weight;
      lines.set(c.id, line);
    }
  });
  return [...lines.values()].sort((a, b) => b.total - a.total).map(({ total: _, ...line }) => line);
}

/** The heaviest category weight of all compared entries: every bar is drawn against it. */
export function heaviest(entries: readonly HistoryEntry[]): number {
  return Math.max(0, ...entries.flatMap((e) => (e.categories ?? []).map((c) => c.weight)));
}
