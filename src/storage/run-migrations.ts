// Brings stored settings up to SCHEMA_VERSION; the background calls it on install and update.

import browser from 'webextension-polyfill';
import { classifyWriteError, type StorageAreaLike } from './area';
import { MIGRATIONS, type Migration, migrateRaw, readVersion } from './migrations';
import { decodeStored, encodeSettings, VERSION_KEY } from './settings-codec';
import { SCHEMA_VERSION, type Settings } from './settings-schema';

export interface MigrationRunResult {
  from: number;
  to: number;
  /** Names of the migrations that ran, in order. */
  applied: string[];
  /** Stored data is from a newer RoleLens (a downgrade): left untouched; reads still validate. */
  future?: boolean;
  /** Storage failed or a migration threw; storage is then unchanged or only partly tidied, never corrupted. */
  error?: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export async function runMigrations(
  area: StorageAreaLike = browser.storage.sync,
  migrations: readonly Migration[] = MIGRATIONS,
  to: number = SCHEMA_VERSION,
): Promise<MigrationRunResult> {
  let from = 0;
  try {
    const items = (await area.get(null)) ?? {};
    from = readVersion(items[VERSION_KEY]);
    if (from > to) return { from, to: from, applied: [], future: true };
    if (from === to) return { from, to, applied: [] };
    const outcome = migrateRaw(decodeStored(items), from, migrations, to);
    const next = encodeSettings(outcome.raw as Partial<Settings>);
    const toSet: Record<string, unknown> = { [VERSION_KEY]: outcome.version };
    for (const [key, value] of Object.entries(next)) {
      if (value !== undefined && !same(value, items[key])) toSet[key] = value;
    }
    const toRemove = Object.keys(items).filter((key) => key !== VERSION_KEY && next[key] === undefined);
    // Values and version first: if the removal then fails, leftovers are only ignored keys.
    await area.set(toSet);
    if (toRemove.length > 0) await area.remove(toRemove);
    return { from, to: outcome.version, applied: outcome.applied };
  } catch (err) {
    return { from, to: from, applied: [], error: classifyWriteError(err).detail };
  }
}
