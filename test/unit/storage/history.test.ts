import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addToHistory,
  clearHistory,
  HISTORY_KEY,
  listHistory,
  migrateHistoryFromStorage,
  readNewestHistory,
  removeFromHistory,
  trimHistory,
  watchHistory,
} from '../../../src/storage/history';
import { fakeBrowser } from '../fakes/browser';
import { putRawHistoryRecords } from '../fakes/history';
import { sampleHistoryEntry } from '../fakes/samples';

const local = () => fakeBrowser.storage.local;
const on = { enabled: true, limit: 500 };

const entry = sampleHistoryEntry;

/** An IndexedDB that cannot be opened (private windows of some browsers, a full disk). */
const brokenDatabase = () =>
  ({
    open() {
      throw new Error('broken');
    },
  }) as unknown as IDBFactory;

describe('addToHistory', () => {
  it('remembers a posting once; seeing it again updates time and verdict', async () => {
    await addToHistory(entry(), on);
    await addToHistory(entry({ key: 'lever:2', time: 2_000 }), on);
    await addToHistory(
      entry({ time: 3_000, shape: 'vpeng', externalShare: 0.2, mismatch: 'Titled CTO' }),
      on,
    );
    const list = await listHistory();
    expect(list.map((e) => [e.key, e.time, e.shape])).toEqual([
      ['linkedin:1', 3_000, 'vpeng'],
      ['lever:2', 2_000, 'cto'],
    ]);
  });

  it('keeps only the newest `limit` entries', async () => {
    for (let i = 0; i < 15; i++)
      await addToHistory(entry({ key: `k${i}`, time: i }), { enabled: true, limit: 10 });
    const list = await listHistory();
    expect(list).toHaveLength(10);
    expect(list[0]!.key).toBe('k14');
    expect(list.at(-1)!.key).toBe('k5');
  });

  it('records nothing when history is off', async () => {
    expect(await addToHistory(entry(), { enabled: false, limit: 500 })).toEqual({ ok: true, stored: false });
    expect(local().writes).toEqual([]);
  });

  it('loses nothing when many tabs add at once', async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => addToHistory(entry({ key: `k${i}`, time: i }), on)),
    );
    expect(await listHistory()).toHaveLength(25);
  });

  it('shortens long titles but refuses an entry that cannot be valid', async () => {
    await addToHistory(entry({ title: 'T'.repeat(1000) }), on);
    expect((await listHistory())[0]!.title).toHaveLength(300);
    const bad = await addToHistory(entry({ url: 'javascript:alert(1)' }), on);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('returns a failure to open the database instead of throwing, and works again once it opens', async () => {
    const working = globalThis.indexedDB;
    globalThis.indexedDB = brokenDatabase();
    expect(await addToHistory(entry(), on)).toMatchObject({
      ok: false,
      error: { code: 'unknown', detail: 'broken' },
    });
    globalThis.indexedDB = working;
    expect(await addToHistory(entry(), on)).toEqual({ ok: true, stored: true });
  });

  it('writes nothing when the same verdict on the same posting comes again', async () => {
    expect(await addToHistory(entry({ time: 1 }), on)).toEqual({ ok: true, stored: true });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    expect(await addToHistory(entry({ time: 2 }), on)).toEqual({ ok: true, stored: false });
    expect(put).not.toHaveBeenCalled();
    expect(await addToHistory(entry({ time: 3, shape: 'vpeng' }), on)).toEqual({ ok: true, stored: true });
    expect(put).toHaveBeenCalledTimes(1);
    put.mockRestore();
  });

  it('writes one record per verdict, not the whole history, and nothing into storage.local', async () => {
    for (let i = 0; i < 50; i++) await addToHistory(entry({ key: `k${i}`, time: i }), on);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    await addToHistory(entry({ key: 'new', time: 99 }), on);
    expect(put).toHaveBeenCalledTimes(1);
    put.mockRestore();
    expect(await listHistory()).toHaveLength(51);
    // Content scripts can read storage.local; the history is not there.
    expect(local().dump()).toEqual({});
  });

  it('tells the other extension pages when it stored something', async () => {
    const heard = vi.fn();
    const stop = watchHistory(heard);
    await addToHistory(entry(), on);
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    stop();
  });
});

describe('the history of older versions', () => {
  it('moves from its storage.local array into the database, newest of duplicates kept', async () => {
    local().seed({
      [HISTORY_KEY]: [
        entry({ key: 'a', time: 5 }),
        entry({ key: 'a', time: 9, title: 'newer' }),
        entry({ key: 'b', time: 7 }),
      ],
    });
    expect(await migrateHistoryFromStorage(local())).toEqual({ ok: true, stored: true });
    expect((await listHistory()).map((e) => [e.key, e.title])).toEqual([
      ['a', 'newer'],
      ['b', entry().title],
    ]);
    expect(local().dump()[HISTORY_KEY]).toBeUndefined();
    expect(await migrateHistoryFromStorage(local())).toEqual({ ok: true, stored: false });
  });

  it('is moved only by the background: reading the history leaves the old array where it is', async () => {
    local().seed({ [HISTORY_KEY]: [entry({ key: 'old' })] });
    expect(await listHistory()).toEqual([]);
    expect((await readNewestHistory(5)).entries).toEqual([]);
    expect(local().dump()[HISTORY_KEY]).toHaveLength(1);
  });

  it('keeps a newer record of the same posting already in the database', async () => {
    await addToHistory(entry({ key: 'a', time: 20, title: 'recorded here' }), on);
    local().seed({ [HISTORY_KEY]: [entry({ key: 'a', time: 10, title: 'old' }), entry({ key: 'b' })] });
    await migrateHistoryFromStorage(local());
    expect((await listHistory()).map((e) => [e.key, e.title])).toEqual([
      ['b', entry().title],
      ['a', 'recorded here'],
    ]);
  });

  it('keeps the old array when the move fails, so the next start tries again', async () => {
    local().seed({ [HISTORY_KEY]: [entry()] });
    const working = globalThis.indexedDB;
    globalThis.indexedDB = brokenDatabase();
    expect(await migrateHistoryFromStorage(local())).toMatchObject({ ok: false });
    globalThis.indexedDB = working;
    expect(local().dump()[HISTORY_KEY]).toHaveLength(1);
    expect(await migrateHistoryFromStorage(local())).toEqual({ ok: true, stored: true });
    expect(await listHistory()).toHaveLength(1);
  });

  it.each([['a string'], [{ not: 'a list' }], [null], [42]])(
    'drops %j in place of the list',
    async (junk) => {
      local().seed({ [HISTORY_KEY]: junk });
      expect(await migrateHistoryFromStorage(local())).toEqual({ ok: true, stored: false });
      expect(local().dump()[HISTORY_KEY]).toBeUndefined();
      expect(await listHistory()).toEqual([]);
      expect(await addToHistory(entry(), on)).toEqual({ ok: true, stored: true });
    },
  );
});

