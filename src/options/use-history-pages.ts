// The options page's history: the newest screenful first, straight from the time index, then every entry for
// search, sort, show-more and export; read again whenever another context changes it.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { listHistory, watchHistory } from '../storage/history';
import type { HistoryEntry } from '../storage/history-entry';
import { takeHistoryRead } from './history-early';

export interface HistoryPages {
  entries: HistoryEntry[];
  /** How many entries are stored. */
  total: number;
  /** False while only the newest screenful is read: search, sort and export wait for the rest. */
  complete: boolean;
}

export function useHistoryPages(): { history: HistoryPages | null; refresh(): Promise<void> } {
  const [history, setHistory] = useState<HistoryPages | null>(null);
  const refresh = useCallback(async () => {
    const entries = await listHistory();
    setHistory({ entries, total: entries.length, complete: true });
  }, []);
  useEffect(() => {
    let live = true;
    void takeHistoryRead().then((page) => {
      if (live) setHistory((known) => known ?? { ...page, complete: page.entries.length >= page.total });
    });
    const unwatch = watchHistory(() => void refresh());
    return () => {
      live = false;
      unwatch();
    };
  }, [refresh]);
  // The rest is read once the newest rows are on screen: reading 5,000 records blocks the page while it lasts.
  const partial = history !== null && !history.complete;
  useEffect(() => {
    if (partial) void refresh();
  }, [partial, refresh]);
  return { history, refresh };
}
