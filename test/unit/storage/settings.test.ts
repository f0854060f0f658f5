import { describe, expect, it, vi } from 'vitest';
import {
  isSiteEnabled,
  readSettings,
  rememberCollapsed,
  resetSettings,
  saveSetting,
  saveSettings,
  setSiteDisabled,
  toClassifierSettings,
  watchSettings,
} from '../../../src/storage/settings';
import { DEFAULT_SETTINGS, defaultSettings } from '../../../src/storage/settings-schema';
import { fakeBrowser, settle } from '../fakes/browser';

const sync = () => fakeBrowser.storage.sync;

describe('readSettings', () => {
  it('gives defaults from empty storage, with no resets', async () => {
    expect(await readSettings()).toEqual({ settings: defaultSettings(), resets: [] });
  });

  it('survives corrupted and foreign values', async () => {
    sync().seed({
      enabled: 'true',
      disabledSites: 'linkedin',
      extraPhrasesExternal: { not: 'a list' },
      hybridBand: 1e308,
      historyLimit: null,
      somethingElse: [1, 2, 3],
      schemaVersion: 'x',
    });
    const { settings, resets } = await readSettings();
    expect(settings).toEqual(defaultSettings());
    expect(resets.map((r) => r.key).sort()).toEqual([
      'disabledSites',
      'enabled',
      'extraPhrases',
      'historyLimit',
      'hybridBand',
    ]);
  });

  it('falls back to defaults when storage cannot be read', async () => {
    sync().failNext('read', 'sync is off');
    expect(await readSettings()).toEqual({
      settings: defaultSettings(),
      resets: [],
      readError: 'sync is off',
    });
  });

  it('reads from an injected area', async () => {
    fakeBrowser.storage.local.seed({ theme: 'dark' });
    expect((await readSettings(fakeBrowser.storage.local)).settings.theme).toBe('dark');
  });
});

describe('saveSettings', () => {
  it('stores each key as its own item and the phrase poles apart', async () => {
    const extraPhrases = { external: [{ phrase: 'platform', weight: 2 }], internal: [] };
    expect(await saveSettings({ theme: 'dark', extraPhrases })).toEqual({ ok: true });
    expect(sync().dump()).toEqual({
      theme: 'dark',
      extraPhrasesExternal: extraPhrases.external,
      extraPhrasesInternal: [],
    });
    expect((await readSettings()).settings.extraPhrases).toEqual(extraPhrases);
  });

  it('refuses an invalid value and writes nothing', async () => {
    const result = await saveSetting('hybridBand', 0.9);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', key: 'hybridBand' } });
    expect(sync().writes).toEqual([]);
  });

  it('ignores keys that are not settings', async () => {
    await saveSettings({ enabled: false, bogus: 1 } as never);
    expect(sync().dump()).toEqual({ enabled: false });
  });

  it('returns a quota error for an item over 8192 bytes before calling storage', async () => {
    const sites = Array.from({ length: 200 }, (_, i) => `a-rather-long-hostname-number-${i}.example.com`);
    const result = await saveSetting('disabledSites', sites);
    expect(result).toMatchObject({ ok: false, error: { code: 'quota-item', key: 'disabledSites' } });
    expect(sync().writes).toEqual([]);
  });

  it('turns a quota error thrown by storage into a result', async () => {
    sync().failNext('write', 'QUOTA_BYTES_PER_ITEM quota exceeded');
    expect(await saveSetting('theme', 'light')).toEqual({
      ok: false,
      error: { code: 'quota-item', key: 'theme', detail: 'QUOTA_BYTES_PER_ITEM quota exceeded' },
    });
  });

  it.each([
    ['QUOTA_BYTES quota exceeded', 'quota-total'],
    ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', 'quota-rate'],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', 'quota-total'],
    ['something odd', 'unknown'],
  ])('classifies %s as %s', async (message, code) => {
    sync().failNext('write', message);
    expect(await saveSettings({ theme: 'light', enabled: true })).toMatchObject({
      ok: false,
      error: { code },
    });
  });

  it('hits the fake total quota as a clear error too', async () => {
    sync().quota = { total: 50 };
    expect(await saveSetting('disabledSites', ['linkedin', 'greenhouse', 'lever', 'ashby'])).toMatchObject({
      ok: false,
      error: { code: 'quota-total' },
    });
  });
});

