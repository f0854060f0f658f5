// The stored history for the popup and the options page, re-read whenever storage.local's history changes.
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { HISTORY_KEY, listHistory } from '../storage/history';
import type { HistoryEntry } from '../storage/history-entry';

export function useHistory(): { entries: HistoryEntry[] | null; refresh(): Promise<void> } {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const refresh = useCallback(async () => setEntries(await listHistory()), []);
  useEffect(() => {
    void refresh();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && HISTORY_KEY in changes) void refresh();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [refresh]);
  return { entries, refresh };
}
