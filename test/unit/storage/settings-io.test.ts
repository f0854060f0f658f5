import { describe, expect, it } from 'vitest';
import type { Migration } from '../../../src/storage/migrations';
import { exportSettings, parseSettingsImport } from '../../../src/storage/settings-io';
import { defaultSettings, SCHEMA_VERSION } from '../../../src/storage/settings-schema';

const file = (settings: unknown, schemaVersion: unknown = SCHEMA_VERSION, rolelens: unknown = 'settings') =>
  JSON.stringify({ rolelens, schemaVersion, settings });

describe('exportSettings', () => {
  it('writes pretty JSON with the marker and version', () => {
    const text = exportSettings(defaultSettings());
    expect(text).toContain('\n  "rolelens": "settings",\n  "schemaVersion": 1,');
    expect(JSON.parse(text)).toEqual({
      rolelens: 'settings',
      schemaVersion: SCHEMA_VERSION,
      settings: defaultSettings(),
    });
  });

  it('round-trips through import without warnings', () => {
    const settings = { ...defaultSettings(), theme: 'dark' as const, disabledSites: ['lever'] };
    settings.extraPhrases.internal.push({ phrase: 'one-on-ones', weight: 1.5 });
    expect(parseSettingsImport(exportSettings(settings))).toEqual({ ok: true, settings, warnings: [] });
  });
});

describe('parseSettingsImport refuses invalid files with a clear error', () => {
  it.each([
    ['not JSON', 'hello', 'not-json', 'not valid JSON'],
    ['empty', '', 'not-json', 'not valid JSON'],
    ['a JSON array', '[1,2]', 'wrong-marker', 'not a RoleLens settings file'],
    ['JSON null', 'null', 'wrong-marker', 'not a RoleLens settings file'],
    ['another marker', file({}, 1, 'history'), 'wrong-marker', 'not a RoleLens settings file'],
    ['no marker', JSON.stringify({ schemaVersion: 1, settings: {} }), 'wrong-marker', 'not a RoleLens'],
    [
      'no version',
      JSON.stringify({ rolelens: 'settings', settings: {} }),
      'bad-version',
      'no valid schema version',
    ],
    ['a string version', file({}, '1'), 'bad-version', 'no valid schema version'],
    ['a future version', file({}, SCHEMA_VERSION + 1), 'future-version', `version ${SCHEMA_VERSION + 1}`],
    ['settings as a list', file([]), 'wrong-types', '"settings" is not an object'],
    ['settings missing', file(undefined), 'wrong-types', '"settings" is not an object'],
    ['a wrong type', file({ enabled: 'yes' }), 'invalid-values', '(RoleLens on)'],
    ['values out of range', file({ hybridBand: 2, theme: 'neon' }), 'invalid-values', '(Theme, Hybrid band)'],
    ['a huge file', ' '.repeat(1_000_001), 'too-large', 'too large'],
  ])('%s', (_, text, code, phrase) => {
    const result = parseSettingsImport(text);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? '' : result.error).toContain(phrase);
  });

  it('uses the given translator', () => {
    expect(parseSettingsImport('x', (key) => `[${key}]`)).toEqual({
      ok: false,
      code: 'not-json',
      error: '[importErrorNotJson]',
    });
  });
});

describe('parseSettingsImport accepts valid files', () => {
  it('fills missing keys with defaults', () => {
    expect(parseSettingsImport(file({ track: 'cto' }))).toEqual({
      ok: true,
      settings: { ...defaultSettings(), track: 'cto' },
      warnings: [],
    });
  });

  it('repairs lists and ignores unknown keys, with warnings', () => {
    const result = parseSettingsImport(file({ disabledSites: ['lever', 'lever', 7], colour: 'red' }));
    expect(result).toEqual({
      ok: true,
      settings: { ...defaultSettings(), disabledSites: ['lever'] },
      warnings: [
        'Sites where RoleLens is off: duplicate entries were dropped.',
        'Sites where RoleLens is off: some entries were invalid and were dropped.',
        'Ignored an unknown setting: colour',
      ],
    });
  });

  it('migrates an older file (version 0 drops keys v1 does not know)', () => {
    const result = parseSettingsImport(file({ theme: 'light', legacy: true }, 0));
    expect(result).toEqual({
      ok: true,
      settings: { ...defaultSettings(), theme: 'light' },
      warnings: ['Upgraded from settings version 0.'],
    });
  });

  it('runs injected migrations on older files', () => {
    const migrations: Migration[] = [
      { version: 1, name: 'side', migrate: ({ side, ...rest }) => ({ ...rest, panelSide: side }) },
    ];
    const result = parseSettingsImport(file({ side: 'left' }, 0), undefined, migrations);
    expect(result.ok && result.settings.panelSide).toBe('left');
  });
});