describe('helpers', () => {
  it('resetSettings removes every setting but keeps the schema version', async () => {
    sync().seed({ theme: 'dark', extraPhrasesInternal: [], schemaVersion: 1 });
    expect(await resetSettings()).toEqual({ ok: true });
    expect(sync().dump()).toEqual({ schemaVersion: 1 });
  });

  it('resetSettings reports a failing storage', async () => {
    sync().failNext('write', 'boom');
    expect(await resetSettings()).toMatchObject({ ok: false, error: { code: 'unknown' } });
  });

  it('rememberCollapsed and setSiteDisabled update one entry', async () => {
    await rememberCollapsed('LinkedIn', true);
    await rememberCollapsed('lever', false);
    await setSiteDisabled('greenhouse', true);
    await setSiteDisabled('jobs.example.com', true);
    await setSiteDisabled('greenhouse', false);
    const { settings } = await readSettings();
    expect(settings.collapsedBySite).toEqual({ linkedin: true, lever: false });
    expect(settings.disabledSites).toEqual(['jobs.example.com']);
  });

  it('isSiteEnabled honours the global switch, site ids and hostnames', () => {
    const settings = { ...defaultSettings(), disabledSites: ['lever', 'jobs.example.com'] };
    expect(isSiteEnabled(settings, 'linkedin', 'www.linkedin.com')).toBe(true);
    expect(isSiteEnabled(settings, 'lever')).toBe(false);
    expect(isSiteEnabled(settings, 'generic', 'JOBS.example.com')).toBe(false);
    expect(isSiteEnabled({ ...settings, enabled: false }, 'linkedin')).toBe(false);
  });

  it('toClassifierSettings picks the classifier keys and copies them', () => {
    const settings = defaultSettings();
    settings.extraPhrases.external.push({ phrase: 'platform', weight: 2 });
    const classifier = toClassifierSettings(settings);
    expect(classifier).toEqual({
      hybridBand: DEFAULT_SETTINGS.hybridBand,
      extraPhrases: { external: [{ phrase: 'platform', weight: 2 }], internal: [] },
      disabledCategories: [],
    });
    classifier.extraPhrases.external.length = 0;
    expect(settings.extraPhrases.external).toHaveLength(1);
  });
});

describe('watchSettings', () => {
  it('calls back with fresh settings and the changed keys', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((result, changed) => seen.push([result.settings.theme, changed]));
    await saveSettings({ theme: 'dark', extraPhrases: { external: [], internal: [] } });
    await settle();
    expect(seen).toEqual([['dark', ['theme', 'extraPhrases']]]);
    stop();
    await saveSetting('theme', 'light');
    await settle();
    expect(seen).toHaveLength(1);
  });

  it('listens to the settings area alone, so a content script is never handed another area’s changes', () => {
    const all = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    const settingsArea = vi.spyOn(sync().onChanged, 'addListener');
    const stop = watchSettings(() => undefined);
    expect(all).not.toHaveBeenCalled();
    expect(settingsArea).toHaveBeenCalledTimes(1);
    stop();
  });

  it('ignores other areas and foreign keys', async () => {
    const callback = vi.fn();
    watchSettings(callback);
    await fakeBrowser.storage.local.set({ theme: 'dark' });
    await sync().set({ unrelated: 1 });
    await settle();
    expect(callback).not.toHaveBeenCalled();
  });

  it('delivers only the newest of overlapping reads', async () => {
    let reads = 0;
    const slowFirstRead = {
      set: (items: Record<string, unknown>) => sync().set(items),
      remove: (keys: string | string[]) => sync().remove(keys),
      async get(keys?: null | string | string[]) {
        const first = ++reads === 1;
        const items = await sync().get(keys);
        if (first) await new Promise((resolve) => setTimeout(resolve, 20));
        return items;
      },
    };
    const themes: string[] = [];
    watchSettings((result) => themes.push(result.settings.theme), { area: slowFirstRead });
    await saveSetting('theme', 'dark');
    await settle();
    await saveSetting('theme', 'light');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(reads).toBe(2);
    expect(themes).toEqual(['light']);
  });
});