/** Records in the database that a bug, an older version or another hand could have left. */
const CORRUPT = [
  { ...entry({ key: 'b' }), shape: 'ceo' },
  { ...entry({ key: 'c' }), externalShare: 2 },
  { ...entry({ key: 'd' }), time: 'yesterday' },
  { ...entry({ key: 'e' }), company: null },
  { ...entry({ key: 'f' }), time: 1e300 },
  { ...entry({ key: 'g' }), url: 'javascript:alert(1)' },
];

describe('listHistory', () => {
  it('drops corrupt records', async () => {
    await putRawHistoryRecords([entry({ key: 'a', time: 9, title: 'kept' }), ...CORRUPT]);
    expect((await listHistory()).map((e) => [e.key, e.title])).toEqual([['a', 'kept']]);
  });

  it('gives an empty list when the database cannot be opened', async () => {
    globalThis.indexedDB = brokenDatabase();
    expect(await listHistory()).toEqual([]);
  });
});

describe('remove, trim, clear', () => {
  beforeEach(async () => {
    for (let i = 0; i < 5; i++) await addToHistory(entry({ key: `k${i}`, time: i }), on);
  });

  it('removes one entry', async () => {
    await removeFromHistory('k2');
    expect((await listHistory()).map((e) => e.key)).toEqual(['k4', 'k3', 'k1', 'k0']);
  });

  it('trims to a smaller limit, keeping the newest', async () => {
    await trimHistory(2);
    expect((await listHistory()).map((e) => e.key)).toEqual(['k4', 'k3']);
    expect(await trimHistory(10)).toEqual({ ok: true, stored: false });
  });

  it('reports failures of remove, trim and clear as results', async () => {
    const working = globalThis.indexedDB;
    globalThis.indexedDB = brokenDatabase();
    expect(await removeFromHistory('k1')).toMatchObject({ ok: false });
    expect(await trimHistory(1)).toMatchObject({ ok: false });
    expect(await clearHistory()).toMatchObject({ ok: false, error: { detail: 'broken' } });
    globalThis.indexedDB = working;
    expect(await listHistory()).toHaveLength(5);
  });

  it('clears everything', async () => {
    expect(await clearHistory()).toEqual({ ok: true, stored: true });
    expect(await listHistory()).toEqual([]);
  });
});

describe('readNewestHistory', () => {
  // Chromium reads the newest records in one getAllRecords; other browsers skip there with a key cursor.
  const withoutGetAllRecords = () => {
    const proto = IDBIndex.prototype as { getAllRecords?: unknown };
    const saved = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
    delete proto.getAllRecords;
    return () => {
      if (saved) Object.defineProperty(proto, 'getAllRecords', saved);
    };
  };
  const paths: [string, () => () => void][] = [
    ['with getAllRecords', () => () => undefined],
    ['with a key cursor', withoutGetAllRecords],
  ];

  describe.each(paths)('%s', (_, setUp) => {
    let restore: () => void;
    beforeEach(() => {
      restore = setUp();
      return () => restore();
    });

    it('gives the first entries of the whole list, in its order, and how many are stored', async () => {
      // Equal times too: the first screen and the whole list must not disagree on the order of ties.
      for (let i = 0; i < 40; i++) await addToHistory(entry({ key: `k${i}`, time: Math.floor(i / 3) }), on);
      const all = await listHistory();
      for (const limit of [1, 2, 10, 13, 39, 40, 41, 100]) {
        const page = await readNewestHistory(limit);
        expect(page.total).toBe(40);
        expect(page.entries.map((e) => e.key)).toEqual(all.slice(0, limit).map((e) => e.key));
      }
      expect(await readNewestHistory(0)).toEqual({ entries: [], total: 40 });
    });

    it('skips corrupt records, and reads an empty or unopenable database as empty', async () => {
      expect(await readNewestHistory(5)).toEqual({ entries: [], total: 0 });
      await putRawHistoryRecords([entry({ key: 'old', time: 1 }), ...CORRUPT]);
      await addToHistory(entry({ key: 'new', time: 1e6 }), on);
      // A string time and a time past any date sort newest in the index: they take places in the first screen.
      const page = await readNewestHistory(3);
      expect(page.entries.map((e) => e.key)).toEqual(['new']);
      expect(page.total).toBe(2 + CORRUPT.length);
      expect((await readNewestHistory(10)).entries.map((e) => e.key)).toEqual(['new', 'old']);
      globalThis.indexedDB = brokenDatabase();
      expect(await readNewestHistory(5)).toEqual({ entries: [], total: 0 });
    });
  });
});
