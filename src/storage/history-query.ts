// Searching, filtering and sorting the history list for the options page; pure.

import type { Shape } from '../classifier/types';
import type { HistoryEntry } from './history-entry';

export type HistorySortKey = 'time' | 'title' | 'company' | 'shape' | 'share';
export type SortDirection = 'asc' | 'desc';

export interface HistoryQuery {
  /** Words that must all appear in the title, company, site or mismatch note; case and accents ignored. */
  search?: string;
  shape?: Shape | 'all';
  sortBy?: HistorySortKey;
  /** Defaults: newest and most external first; titles, companies and shapes A to Z. */
  direction?: SortDirection;
}

// Shapes sort along the external-to-internal axis, then the undecided ones.
const SHAPE_ORDER: Record<Shape, number> = { cto: 0, hybrid: 1, vpeng: 2, none: 3, unknown: 4 };

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const COMPARE: Record<HistorySortKey, (a: HistoryEntry, b: HistoryEntry) => number> = {
  time: (a, b) => a.time - b.time,
  title: (a, b) => collator.compare(a.title, b.title),
  company: (a, b) => collator.compare(a.company, b.company),
  shape: (a, b) => SHAPE_ORDER[a.shape] - SHAPE_ORDER[b.shape],
  share: (a, b) => a.externalShare - b.externalShare,
};

// Folding every entry's text on every keystroke was most of a search's time at 5,000 entries: fold each once.
const folded = new WeakMap<HistoryEntry, string>();
function haystackOf(e: HistoryEntry): string {
  let text = folded.get(e);
  if (text === undefined) {
    text = fold([e.title, e.company, e.site, e.mismatch ?? ''].join('\n'));
    folded.set(e, text);
  }
  return text;
}

export function queryHistory(entries: readonly HistoryEntry[], query: HistoryQuery = {}): HistoryEntry[] {
  const terms = fold(query.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const shape = query.shape ?? 'all';
  const sortBy = query.sortBy ?? 'time';
  const direction = query.direction ?? (sortBy === 'time' || sortBy === 'share' ? 'desc' : 'asc');
  const sign = direction === 'asc' ? 1 : -1;
  const matches = entries.filter((e) => {
    if (shape !== 'all' && e.shape !== shape) return false;
    if (terms.length === 0) return true; // nothing to fold before anyone searches
    const haystack = haystackOf(e);
    return terms.every((term) => haystack.includes(term));
  });
  // Ties fall back to newest first, whatever the direction, so the order is stable and useful.
  return matches.sort((a, b) => sign * COMPARE[sortBy](a, b) || b.time - a.time);
}
