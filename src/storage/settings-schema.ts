// The settings schema: one typed defaults object; every other settings type is derived from it.

import { DEFAULT_CLASSIFIER_SETTINGS } from '../classifier/settings';
import type { ExtraPhrase } from '../classifier/types';

export type PanelStart = 'open' | 'collapsed';
export type PanelSide = 'right' | 'left';
export type Theme = 'system' | 'light' | 'dark';
/** The user's own track, so the panel can say whether a posting fits them. */
export type Track = 'cto' | 'vpeng' | 'either';

export const PANEL_STARTS: readonly PanelStart[] = ['open', 'collapsed'];
export const PANEL_SIDES: readonly PanelSide[] = ['right', 'left'];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export const TRACKS: readonly Track[] = ['cto', 'vpeng', 'either'];

/** Bump with a new entry in MIGRATIONS whenever stored data must change shape. */
export const SCHEMA_VERSION = 2;

export const LIMITS = {
  hybridBand: { min: 0.05, max: 0.4 },
  historyLimit: { min: 10, max: 5000 },
  phrase: { minChars: 2, maxChars: 60, maxPerPole: 50 },
  weight: { min: 0.1, max: 5 },
  /** At most this many entries per list; each list is also held to syncItemBytes. */
  maxSites: 200,
  maxCategories: 100,
  /** Chrome's storage.sync.QUOTA_BYTES_PER_ITEM (key plus JSON value); Firefox allows more, so the stricter rules. */
  syncItemBytes: 8192,
} as const;

const defaults = {
  enabled: true,
  /** Site adapter ids ('linkedin') and, for the generic analyser, hostnames. */
  disabledSites: [] as string[],
  highlights: true,
  /** Whether matches of the user's own phrases are highlighted too: the page can read every highlighted word. */
  highlightOwnPhrases: false,
  panelStart: 'open' as PanelStart,
  panelSide: 'right' as PanelSide,
  /** The panel's collapse choice, remembered per site id or hostname. */
  collapsedBySite: {} as Record<string, boolean>,
  theme: 'system' as Theme,
  /** Half-width of the hybrid band around 0.5 external share: the classifier's fitted default. */
  hybridBand: DEFAULT_CLASSIFIER_SETTINGS.hybridBand,
  extraPhrases: { external: [] as ExtraPhrase[], internal: [] as ExtraPhrase[] },
  disabledCategories: [] as string[],
  track: 'either' as Track,
  historyEnabled: true,
  historyLimit: 500,
};

export type Settings = typeof defaults;
export type SettingKey = keyof Settings;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Frozen so no caller can change the defaults by accident; use defaultSettings() for a mutable copy. */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze(defaults);

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

export function defaultSettings(): Settings {
  return structuredClone(defaults);
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(DEFAULT_SETTINGS, key);
}
