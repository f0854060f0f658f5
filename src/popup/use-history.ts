// The newest stored postings for the popup, read again whenever another context changes it.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { readNewestHistory, watchHistory } from '../storage/history';
import type { HistoryEntry } from '../storage/history-entry';

/** The newest `count` entries, read from the time index without reading the rest of the history. */
export function useRecentHistory(count: number): HistoryEntry[] | null {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const refresh = useCallback(async () => setEntries((await readNewestHistory(count)).entries), [count]);
  useEffect(() => {
    void refresh();
    return watchHistory(() => void refresh());
  }, [refresh]);
  return entries;
}
