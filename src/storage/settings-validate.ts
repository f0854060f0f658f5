// Validation of every setting on read: a bad value falls back to its default and the reset is reported.

import type { ExtraPhrase } from '../classifier/types';
import { checkPhraseText, checkWeight, normalizePhrase, phraseIdentity } from './phrases';
import {
  DEFAULT_SETTINGS,
  defaultSettings,
  isSettingKey,
  LIMITS,
  PANEL_SIDES,
  PANEL_STARTS,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  THEMES,
  TRACKS,
} from './settings-schema';

export type ResetReason =
  | 'wrong-type'
  | 'out-of-range'
  | 'not-allowed'
  | 'invalid-items'
  | 'too-many-items'
  | 'duplicates';

export interface SettingReset {
  key: SettingKey;
  reason: ResetReason;
}

interface Checked<T> {
  value: T;
  reasons: ResetReason[];
}

type Validator<T> = (raw: unknown, fallback: T) => Checked<T>;

const ok = <T>(value: T): Checked<T> => ({ value, reasons: [] });
const reset = <T>(fallback: T, reason: ResetReason): Checked<T> => ({
  value: structuredClone(fallback),
  reasons: [reason],
});

// Adapter ids ('linkedin') and hostnames ('careers.example.com'), lower case.
const SITE_ID = /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/;
const CATEGORY_ID = /^[A-Za-z0-9_-]{1,40}$/;

const isPlainObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw);

const bool: Validator<boolean> = (raw, fallback) =>
  typeof raw === 'boolean' ? ok(raw) : reset(fallback, 'wrong-type');

function oneOf<T extends string>(choices: readonly T[]): Validator<T> {
  return (raw, fallback) => {
    if (typeof raw !== 'string') return reset(fallback, 'wrong-type');
    return (choices as readonly string[]).includes(raw) ? ok(raw as T) : reset(fallback, 'not-allowed');
  };
}

function numberIn(min: number, max: number, integer: boolean): Validator<number> {
  return (raw, fallback) => {
    if (typeof raw !== 'number' || !Number.isFinite(raw)) return reset(fallback, 'wrong-type');
    if (raw < min || raw > max || (integer && !Number.isInteger(raw))) return reset(fallback, 'out-of-range');
    return ok(raw);
  };
}

const utf8Bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Bytes a stored list takes in its sync item beyond its items: the key, the brackets. */
const LIST_OVERHEAD = 40;

/**
 * Keeps valid, distinct items up to `max` and, stored as a JSON list, within sync's item quota; reports each kind
 * of loss once.
 */
function cleanList<T>(
  items: readonly unknown[],
  accept: (item: unknown) => T | null,
  identity: (item: T) => string,
  max: number,
  seen = new Set<string>(),
  stored: (item: T) => unknown = (item) => item,
): Checked<T[]> {
  const reasons = new Set<ResetReason>();
  const kept: T[] = [];
  let bytes = LIST_OVERHEAD;
  for (const item of items) {
    const value = accept(item);
    if (value === null) {
      reasons.add('invalid-items');
      continue;
    }
    if (seen.has(identity(value))) {
      reasons.add('duplicates');
      continue;
    }
    const size = utf8Bytes(stored(value)) + 1; // and its comma
    if (kept.length >= max || bytes + size > LIMITS.syncItemBytes) reasons.add('too-many-items');
    else {
      seen.add(identity(value));
      kept.push(value);
      bytes += size;
    }
  }
  return { value: kept, reasons: [...reasons] };
}

function stringList(pattern: RegExp, max: number, lowerCase: boolean): Validator<string[]> {
  const accept = (item: unknown) => {
    if (typeof item !== 'string' || item.length > 253) return null;
    const value = lowerCase ? item.trim().toLowerCase() : item.trim();
    return pattern.test(value) ? value : null;
  };
  return (raw, fallback) =>
    Array.isArray(raw) ? cleanList(raw, accept, (s) => s, max) : reset(fallback, 'wrong-type');
}

type CollapseChoice = { site: string; collapsed: boolean };

