// Every history write goes through the background, one after another: a clear issued while verdicts are being
// recorded is never undone by them, and a trim applies the limit to verdicts recorded after it.
import { describe, expect, it } from 'vitest';
import {
  clearHistoryInOrder,
  migrateHistoryInOrder,
  recordVerdict,
  trimHistoryInOrder,
} from '../../../src/background/history-writes';
import { HISTORY_KEY, listHistory } from '../../../src/storage/history';
import { saveSetting } from '../../../src/storage/settings';
import { fakeBrowser } from '../fakes/browser';
import { sampleHistoryEntry } from '../fakes/samples';

describe('the background’s history writer', () => {
  it('runs a clear after the verdicts sent before it, and keeps those sent after', async () => {
    const before = [1, 2, 3].map((i) => recordVerdict(sampleHistoryEntry({ key: `before:${i}`, time: i })));
    const cleared = clearHistoryInOrder();
    const after = recordVerdict(sampleHistoryEntry({ key: 'after', time: 9 }));
    await Promise.all([...before, cleared, after]);
    expect((await listHistory()).map((e) => e.key)).toEqual(['after']);
  });

  it('a trim to a new limit holds for verdicts queued after it', async () => {
    for (let i = 0; i < 15; i++) await recordVerdict(sampleHistoryEntry({ key: `k${i}`, time: i }));
    await saveSetting('historyLimit', 10);
    const trimmed = trimHistoryInOrder(10);
    const next = recordVerdict(sampleHistoryEntry({ key: 'new', time: 100 }));
    expect(await trimmed).toEqual({ ok: true });
    await next;
    const keys = (await listHistory()).map((e) => e.key);
    expect(keys).toHaveLength(10);
    expect(keys[0]).toBe('new');
  });
});

describe('the move of an older version’s history', () => {
  it('runs in the queue: a verdict sent while it runs is neither lost nor overwritten by the old record', async () => {
    fakeBrowser.storage.local.seed({
      [HISTORY_KEY]: [
        sampleHistoryEntry({ key: 'same', time: 1, title: 'old' }),
        sampleHistoryEntry({ key: 'o' }),
      ],
    });
    const moved = migrateHistoryInOrder();
    const cleared = clearHistoryInOrder();
    const recorded = recordVerdict(sampleHistoryEntry({ key: 'same', time: 5, title: 'new' }));
    expect(await moved).toEqual({ ok: true, stored: true });
    await Promise.all([cleared, recorded]);
    // The clear came after the move and removed the old entries; the verdict after it stays.
    expect((await listHistory()).map((e) => [e.key, e.title])).toEqual([['same', 'new']]);
    expect(fakeBrowser.storage.local.dump()).toEqual({});
  });
});
