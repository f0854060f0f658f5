// The history of classified postings: one record per posting in IndexedDB, in the extension's own origin, where
// content scripts (which run in the page's origin) cannot read it and one entry is written without the rest.
// The background records verdicts; the popup and options page read it and edit it record by record.

import { classifyWriteError, type StorageAreaLike, type WriteError } from './area';
import { fitHistoryEntry, type HistoryEntry, parseHistoryEntry } from './history-entry';

/** The storage.local key that held the whole history as one array before it moved to IndexedDB. */
export const HISTORY_KEY = 'history';
const DB_NAME = 'rolelens-history';
const STORE = 'entries';
const BY_TIME = 'time';
/** Extension pages (popup, options) hear of each stored change here; content scripts are in another origin. */
export const HISTORY_CHANNEL = 'rolelens-history';

export interface HistoryOptions {
  /** settings.historyEnabled: when false nothing is recorded. */
  enabled: boolean;
  /** settings.historyLimit. */
  limit: number;
}

export type HistoryWriteResult = { ok: true; stored: boolean } | { ok: false; error: WriteError };

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const finished = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });

let opened: { factory: IDBFactory; db: Promise<IDBDatabase> } | undefined;

/** The database, opened once per context. */
function database(): Promise<IDBDatabase> {
  const factory = globalThis.indexedDB;
  if (opened?.factory === factory) return opened.db;
  const request = factory.open(DB_NAME, 1);
  request.onupgradeneeded = () => {
    request.result.createObjectStore(STORE, { keyPath: 'key' }).createIndex(BY_TIME, 'time');
  };
  const db = done(request).then((db) => {
    db.onversionchange = () => db.close();
    return db;
  });
  opened = { factory, db };
  db.catch(() => {
    if (opened?.db === db) opened = undefined;
  });
  return db;
}

/**
 * Moves the history array of older versions out of storage.local, where every content script could read it. Only
 * the background calls it, in its queue of history writes, so it cannot interleave with a verdict being recorded.
 * `area` is storage.local: passed in, so the pages that only read the history load no extension API for it.
 */
export async function migrateHistoryFromStorage(area: StorageAreaLike): Promise<HistoryWriteResult> {
  let stored: unknown;
  try {
    stored = (await area.get(HISTORY_KEY))?.[HISTORY_KEY];
  } catch (err) {
    return { ok: false, error: classifyWriteError(err, HISTORY_KEY) };
  }
  if (stored === undefined) return { ok: true, stored: false };
  const moved = Array.isArray(stored)
    ? await guardedWrite((store) => {
        for (const raw of stored as unknown[]) {
          const entry = parseHistoryEntry(raw);
          if (!entry) continue;
          // Keep the newest of duplicates, and anything recorded here already.
          store.get(entry.key).onsuccess = (event) => {
            const known = parseHistoryEntry((event.target as IDBRequest).result);
            if (!known || known.time < entry.time) store.put(entry);
          };
        }
        return true;
      })
    : ({ ok: true, stored: false } as const);
  // A failed move keeps the old array, so the next start tries again.
  if (!moved.ok) return moved;
  try {
    await area.remove(HISTORY_KEY);
  } catch (err) {
    return { ok: false, error: classifyWriteError(err, HISTORY_KEY) };
  }
  return moved;
}

