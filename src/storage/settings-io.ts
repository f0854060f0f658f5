// Settings files: export as marked JSON; import checks the marker and version, migrates, validates, never writes.

import { MIGRATIONS, type Migration, migrateRaw } from './migrations';
import { SCHEMA_VERSION, type Settings } from './settings-schema';
import { describeReset, settingLabel } from './settings-text';
import { type SettingReset, validateSettings } from './settings-validate';
import { englishT, type Translate } from './strings';

export const SETTINGS_FILE_MARKER = 'settings';
/** A real settings file is a few kilobytes; anything far bigger is not one. */
export const MAX_IMPORT_CHARS = 1_000_000;
/** The same limit on the file's size, checked before anything is read. */
export const MAX_IMPORT_BYTES = 4 * MAX_IMPORT_CHARS;
/** A settings file nests five levels (file, settings, extraPhrases, a pole, a phrase); deeper is not one. */
export const MAX_IMPORT_DEPTH = 16;

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ rolelens: SETTINGS_FILE_MARKER, schemaVersion: SCHEMA_VERSION, settings }, null, 2)}\n`;
}

export type ImportErrorCode =
  | 'too-large'
  | 'too-deep'
  | 'unreadable'
  | 'not-json'
  | 'wrong-marker'
  | 'bad-version'
  | 'future-version'
  | 'wrong-types'
  | 'invalid-values';

export type SettingsImport =
  | { ok: true; settings: Settings; warnings: string[] }
  | { ok: false; code: ImportErrorCode; error: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// A whole value of the wrong kind means the file is not what the user thinks: refuse rather than guess.
const FATAL: ReadonlySet<SettingReset['reason']> = new Set(['wrong-type', 'out-of-range', 'not-allowed']);

/**
 * Whether brackets and braces outside strings nest deeper than `limit`: one pass, no recursion, so a file of
 * 300,000 nested arrays is refused before anything (a structured copy, a stringify) recurses into it.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

const detailOf = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 200);

/** Reads a settings file; on success the caller saves `settings` (saveSettings), on failure nothing changes. */
export function parseSettingsImport(
  text: string,
  t: Translate = englishT,
  migrations: readonly Migration[] = MIGRATIONS,
): SettingsImport {
  try {
    return parseChecked(text, t, migrations);
  } catch (err) {
    // Whatever a file does to a step below, the user reads why nothing was imported.
    return { ok: false, code: 'unreadable', error: t('importErrorUnreadable', [detailOf(err)]) };
  }
}

/** The part of a File the import needs, so the size is known before the text is read. */
export interface ImportFile {
  size: number;
  text(): Promise<string>;
}

/** Checks the file's size, then reads and parses it; never rejects. */
export async function importSettingsFile(file: ImportFile, t: Translate = englishT): Promise<SettingsImport> {
  if (!(file.size <= MAX_IMPORT_BYTES)) {
    return { ok: false, code: 'too-large', error: t('importErrorTooLarge') };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { ok: false, code: 'unreadable', error: t('importErrorUnreadable', [detailOf(err)]) };
  }
  return parseSettingsImport(text, t);
}

function parseChecked(text: string, t: Translate, migrations: readonly Migration[]): SettingsImport {
  const fail = (code: ImportErrorCode, key: string, subs?: string[]): SettingsImport => ({
    ok: false,
    code,
    error: t(key, subs),
  });
  if (text.length > MAX_IMPORT_CHARS) return fail('too-large', 'importErrorTooLarge');
  if (nestsDeeperThan(text, MAX_IMPORT_DEPTH)) return fail('too-deep', 'importErrorTooDeep');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return fail('not-json', 'importErrorNotJson');
  }
  if (!isObject(file) || file.rolelens !== SETTINGS_FILE_MARKER)
    return fail('wrong-marker', 'importErrorWrongMarker');
  const version = file.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail('bad-version', 'importErrorBadVersion');
  }
  if (version > SCHEMA_VERSION) return fail('future-version', 'importErrorFutureVersion', [String(version)]);
  if (!isObject(file.settings)) return fail('wrong-types', 'importErrorWrongTypes');

  const warnings: string[] = [];
  let raw = file.settings;
  if (version < SCHEMA_VERSION) {
    raw = migrateRaw(raw, version, migrations).raw;
    warnings.push(t('importWarningMigrated', [String(version)]));
  }
  const { settings, resets, unknownKeys } = validateSettings(raw);
  const fatal = [...new Set(resets.filter((r) => FATAL.has(r.reason)).map((r) => settingLabel(r.key, t)))];
  if (fatal.length > 0) return fail('invalid-values', 'importErrorInvalidValues', [fatal.join(', ')]);
  for (const reset of resets) warnings.push(describeReset(reset, t));
  for (const key of unknownKeys) warnings.push(t('importWarningUnknownKey', [key]));
  return { ok: true, settings, warnings };
}
