// Putting a history in place for tests: as an older version left it, or as raw records in the database.
import { migrateHistoryInOrder } from '../../../src/background/history-writes';
import { HISTORY_KEY, readNewestHistory } from '../../../src/storage/history';
import { fakeBrowser } from './browser';

/** Stores `entries` where an older version kept them, then lets the background move them, as after an update. */
export async function seedOldHistory(entries: unknown): Promise<void> {
  fakeBrowser.storage.local.seed({ [HISTORY_KEY]: entries });
  const moved = await migrateHistoryInOrder();
  if (!moved.ok) throw new Error(`could not seed the history: ${moved.error.detail}`);
}

/** Writes records into the history database as they are, valid or not, bypassing every check. */
export async function putRawHistoryRecords(records: object[]): Promise<void> {
  await readNewestHistory(0); // opens (and so creates) the database the way the extension does
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('rolelens-history', 1);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction('entries', 'readwrite');
  for (const record of records) tx.objectStore('entries').put(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}
