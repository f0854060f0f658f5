// The one owner of history writes: verdicts, clears and trims run one after another in the background, so a clear
// or trim from the options page can never interleave with a verdict's write and be undone by it.
import browser from 'webextension-polyfill';
import type { HistoryWriteReply } from '../messages';
import {
  addToHistory,
  clearHistory,
  type HistoryWriteResult,
  migrateHistoryFromStorage,
  trimHistory,
} from '../storage/history';
import type { HistoryEntry } from '../storage/history-entry';
import { readSettings } from '../storage/settings';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `write` after every write queued before it. */
function inOrder<T>(write: () => Promise<T>): Promise<T> {
  const next = queue.then(write, write);
  queue = next.catch(() => undefined);
  return next;
}

const reply = (result: HistoryWriteResult): HistoryWriteReply =>
  result.ok ? { ok: true } : { ok: false, error: result.error };

/** Records a verdict with the settings as they are when its turn comes (a new, smaller limit applies at once). */
export function recordVerdict(entry: HistoryEntry): Promise<HistoryWriteResult> {
  return inOrder(async () => {
    const { settings, readError } = await readSettings();
    if (readError) console.error('RoleLens: could not read the settings; the defaults apply.', readError);
    return addToHistory(entry, { enabled: settings.historyEnabled, limit: settings.historyLimit });
  });
}

export function clearHistoryInOrder(): Promise<HistoryWriteReply> {
  return inOrder(async () => reply(await clearHistory()));
}

export function trimHistoryInOrder(limit: number): Promise<HistoryWriteReply> {
  return inOrder(async () => reply(await trimHistory(limit)));
}

/** Moves an older version's history out of storage.local, queued like any write so no verdict can race it. */
export function migrateHistoryInOrder(): Promise<HistoryWriteResult> {
  return inOrder(async () => {
    const result = await migrateHistoryFromStorage(browser.storage.local);
    if (!result.ok) console.error('RoleLens: could not move the history into its database.', result.error);
    return result;
  });
}
