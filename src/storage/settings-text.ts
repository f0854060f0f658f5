// Sentences the options page shows for resets and failed writes, through a translator (see strings.ts).

import type { WriteError, WriteErrorCode } from './area';
import { isSettingKey, type SettingKey } from './settings-schema';
import type { ResetReason, SettingReset } from './settings-validate';
import type { Translate } from './strings';

const capital = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

/** The label a person reads for a setting, e.g. 'Hybrid band'. */
export function settingLabel(key: SettingKey, t: Translate): string {
  return t(`settingLabel${capital(key)}`);
}

const RESET_KEYS: Record<ResetReason, string> = {
  'wrong-type': 'settingResetWrongType',
  'out-of-range': 'settingResetOutOfRange',
  'not-allowed': 'settingResetNotAllowed',
  'invalid-items': 'settingResetInvalidItems',
  'too-many-items': 'settingResetTooManyItems',
  duplicates: 'settingResetDuplicates',
};

export function describeReset(reset: SettingReset, t: Translate): string {
  return t(RESET_KEYS[reset.reason], [settingLabel(reset.key, t)]);
}

const WRITE_KEYS: Record<WriteErrorCode, string> = {
  'quota-item': 'writeErrorQuotaItem',
  'quota-total': 'writeErrorQuotaTotal',
  'quota-rate': 'writeErrorQuotaRate',
  invalid: 'writeErrorInvalid',
  unknown: 'writeErrorUnknown',
};

export function describeWriteError(error: WriteError, t: Translate): string {
  const label = error.key && isSettingKey(error.key) ? settingLabel(error.key, t) : (error.key ?? '');
  return t(WRITE_KEYS[error.code], [error.code === 'unknown' ? error.detail : label]);
}