function announce(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(HISTORY_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls back whenever another context of the extension stored a change; returns the unsubscribe. */
export function watchHistory(callback: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(HISTORY_CHANNEL);
  channel.onmessage = () => callback();
  return () => channel.close();
}

/** A history write that never throws: a failed open, read or write comes back as an error result. */
async function guardedWrite(
  work: (store: IDBObjectStore) => Promise<boolean> | boolean,
): Promise<HistoryWriteResult> {
  try {
    const tx = (await database()).transaction(STORE, 'readwrite');
    const stored = await work(tx.objectStore(STORE));
    await finished(tx);
    if (stored) announce();
    return { ok: true, stored };
  } catch (err) {
    return { ok: false, error: classifyWriteError(err, HISTORY_KEY) };
  }
}

/** Deletes the oldest records beyond `limit`, walking the time index from the oldest. */
async function dropOldest(store: IDBObjectStore, limit: number): Promise<boolean> {
  let excess = (await done(store.count())) - Math.max(0, limit);
  if (excess <= 0) return false;
  const cursors = store.index(BY_TIME).openCursor();
  await new Promise<void>((resolve, reject) => {
    cursors.onerror = () => reject(cursors.error);
    cursors.onsuccess = () => {
      const cursor = cursors.result;
      if (!cursor || excess <= 0) return resolve();
      cursor.delete();
      excess--;
      cursor.continue();
    };
  });
  return true;
}

const sameExceptTime = (a: HistoryEntry, b: HistoryEntry): boolean =>
  (Object.keys(a) as (keyof HistoryEntry)[]).every((k) => k === 'time' || a[k] === b[k]);

/**
 * Records a classified posting, replacing an earlier record of the same key; keeps the newest `limit`. The same
 * verdict on the same posting again (a reload, another tab) writes nothing.
 */
export function addToHistory(entry: HistoryEntry, options: HistoryOptions): Promise<HistoryWriteResult> {
  if (!options.enabled) return Promise.resolve({ ok: true, stored: false });
  const fitted = parseHistoryEntry(fitHistoryEntry(entry));
  if (!fitted) {
    return Promise.resolve({
      ok: false,
      error: { code: 'invalid', key: HISTORY_KEY, detail: 'invalid entry' },
    });
  }
  return guardedWrite(async (store) => {
    const known = parseHistoryEntry(await done(store.get(fitted.key)));
    if (known && sameExceptTime(known, fitted)) return false;
    store.put(fitted);
    await dropOldest(store, options.limit);
    return true;
  });
}

/** The valid ones of records read from the time index (oldest first), newest first: reversing costs less than sorting. */
const newestFirst = (records: unknown[]): HistoryEntry[] =>
  records
    .reverse()
    .map(parseHistoryEntry)
    .filter((e): e is HistoryEntry => e !== null);

/** Every valid entry, newest first (ties: the greater key first); an unreadable store reads as empty. */
export async function listHistory(): Promise<HistoryEntry[]> {
  try {
    const tx = (await database()).transaction(STORE, 'readonly');
    return newestFirst(await done(tx.objectStore(STORE).index(BY_TIME).getAll()));
  } catch {
    return [];
  }
}

export interface HistoryPage {
  /** The newest valid entries, newest first, in the order listHistory gives them. */
  entries: HistoryEntry[];
  /** How many records are stored in all (a corrupt record counts until it is read). */
  total: number;
}

/** IndexedDB's getAllRecords (Chromium 141 on): the newest records in one request, where a browser has it. */
interface IndexWithRecords {
  getAllRecords?(options: { direction: IDBCursorDirection; count: number }): IDBRequest<{ value: unknown }[]>;
}

/** The time of the `limit`-th newest record, a key cursor skipping there in one step; undefined with fewer. */
function nthNewestTime(byTime: IDBIndex, limit: number): Promise<IDBValidKey | undefined> {
  return new Promise((resolve, reject) => {
    const cursors = byTime.openKeyCursor(null, 'prev');
    let skipped = limit === 1;
    cursors.onerror = () => reject(cursors.error);
    cursors.onsuccess = () => {
      const cursor = cursors.result;
      if (!cursor || skipped) return resolve(cursor?.key);
      skipped = true;
      cursor.advance(limit - 1);
    };
  });
}

/**
 * The newest `limit` entries and the number stored, without reading the rest: a screenful of a 5,000-entry history
 * costs what a screenful costs. One getAllRecords where the browser has it, else a key cursor finds the oldest time
 * shown and one getAll reads from there (a cursor walked record by record took a task per record).
 */
export async function readNewestHistory(limit: number): Promise<HistoryPage> {
  try {
    const tx = (await database()).transaction(STORE, 'readonly');
    const store = tx.objectStore(STORE);
    const byTime = store.index(BY_TIME);
    const total = done(store.count());
    if (limit < 1) return { entries: [], total: await total };
    const withRecords = byTime as IDBIndex & IndexWithRecords;
    let newest: HistoryEntry[];
    if (typeof withRecords.getAllRecords === 'function') {
      const records = await done(withRecords.getAllRecords({ direction: 'prev', count: limit }));
      newest = newestFirst(records.map((r) => r.value).reverse());
    } else {
      const oldestShown = await nthNewestTime(byTime, limit);
      // No `limit`-th newest: fewer entries than asked for, so all of them.
      const range = oldestShown === undefined ? null : IDBKeyRange.lowerBound(oldestShown);
      newest = newestFirst(await done(byTime.getAll(range)));
    }
    return { entries: newest.slice(0, limit), total: await total };
  } catch {
    return { entries: [], total: 0 };
  }
}

export function removeFromHistory(key: string): Promise<HistoryWriteResult> {
  return guardedWrite((store) => {
    store.delete(key);
    return true;
  });
}

/** Drops the oldest entries beyond a (new, smaller) limit. */
export function trimHistory(limit: number): Promise<HistoryWriteResult> {
  return guardedWrite((store) => dropOldest(store, limit));
}

export function clearHistory(): Promise<HistoryWriteResult> {
  return guardedWrite((store) => {
    store.clear();
    return true;
  });
}
