// The stored history for the popup and the options page, read again whenever another context changes it.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { listHistory, watchHistory } from '../storage/history';
import type { HistoryEntry } from '../storage/history-entry';

export function useHistory(): { entries: HistoryEntry[] | null; refresh(): Promise<void> } {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const refresh = useCallback(async () => setEntries(await listHistory()), []);
  useEffect(() => {
    void refresh();
    return watchHistory(() => void refresh());
  }, [refresh]);
  return { entries, refresh };
}
