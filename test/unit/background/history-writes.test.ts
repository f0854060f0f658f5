// Every history write goes through the background, one after another: a clear issued while verdicts are being
// recorded is never undone by them, and a trim applies the limit to verdicts recorded after it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearHistoryInOrder,
  recordVerdict,
  trimHistoryInOrder,
} from '../../../src/background/history-writes';
import { listHistory } from '../../../src/storage/history';
import { saveSetting } from '../../../src/storage/settings';
import { resetFakeBrowser } from '../fakes/browser';
import { sampleHistoryEntry } from '../fakes/samples';

vi.mock('webextension-polyfill', () => import('../fakes/browser'));

beforeEach(() => {
  resetFakeBrowser();
});

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
