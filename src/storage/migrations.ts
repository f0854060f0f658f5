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

// Version 2's keys: version 1's and the highlighting of the user's own phrases, added while version 1 was current.
const V2_KEYS = [...V1_KEYS, 'highlightOwnPhrases'];

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * Version 1 stored the collapse choices as an object, which sync may hand back sorted by key, so which choice is
 * oldest was lost; version 2 stores [site, collapsed] pairs in the order made and evicts the oldest. Rewritten as
 * pairs, a full version-1 object can pass the item quota (each pair costs two more bytes), and every later choice
 * would then fail to save: keep the last ones that fit, in the order they come.
 */
function collapseChoicesThatFit(choices: unknown): unknown {
  if (typeof choices !== 'object' || choices === null || Array.isArray(choices)) return choices;
  const pairs = Object.entries(choices);
  // Chrome counts the key and the JSON value: `collapsedBySite[p1,p2,…]`; each pair measured once, so it stays linear.
  const sizes = pairs.map((pair) => utf8Bytes(JSON.stringify(pair)) + 1); // and its comma
  let bytes = utf8Bytes('collapsedBySite[]') - 1 + sizes.reduce((a, b) => a + b, 0);
  let first = 0;
  while (first < pairs.length && bytes > 8192) bytes -= sizes[first++] ?? 0;
  return Object.fromEntries(pairs.slice(first));
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'drop-unknown-keys',
    // Development builds left other keys in sync storage; they count against the quota and mean nothing now.
    reads: V1_KEYS,
    migrate: (raw) => Object.fromEntries(Object.entries(raw).filter(([key]) => V1_KEYS.includes(key))),
  },
  {
    version: 2,
    name: 'collapse-choices-as-pairs',
    // Storage writes the choices back as pairs (settings-codec); this only keeps them within one sync item.
    reads: V2_KEYS,
    migrate: (raw) =>
      raw.collapsedBySite === undefined
        ? raw
        : { ...raw, collapsedBySite: collapseChoicesThatFit(raw.collapsedBySite) },
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
