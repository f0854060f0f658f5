import { describe, expect, it } from 'vitest';
import { itemBytes } from '../../../src/storage/area';
import { MIGRATIONS, type Migration, migrateRaw, readVersion } from '../../../src/storage/migrations';
import { runMigrations } from '../../../src/storage/run-migrations';
import { readSettings, rememberCollapsed } from '../../../src/storage/settings';
import { encodeSettings } from '../../../src/storage/settings-codec';
import { LIMITS, SCHEMA_VERSION } from '../../../src/storage/settings-schema';
import { fakeBrowser } from '../fakes/browser';

const sync = () => fakeBrowser.storage.sync;

describe('the migration list', () => {
  it('has unique names and increasing versions ending at SCHEMA_VERSION', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    expect(versions.at(-1)).toBe(SCHEMA_VERSION);
  });
});

describe('1 drop-unknown-keys', () => {
  const migration = MIGRATIONS.find((m) => m.name === 'drop-unknown-keys')!;
  it('keeps the v1 settings, even invalid ones, and drops the rest', () => {
    expect(migration.migrate({ theme: 'neon', enabled: false, oldToggle: true, extraPhrases: {} })).toEqual({
      theme: 'neon',
      enabled: false,
      extraPhrases: {},
    });
  });
});

describe('2 collapse-choices-as-pairs', () => {
  const migration = MIGRATIONS.find((m) => m.name === 'collapse-choices-as-pairs')!;
  // 200 sites (version 1's count limit) of 32-character hostnames, numbered so their order shows: as an object
  // they fit one sync item, as pairs they do not.
  const host = (i: number) => `${String(i).padStart(4, '0')}-${'a'.repeat(19)}.example`;
  const v1Choices = (count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [host(i), i % 2 === 0]));

  it('reads the key added while version 1 was current, so the user’s choice survives the copy', () => {
    expect(migrateRaw({ highlightOwnPhrases: true, theme: 'dark' }, 1).raw).toEqual({
      highlightOwnPhrases: true,
      theme: 'dark',
    });
  });

  it('keeps the newest choices that fit one sync item once stored as pairs', () => {
    const old = v1Choices(200);
    expect(itemBytes('collapsedBySite', old)).toBeLessThanOrEqual(LIMITS.syncItemBytes);
    expect(itemBytes('collapsedBySite', Object.entries(old))).toBeGreaterThan(LIMITS.syncItemBytes);
    const kept = migration.migrate({ collapsedBySite: old }).collapsedBySite as Record<string, boolean>;
    const stored = encodeSettings({ collapsedBySite: kept }).collapsedBySite;
    expect(itemBytes('collapsedBySite', stored)).toBeLessThanOrEqual(LIMITS.syncItemBytes);
    const count = Object.keys(kept).length;
    expect(Object.keys(kept)).toEqual(Object.keys(old).slice(200 - count));
    // Only as many as must go: one more would not fit.
    const oneMore = Object.entries(old).slice(200 - count - 1);
    expect(itemBytes('collapsedBySite', oneMore)).toBeGreaterThan(LIMITS.syncItemBytes);
    expect(count).toBeGreaterThan(150);
  });

  it('leaves choices that fit, and values that are not choices, to validation as they are', () => {
    expect(migration.migrate({ collapsedBySite: v1Choices(3) })).toEqual({ collapsedBySite: v1Choices(3) });
    expect(migration.migrate({ collapsedBySite: 'junk' })).toEqual({ collapsedBySite: 'junk' });
    expect(migration.migrate({ theme: 'dark' })).toEqual({ theme: 'dark' });
  });

  it('takes a stored version-1 object to pairs that a later choice can still be added to', async () => {
    sync().seed({
      schemaVersion: 1,
      collapsedBySite: v1Choices(200),
      highlightOwnPhrases: true,
      theme: 'dark',
    });
    expect(await runMigrations()).toEqual({ from: 1, to: 2, applied: ['collapse-choices-as-pairs'] });
    const stored = sync().dump();
    expect(stored.schemaVersion).toBe(2);
    expect(stored.highlightOwnPhrases).toBe(true);
    const pairs = stored.collapsedBySite as [string, boolean][];
    expect(pairs).toEqual(Object.entries(v1Choices(200)).slice(200 - pairs.length));
    expect(itemBytes('collapsedBySite', pairs)).toBeLessThanOrEqual(LIMITS.syncItemBytes);
    expect(await rememberCollapsed('lever', true)).toEqual({ ok: true });
    const { settings, resets } = await readSettings();
    expect(resets).toEqual([]);
    expect(Object.keys(settings.collapsedBySite).at(-1)).toBe('lever');
  });
});

