import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Migration } from '../../../src/storage/migrations';
import {
  exportSettings,
  importSettingsFile,
  MAX_IMPORT_BYTES,
  parseSettingsImport,
} from '../../../src/storage/settings-io';
import { defaultSettings, SCHEMA_VERSION } from '../../../src/storage/settings-schema';

const file = (settings: unknown, schemaVersion: unknown = SCHEMA_VERSION, rolelens: unknown = 'settings') =>
  JSON.stringify({ rolelens, schemaVersion, settings });

describe('exportSettings', () => {
  it('writes pretty JSON with the marker and version', () => {
    const text = exportSettings(defaultSettings());
    expect(text).toContain(`\n  "rolelens": "settings",\n  "schemaVersion": ${SCHEMA_VERSION},`);
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
      {
        version: 1,
        name: 'side',
        reads: ['side'],
        migrate: ({ side, ...rest }) => ({ ...rest, panelSide: side }),
      },
    ];
    const result = parseSettingsImport(file({ side: 'left' }, 0), undefined, migrations);
    expect(result.ok && result.settings.panelSide).toBe('left');
  });
});

// An array nested `depth` levels deep, written out as JSON text.
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const withSettingsText = (settingsJson: string, version: number) =>
  `{"rolelens":"settings","schemaVersion":${version},"settings":${settingsJson}}`;

describe('parseSettingsImport reports every failure as a value', () => {
  it('refuses a 300,000-deep nested array with a clear message, wherever it sits', () => {
    for (const text of [
      withSettingsText(`{"theme":"dark","junk":${nested(300_000)}}`, 0),
      withSettingsText(`{"extraPhrases":${nested(300_000)}}`, 0),
      withSettingsText(`{"enabled":${nested(300_000)}}`, 1),
      nested(300_000),
    ]) {
      expect(parseSettingsImport(text)).toEqual({
        ok: false,
        code: 'too-deep',
        error: 'This file nests values far deeper than a RoleLens settings file does. Nothing was imported.',
      });
    }
  });

  it('any nesting depth, under any key, at any version: a result, never a throw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.constantFrom('theme', 'extraPhrases', 'collapsedBySite', 'junk'),
        fc.integer({ min: 0, max: SCHEMA_VERSION }),
        (depth, key, version) => {
          const result = parseSettingsImport(withSettingsText(`{"${key}":${nested(depth)}}`, version));
          expect(result.ok || result.error.length > 0).toBe(true);
          if (depth + 2 > 16) expect(result).toMatchObject({ ok: false, code: 'too-deep' });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('brackets inside strings do not count as nesting', () => {
    const phrase = { phrase: 'team lead', weight: 1 };
    const text = JSON.stringify({
      rolelens: 'settings',
      schemaVersion: SCHEMA_VERSION,
      settings: { extraPhrases: { external: [phrase], internal: [] }, note: `"\\${'['.repeat(50)}` },
    });
    expect(parseSettingsImport(text)).toMatchObject({ ok: true });
  });

  it('any text, any JSON: a result, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json({ maxDepth: 6 })), (text) => {
        const result = parseSettingsImport(text);
        expect(result.ok || result.error.length > 0).toBe(true);
      }),
    );
  });

  it('a migration that throws becomes an error message', () => {
    const broken: Migration[] = [
      {
        version: 1,
        name: 'broken',
        reads: [],
        migrate: () => {
          throw new RangeError('Maximum call stack size exceeded');
        },
      },
    ];
    expect(parseSettingsImport(file({}, 0), undefined, broken)).toEqual({
      ok: false,
      code: 'unreadable',
      error: 'This file could not be read (Maximum call stack size exceeded). Nothing was imported.',
    });
  });
});

describe('importSettingsFile', () => {
  it('checks the size before reading the file', async () => {
    const text = vi.fn(async () => exportSettings(defaultSettings()));
    expect(await importSettingsFile({ size: MAX_IMPORT_BYTES + 1, text })).toMatchObject({
      ok: false,
      code: 'too-large',
    });
    expect(text).not.toHaveBeenCalled();
    expect(await importSettingsFile({ size: 300, text })).toMatchObject({ ok: true });
  });

  it('reports a file that cannot be read', async () => {
    const text = () => Promise.reject(new Error('NotReadableError'));
    expect(await importSettingsFile({ size: 10, text })).toEqual({
      ok: false,
      code: 'unreadable',
      error: 'This file could not be read (NotReadableError). Nothing was imported.',
    });
  });
});
