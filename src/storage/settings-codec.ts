// How settings sit in storage.sync: one item per key (8192-byte item quota), the phrase lists split by pole, the
// collapse choices as [site, collapsed] pairs in the order they were made (sync may sort an object's keys).

import type { SettingKey, Settings } from './settings-schema';

export const VERSION_KEY = 'schemaVersion';

// Two 50-phrase lists can pass 8192 bytes together, so each pole is its own item.
const PHRASE_KEYS = { external: 'extraPhrasesExternal', internal: 'extraPhrasesInternal' } as const;

/** The storage items that hold one setting. */
export function storageKeysOf(key: SettingKey): string[] {
  return key === 'extraPhrases' ? [PHRASE_KEYS.external, PHRASE_KEYS.internal] : [key];
}

/** The setting a storage item belongs to, or the item's own name when it is not a setting. */
export function settingKeyOf(storageKey: string): string {
  return storageKey === PHRASE_KEYS.external || storageKey === PHRASE_KEYS.internal
    ? 'extraPhrases'
    : storageKey;
}

export function encodeSettings(settings: Partial<Settings>): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (key === 'extraPhrases') {
      // Migrations hand over raw records, so the value may be anything; a missing pole encodes as undefined.
      const phrases = (typeof value === 'object' && value !== null ? value : {}) as Partial<
        Settings['extraPhrases']
      >;
      items[PHRASE_KEYS.external] = phrases.external;
      items[PHRASE_KEYS.internal] = phrases.internal;
    } else if (
      key === 'collapsedBySite' &&
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value)
    ) {
      items[key] = Object.entries(value);
    } else items[key] = value;
  }
  return items;
}

/** Raw stored items to an unvalidated settings-shaped record; the version marker is left out. */
export function decodeStored(items: Record<string, unknown>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(items)) {
    if (key !== VERSION_KEY && settingKeyOf(key) === key) raw[key] = value;
  }
  if (Array.isArray(items.collapsedBySite)) raw.collapsedBySite = pairsToRecord(items.collapsedBySite);
  if (PHRASE_KEYS.external in items || PHRASE_KEYS.internal in items) {
    raw.extraPhrases = {
      external: items[PHRASE_KEYS.external] ?? [],
      internal: items[PHRASE_KEYS.internal] ?? [],
    };
  }
  return raw;
}

/** Stored [site, collapsed] pairs back to a record in the same order; malformed pairs are left for validation. */
function pairsToRecord(pairs: readonly unknown[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  pairs.forEach((pair, i) => {
    const valid = Array.isArray(pair) && typeof pair[0] === 'string' && pair[0] !== '__proto__';
    // An unusable pair keeps a place the validator reports, instead of vanishing.
    if (valid) record[pair[0] as string] = pair[1];
    else record[` invalid ${i}`] = pair;
  });
  return record;
}