describe('migrateRaw', () => {
  const log: Migration[] = [
    { version: 2, name: 'b', reads: ['a'], migrate: (raw) => ({ ...raw, b: true }) },
    { version: 1, name: 'a', reads: [], migrate: (raw) => ({ ...raw, a: true }) },
    { version: 3, name: 'c', reads: ['a', 'b'], migrate: (raw) => ({ ...raw, c: true }) },
  ];
  it('runs pending migrations in version order', () => {
    expect(migrateRaw({}, 0, log, 3)).toEqual({
      raw: { a: true, b: true, c: true },
      version: 3,
      applied: ['a', 'b', 'c'],
    });
    expect(migrateRaw({}, 1, log, 2)).toEqual({ raw: { b: true }, version: 2, applied: ['b'] });
  });

  it('does not mutate its input', () => {
    const raw = { list: [1] };
    migrateRaw(
      raw,
      0,
      [
        {
          version: 1,
          name: 'm',
          reads: ['list'],
          migrate: (r) => {
            (r.list as number[]).push(2);
            return r;
          },
        },
      ],
      1,
    );
    expect(raw).toEqual({ list: [1] });
  });

  it('hands each migration only the keys it reads, so nothing else is copied', () => {
    const seen: string[][] = [];
    const deep: unknown[] = [];
    let inner = deep;
    for (let i = 0; i < 300_000; i++) inner = inner[0] = [] as unknown[];
    const list: Migration[] = [
      {
        version: 1,
        name: 'one',
        reads: ['theme'],
        migrate: (r) => {
          seen.push(Object.keys(r));
          return r;
        },
      },
    ];
    const outcome = migrateRaw({ theme: 'dark', junk: deep, ['__proto__']: 1 }, 0, list, 1);
    expect(seen).toEqual([['theme']]);
    expect(outcome.raw).toEqual({ theme: 'dark' });
  });

  it('reads versions defensively', () => {
    expect([
      readVersion(2),
      readVersion('2'),
      readVersion(-1),
      readVersion(1.5),
      readVersion(undefined),
    ]).toEqual([2, 0, 0, 0, 0]);
  });
});

describe('runMigrations', () => {
  it('marks a fresh install with the current version', async () => {
    expect(await runMigrations()).toEqual({
      from: 0,
      to: SCHEMA_VERSION,
      applied: ['drop-unknown-keys', 'collapse-choices-as-pairs'],
    });
    expect(sync().dump()).toEqual({ schemaVersion: SCHEMA_VERSION });
  });

  it('tidies pre-version storage and keeps the settings', async () => {
    sync().seed({
      theme: 'dark',
      legacyFlag: true,
      extraPhrasesExternal: [{ phrase: 'platform', weight: 1 }],
    });
    await runMigrations();
    expect(sync().dump()).toEqual({
      theme: 'dark',
      extraPhrasesExternal: [{ phrase: 'platform', weight: 1 }],
      extraPhrasesInternal: [],
      schemaVersion: SCHEMA_VERSION,
    });
  });

  it('does nothing when already current', async () => {
    sync().seed({ schemaVersion: SCHEMA_VERSION, stray: 1 });
    expect(await runMigrations()).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION, applied: [] });
    expect(sync().writes).toEqual([]);
  });

  it('leaves data from a newer version alone', async () => {
    sync().seed({ schemaVersion: 99, theme: 'dark' });
    expect(await runMigrations()).toEqual({ from: 99, to: 99, applied: [], future: true });
    expect(sync().writes).toEqual([]);
  });

  it('runs only the pending migrations of an injected list and renames a key', async () => {
    const list: Migration[] = [
      ...MIGRATIONS,
      {
        version: SCHEMA_VERSION + 1,
        name: 'rename-side',
        reads: ['side', 'theme'],
        migrate: ({ side, ...rest }) => (side === undefined ? rest : { ...rest, panelSide: side }),
      },
    ];
    const next = SCHEMA_VERSION + 1;
    sync().seed({ schemaVersion: SCHEMA_VERSION, side: 'left' });
    expect(await runMigrations(sync(), list, next)).toEqual({
      from: SCHEMA_VERSION,
      to: next,
      applied: ['rename-side'],
    });
    expect(sync().dump()).toEqual({ schemaVersion: next, panelSide: 'left' });
  });

  it('changes nothing when a migration throws', async () => {
    const list: Migration[] = [
      {
        version: 1,
        name: 'broken',
        reads: [],
        migrate: () => {
          throw new Error('bad data');
        },
      },
    ];
    sync().seed({ theme: 'dark' });
    expect(await runMigrations(sync(), list, 1)).toEqual({ from: 0, to: 0, applied: [], error: 'bad data' });
    expect(sync().dump()).toEqual({ theme: 'dark' });
  });

  it('reports a quota error instead of throwing', async () => {
    sync().failNext('write', 'QUOTA_BYTES quota exceeded');
    expect(await runMigrations()).toMatchObject({ error: 'QUOTA_BYTES quota exceeded', applied: [] });
  });
});
