import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser, getMessage, resetFakeBrowser, settle } from './browser';

beforeEach(() => {
  resetFakeBrowser();
});

describe('fake storage', () => {
  it('gets by null, key, list and defaults object, returning copies', async () => {
    const { local } = fakeBrowser.storage;
    await local.set({ a: [1], b: 2 });
    expect(await local.get(null)).toEqual({ a: [1], b: 2 });
    expect(await local.get('a')).toEqual({ a: [1] });
    expect(await local.get(['b', 'c'])).toEqual({ b: 2 });
    expect(await local.get({ c: 3, b: 0 })).toEqual({ c: 3, b: 2 });
    ((await local.get('a')).a as number[]).push(9);
    expect(await local.get('a')).toEqual({ a: [1] });
  });

  it('fires onChanged after writes with old and new values', async () => {
    const seen: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => seen.push([area, changes]));
    const first = fakeBrowser.storage.sync.set({ x: 1 });
    expect(seen).toEqual([]); // never inside the write
    await first;
    await fakeBrowser.storage.sync.set({ x: 2 });
    await fakeBrowser.storage.sync.set({ x: 2 });
    await fakeBrowser.storage.sync.remove('x');
    await settle();
    expect(seen).toEqual([
      ['sync', { x: { newValue: 1 } }],
      ['sync', { x: { newValue: 2, oldValue: 1 } }],
      ['sync', { x: { oldValue: 2 } }],
    ]);
  });

  it('enforces the sync item quota like Chrome', async () => {
    await expect(fakeBrowser.storage.sync.set({ big: 'x'.repeat(9000) })).rejects.toThrow(
      'QUOTA_BYTES_PER_ITEM quota exceeded',
    );
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('can play a browser without storage.session', () => {
    fakeBrowser.storage.session = undefined;
    resetFakeBrowser();
    expect(fakeBrowser.storage.session).toBeDefined();
  });
});

describe('fake i18n', () => {
  it('looks keys up in the English locale, and gives back unknown keys', () => {
    expect(getMessage('extName')).toBe('RoleLens');
    expect(fakeBrowser.i18n.getMessage('noSuchKey')).toBe('noSuchKey');
  });
});

describe('fake tabs', () => {
  it('queries by the given properties', async () => {
    fakeBrowser.tabs.list = [
      { id: 1, active: true, url: 'https://a.test/' },
      { id: 2, active: false },
    ];
    expect((await fakeBrowser.tabs.query({ active: true, currentWindow: true })).map((t) => t.id)).toEqual([
      1,
    ]);
    await expect(fakeBrowser.tabs.get(3)).rejects.toThrow('No tab');
  });
});
