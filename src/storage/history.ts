// The history of classified postings in storage.local: one entry per posting, newest first, bounded.

import browser from 'webextension-polyfill';
import { classifyWriteError, type StorageAreaLike, type WriteError } from './area';
import { fitHistoryEntry, type HistoryEntry, parseHistoryEntry } from './history-entry';

export const HISTORY_KEY = 'history';

export interface HistoryOptions {
  /** settings.historyEnabled: when false nothing is recorded. */
  enabled: boolean;
  /** settings.historyLimit. */
  limit: number;
}

export type HistoryWriteResult = { ok: true; stored: boolean } | { ok: false; error: WriteError };

const localArea = (): StorageAreaLike => browser.storage.local;

// Read-modify-write must not interleave: two tabs reporting at once would otherwise lose one entry.
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/** A history write that never throws: a failed read or write comes back as an error result. */
function guardedWrite(task: () => Promise<HistoryWriteResult>): Promise<HistoryWriteResult> {
  return serialized(() =>
    task().catch((err: unknown) => ({ ok: false, error: classifyWriteError(err, HISTORY_KEY) }) as const),
  );
}

const newestFirst = (a: HistoryEntry, b: HistoryEntry) => b.time - a.time;

/** Valid entries, one per key (the newest wins), newest first; corrupt ones are dropped. */
async function load(area: StorageAreaLike): Promise<HistoryEntry[]> {
  const stored = (await area.get(HISTORY_KEY))?.[HISTORY_KEY];
  if (!Array.isArray(stored)) return [];
  const byKey = new Map<string, HistoryEntry>();
  for (const raw of stored) {
    const entry = parseHistoryEntry(raw);
    const known = entry && byKey.get(entry.key);
    if (entry && (!known || known.time < entry.time)) byKey.set(entry.key, entry);
  }
  return [...byKey.values()].sort(newestFirst);
}

async function write(area: StorageAreaLike, entries: HistoryEntry[]): Promise<HistoryWriteResult> {
  try {
    await area.set({ [HISTORY_KEY]: entries });
    return { ok: true, stored: true };
  } catch (err) {
    return { ok: false, error: classifyWriteError(err, HISTORY_KEY) };
  }
}

/** Records a classified posting, replacing an earlier entry with the same key; keeps the newest `limit`. */
export function addToHistory(
  entry: HistoryEntry,
  options: HistoryOptions,
  area: StorageAreaLike = localArea(),
): Promise<HistoryWriteResult> {
  if (!options.enabled) return Promise.resolve({ ok: true, stored: false });
  const fitted = parseHistoryEntry(fitHistoryEntry(entry));
  if (!fitted) {
    return Promise.resolve({
      ok: false,
      error: { code: 'invalid', key: HISTORY_KEY, detail: 'invalid entry' },
    });
  }
  return guardedWrite(async () => {
    const others = (await load(area)).filter((e) => e.key !== fitted.key);
    const next = [fitted, ...others].sort(newestFirst).slice(0, Math.max(0, options.limit));
    return write(area, next);
  });
}

/** Every valid entry, newest first. */
export function listHistory(area: StorageAreaLike = localArea()): Promise<HistoryEntry[]> {
  return serialized(() => load(area).catch(() => []));
}

export function removeFromHistory(
  key: string,
  area: StorageAreaLike = localArea(),
): Promise<HistoryWriteResult> {
  return guardedWrite(async () =>
    write(
      area,
      (await load(area)).filter((e) => e.key !== key),
    ),
  );
}

/** Drops the oldest entries beyond a (new, smaller) limit. */
export function trimHistory(limit: number, area: StorageAreaLike = localArea()): Promise<HistoryWriteResult> {
  return guardedWrite(async () => {
    const entries = await load(area);
    return entries.length > limit
      ? write(area, entries.slice(0, Math.max(0, limit)))
      : { ok: true, stored: false };
  });
}

export function clearHistory(area: StorageAreaLike = localArea()): Promise<HistoryWriteResult> {
  return guardedWrite(async () => {
    await area.remove(HISTORY_KEY);
    return { ok: true, stored: true };
  });
}
