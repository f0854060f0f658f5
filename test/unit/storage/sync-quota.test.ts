// Lists in storage.sync are held to the bytes of one sync item, not only to a count, and the panel's collapse
// choices make way least recently used first, so remembering never stops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemBytes } from '../../../src/storage/area';
import { readSettings, rememberCollapsed, saveSetting } from '../../../src/storage/settings';
import { decodeStored, encodeSettings } from '../../../src/storage/settings-codec';
import { exportSettings, parseSettingsImport } from '../../../src/storage/settings-io';
import { LIMITS } from '../../../src/storage/settings-schema';
import { validateSetting } from '../../../src/storage/settings-validate';
import { fakeBrowser } from '../fakes/browser';

const sync = () => fakeBrowser.storage.sync;
// The longest hostname a site entry may be: 253 characters.
const host = (i: number) => `${String(i).padStart(4, '0')}-${'a'.repeat(240)}.example`;

describe('collapse choices', () => {
  it('are remembered on every one of 300 long-named sites, the least recently used making way', async () => {
    for (let i = 0; i < 300; i++) {
      expect(await rememberCollapsed(host(i), i % 2 === 0)).toEqual({ ok: true });
      // Going back to the first site keeps it among the recent ones.
      if (i % 10 === 9) expect(await rememberCollapsed(host(0), true)).toEqual({ ok: true });
    }
    const { settings, resets } = await readSettings();
    const sites = Object.keys(settings.collapsedBySite);
    expect(resets).toEqual([]);
    expect(sites.at(-1)).toBe(host(0));
    expect(sites).toContain(host(299));
    expect(sites).not.toContain(host(1));
    expect(itemBytes('collapsedBySite', sync().dump().collapsedBySite)).toBeLessThanOrEqual(8192);
  });

  it('keep their order through storage, which may sort an object’s keys', () => {
    const choices = { 'z.example': true, 'a.example': false, 'm.example': true };
    const stored = encodeSettings({ collapsedBySite: choices });
    const sorted = JSON.parse(JSON.stringify(stored, Object.keys(stored).sort()));
    expect(Object.keys(decodeStored(sorted).collapsedBySite as object)).toEqual(Object.keys(choices));
    // Storage written by earlier versions held the record itself.
    expect(decodeStored({ collapsedBySite: choices }).collapsedBySite).toEqual(choices);
  });
});

describe('site lists by bytes', () => {
  it('any list of sites the validator keeps fits one sync item', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,251}[a-z0-9]$/), { maxLength: 250 }),
        (sites) => {
          const kept = validateSetting('disabledSites', sites).value;
          expect(itemBytes('disabledSites', kept)).toBeLessThanOrEqual(8192);
          const choices = Object.fromEntries(sites.map((s) => [s, true]));
          const stored = encodeSettings({
            collapsedBySite: validateSetting('collapsedBySite', choices).value,
          });
          expect(itemBytes('collapsedBySite', stored.collapsedBySite)).toBeLessThanOrEqual(8192);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('an imported file with 200 long sites is cut with a warning, and the result saves', async () => {
    const disabledSites = Array.from({ length: LIMITS.maxSites }, (_, i) => host(i));
    const text = exportSettings({ ...(await readSettings()).settings, disabledSites });
    const imported = parseSettingsImport(text);
    expect(imported.ok && imported.warnings).toEqual([
      'Sites where RoleLens is off: there were too many entries; the extra ones were dropped.',
    ]);
    if (!imported.ok) return;
    expect(imported.settings.disabledSites).toEqual(
      disabledSites.slice(0, imported.settings.disabledSites.length),
    );
    expect(await saveSetting('disabledSites', imported.settings.disabledSites)).toEqual({ ok: true });
  });

  it('one site too many says the list is too large to sync', async () => {
    const disabledSites = Array.from({ length: 40 }, (_, i) => host(i));
    expect(await saveSetting('disabledSites', disabledSites)).toMatchObject({
      ok: false,
      error: { code: 'quota-item', key: 'disabledSites' },
    });
  });
});
