// Named, ordered migrations of stored settings; each is frozen in time and never edited once released.

import { SCHEMA_VERSION } from './settings-schema';

export type RawSettings = Record<string, unknown>;

export interface Migration {
  /** The schema version this migration produces. */
  version: number;
  name: string;
  /** The keys of version - 1 it reads: only these are copied in, so a file's other keys cannot trip the copy. */
  reads: readonly string[];
  /** Pure: takes the settings-shaped record of version - 1, returns that of `version`. */
  migrate(raw: RawSettings): RawSettings;
}

// The keys of schema version 1, spelled out: the live schema will grow, this list must not.
const V1_KEYS = [
  'enabled',
  'disabledSites',
  'highlights',
  'panelStart',
  'panelSide',
  'collapsedBySite',
  'theme',
  'hybridBand',
  'extraPhrases',
  'disabledCategories',
  'track',
  'historyEnabled',
  'historyLimit',
];

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'drop-unknown-keys',
    // Development builds left other keys in sync storage; they count against the quota and mean nothing now.
    reads: V1_KEYS,
    migrate: (raw) => Object.fromEntries(Object.entries(raw).filter(([key]) => V1_KEYS.includes(key))),
  },
];

export interface MigrationOutcome {
  raw: RawSettings;
  version: number;
  applied: string[];
}

/** A copy of the named own keys of `raw`, and nothing else. */
function pick(raw: RawSettings, keys: readonly string[]): RawSettings {
  const copy: RawSettings = {};
  for (const key of keys) if (Object.hasOwn(raw, key)) copy[key] = structuredClone(raw[key]);
  return copy;
}

/** Runs every migration above `from`, in version order, up to `to`. */
export function migrateRaw(
  raw: RawSettings,
  from: number,
  migrations: readonly Migration[] = MIGRATIONS,
  to: number = SCHEMA_VERSION,
): MigrationOutcome {
  const pending = migrations
    .filter((m) => m.version > from && m.version <= to)
    .sort((a, b) => a.version - b.version);
  let current = raw;
  const applied: string[] = [];
  for (const migration of pending) {
    current = migration.migrate(pick(current, migration.reads));
    applied.push(migration.name);
  }
  return { raw: current, version: Math.max(from, to), applied };
}

/** A stored or imported version marker; absent or malformed means "before versioning" (0). */
export function readVersion(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}