/** Collapse choices, newest last, cut from the oldest end to what fits: the least recently used go first. */
function cleanCollapseChoices(pairs: readonly [string, unknown][]): Checked<Record<string, boolean>> {
  const accept = (item: unknown) => {
    const [site, collapsed] = item as [string, unknown];
    return SITE_ID.test(site) && typeof collapsed === 'boolean' ? { site, collapsed } : null;
  };
  const cleaned = cleanList<CollapseChoice>(
    [...pairs].reverse(),
    accept,
    (p) => p.site,
    LIMITS.maxSites,
    new Set(),
    (p) => [p.site, p.collapsed], // as settings-codec stores it
  );
  const value: Record<string, boolean> = {};
  for (const { site, collapsed } of cleaned.value.reverse()) value[site] = collapsed;
  return { value, reasons: cleaned.reasons };
}

const collapsedBySite: Validator<Record<string, boolean>> = (raw, fallback) =>
  isPlainObject(raw) ? cleanCollapseChoices(Object.entries(raw)) : reset(fallback, 'wrong-type');

/** The newest collapse choices (last given last) that fit a sync item: what rememberCollapsed stores. */
export function newestCollapseChoices(pairs: readonly [string, boolean][]): Record<string, boolean> {
  return cleanCollapseChoices(pairs).value;
}

function acceptPhrase(item: unknown): ExtraPhrase | null {
  if (!isPlainObject(item) || typeof item.phrase !== 'string' || item.phrase.length > 1000) return null;
  if (checkPhraseText(item.phrase) !== null || !checkWeight(item.weight)) return null;
  return { phrase: normalizePhrase(item.phrase), weight: item.weight as number };
}

const extraPhrases: Validator<Settings['extraPhrases']> = (raw, fallback) => {
  if (!isPlainObject(raw)) return reset(fallback, 'wrong-type');
  const seen = new Set<string>(); // shared, so one phrase cannot pull both ways
  const reasons = new Set<ResetReason>();
  const pole = (list: unknown): ExtraPhrase[] => {
    if (!Array.isArray(list)) {
      reasons.add('wrong-type');
      return [];
    }
    const cleaned = cleanList(
      list,
      acceptPhrase,
      (p) => phraseIdentity(p.phrase),
      LIMITS.phrase.maxPerPole,
      seen,
    );
    for (const reason of cleaned.reasons) reasons.add(reason);
    return cleaned.value;
  };
  const external = pole(raw.external);
  const internal = pole(raw.internal);
  return { value: { external, internal }, reasons: [...reasons] };
};

const VALIDATORS: { [K in SettingKey]: Validator<Settings[K]> } = {
  enabled: bool,
  disabledSites: stringList(SITE_ID, LIMITS.maxSites, true),
  highlights: bool,
  highlightOwnPhrases: bool,
  panelStart: oneOf(PANEL_STARTS),
  panelSide: oneOf(PANEL_SIDES),
  collapsedBySite,
  theme: oneOf(THEMES),
  hybridBand: numberIn(LIMITS.hybridBand.min, LIMITS.hybridBand.max, false),
  extraPhrases,
  disabledCategories: stringList(CATEGORY_ID, LIMITS.maxCategories, false),
  track: oneOf(TRACKS),
  historyEnabled: bool,
  historyLimit: numberIn(LIMITS.historyLimit.min, LIMITS.historyLimit.max, true),
};

/** Validates one value; `undefined` (never stored) is the default without a reset. */
export function validateSetting<K extends SettingKey>(key: K, raw: unknown): Checked<Settings[K]> {
  const fallback = DEFAULT_SETTINGS[key] as Settings[K];
  if (raw === undefined) return ok(structuredClone(fallback));
  return VALIDATORS[key](raw, fallback);
}

export interface ValidatedSettings {
  settings: Settings;
  resets: SettingReset[];
  /** Keys that are not settings; ignored. */
  unknownKeys: string[];
}

/** Builds whole settings from an untrusted record: stored values, or an imported file. */
export function validateSettings(raw: Record<string, unknown>): ValidatedSettings {
  const settings = defaultSettings();
  const resets: SettingReset[] = [];
  for (const key of SETTING_KEYS) {
    const checked = validateSetting(key, raw[key]);
    (settings as Record<SettingKey, unknown>)[key] = checked.value;
    for (const reason of checked.reasons) resets.push({ key, reason });
  }
  const unknownKeys = Object.keys(raw).filter((key) => !isSettingKey(key));
  return { settings, resets, unknownKeys };
}
