// Reading, writing, resetting and watching settings in storage.sync; every read is validated.

import browser from 'webextension-polyfill';
import type { ClassifierSettings } from '../classifier/types';
import { classifyWriteError, itemBytes, type StorageAreaLike, type WriteResult } from './area';
import { decodeStored, encodeSettings, settingKeyOf, storageKeysOf } from './settings-codec';
import { LIMITS, SETTING_KEYS, type SettingKey, type Settings } from './settings-schema';
import {
  newestCollapseChoices,
  type SettingReset,
  validateSetting,
  validateSettings,
} from './settings-validate';

/** Chrome's storage.sync.QUOTA_BYTES_PER_ITEM; Firefox allows more, so the stricter one rules. */
export const SYNC_ITEM_QUOTA = LIMITS.syncItemBytes;

export interface ReadSettingsResult {
  settings: Settings;
  /** What was reset to its default and why, for the options page to tell the user. */
  resets: SettingReset[];
  /** Set when storage itself could not be read; settings are then the defaults. */
  readError?: string;
}

const syncArea = (): StorageAreaLike => browser.storage.sync;

export async function readSettings(area: StorageAreaLike = syncArea()): Promise<ReadSettingsResult> {
  let items: Record<string, unknown>;
  try {
    items = (await area.get(null)) ?? {};
  } catch (err) {
    const { settings } = validateSettings({});
    return { settings, resets: [], readError: err instanceof Error ? err.message : String(err) };
  }
  const { settings, resets } = validateSettings(decodeStored(items));
  return { settings, resets };
}

/** Validates and writes the given keys only; never throws, quota and invalid values come back as errors. */
export async function saveSettings(
  patch: Partial<Settings>,
  area: StorageAreaLike = syncArea(),
): Promise<WriteResult> {
  const clean: Partial<Record<SettingKey, unknown>> = {};
  for (const key of Object.keys(patch) as SettingKey[]) {
    if (!SETTING_KEYS.includes(key)) continue;
    const checked = validateSetting(key, patch[key]);
    if (checked.reasons.length > 0 || patch[key] === undefined) {
      // A list that is only too long would not fit its sync item: say so, as storage would.
      const tooLong = checked.reasons.length > 0 && checked.reasons.every((r) => r === 'too-many-items');
      return {
        ok: false,
        error: {
          code: tooLong ? 'quota-item' : 'invalid',
          key,
          detail: checked.reasons.join(', ') || 'undefined',
        },
      };
    }
    clean[key] = checked.value;
  }
  const items = encodeSettings(clean as Partial<Settings>);
  for (const [storageKey, value] of Object.entries(items)) {
    if (itemBytes(storageKey, value) > SYNC_ITEM_QUOTA) {
      const key = settingKeyOf(storageKey);
      return {
        ok: false,
        error: { code: 'quota-item', key, detail: `${storageKey} exceeds QUOTA_BYTES_PER_ITEM` },
      };
    }
  }
  if (Object.keys(items).length === 0) return { ok: true };
  try {
    await area.set(items);
    return { ok: true };
  } catch (err) {
    const keys = Object.keys(clean);
    return { ok: false, error: classifyWriteError(err, keys.length === 1 ? keys[0] : undefined) };
  }
}

export function saveSetting<K extends SettingKey>(
  key: K,
  value: Settings[K],
  area?: StorageAreaLike,
): Promise<WriteResult> {
  return saveSettings({ [key]: value } as Partial<Settings>, area);
}

/** Removes every stored setting so defaults apply; the schema version stays. */
export async function resetSettings(area: StorageAreaLike = syncArea()): Promise<WriteResult> {
  try {
    await area.remove(SETTING_KEYS.flatMap(storageKeysOf));
    return { ok: true };
  } catch (err) {
    return { ok: false, error: classifyWriteError(err) };
  }
}

/**
 * Remembers the panel's collapse choice for one site (adapter id or hostname) as the most recent one; the least
 * recently used choices make way when the list would outgrow its sync item.
 */
export async function rememberCollapsed(
  site: string,
  collapsed: boolean,
  area: StorageAreaLike = syncArea(),
): Promise<WriteResult> {
  const { settings } = await readSettings(area);
  const id = site.toLowerCase();
  const others = Object.entries(settings.collapsedBySite).filter(([known]) => known !== id);
  return saveSetting('collapsedBySite', newestCollapseChoices([...others, [id, collapsed]]), area);
}

/** Switches RoleLens off or on for one site (adapter id or hostname). */
export async function setSiteDisabled(
  site: string,
  disabled: boolean,
  area: StorageAreaLike = syncArea(),
): Promise<WriteResult> {
  const { settings } = await readSettings(area);
  const id = site.toLowerCase();
  const others = settings.disabledSites.filter((s) => s !== id);
  return saveSetting('disabledSites', disabled ? [...others, id] : others, area);
}

/** Whether RoleLens runs on a page of this adapter id and hostname. */
export function isSiteEnabled(settings: Settings, siteId: string, hostname?: string): boolean {
  if (!settings.enabled) return false;
  const off = settings.disabledSites;
  return !off.includes(siteId.toLowerCase()) && !(hostname && off.includes(hostname.toLowerCase()));
}

export function toClassifierSettings(settings: Settings): ClassifierSettings {
  return {
    hybridBand: settings.hybridBand,
    extraPhrases: structuredClone(settings.extraPhrases),
    disabledCategories: [...settings.disabledCategories],
  };
}

export interface WatchOptions {
  area?: StorageAreaLike;
  /** The settings area's own change event: listening to `storage.onChanged` would bring every area's changes. */
  onChanged?: SettingsChangeEvent;
}

/** `browser.storage.sync.onChanged`: the changes of the settings area only. */
export interface SettingsChangeEvent {
  addListener(listener: (changes: Record<string, unknown>) => void): void;
  removeListener(listener: (changes: Record<string, unknown>) => void): void;
}

const OUR_STORAGE_KEYS = new Set(SETTING_KEYS.flatMap(storageKeysOf));

/**
 * Calls back with fresh validated settings whenever a setting changes in any context; returns the unsubscribe.
 * It hears the settings area only, so a content script is never handed what other areas hold.
 */
export function watchSettings(
  callback: (result: ReadSettingsResult, changed: SettingKey[]) => void,
  options: WatchOptions = {},
): () => void {
  const area = options.area ?? syncArea();
  const event: SettingsChangeEvent = options.onChanged ?? browser.storage.sync.onChanged;
  let latest = 0; // a slow read must not overwrite the result of a newer one
  const listener = (changes: Record<string, unknown>) => {
    const changed = [
      ...new Set(
        Object.keys(changes)
          .filter((k) => OUR_STORAGE_KEYS.has(k))
          .map(settingKeyOf),
      ),
    ];
    if (changed.length === 0) return;
    const ticket = ++latest;
    void readSettings(area).then((result) => {
      if (ticket === latest) callback(result, changed as SettingKey[]);
    });
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
