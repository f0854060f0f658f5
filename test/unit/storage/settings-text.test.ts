import { describe, expect, it } from 'vitest';
import { describePhraseProblem } from '../../../src/storage/phrases';
import { SETTING_KEYS } from '../../../src/storage/settings-schema';
import { describeReset, describeWriteError, settingLabel } from '../../../src/storage/settings-text';
import { englishT, STORAGE_STRINGS, withEnglishFallback } from '../../../src/storage/strings';

describe('storage strings', () => {
  it('have a label for every setting', () => {
    for (const key of SETTING_KEYS) expect(settingLabel(key, englishT)).not.toMatch(/^settingLabel/);
  });

  it('use only key names browser.i18n accepts', () => {
    for (const key of Object.keys(STORAGE_STRINGS)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('describe resets and write errors', () => {
    expect(describeReset({ key: 'hybridBand', reason: 'out-of-range' }, englishT)).toBe(
      'Hybrid band: the stored value was out of range, so the default is used.',
    );
    expect(describeWriteError({ code: 'quota-item', key: 'disabledSites', detail: '' }, englishT)).toBe(
      'Sites where RoleLens is off is too large to sync. Remove some entries and try again.',
    );
    expect(describeWriteError({ code: 'unknown', detail: 'disk on fire' }, englishT)).toBe(
      'Could not save: disk on fire',
    );
    expect(describePhraseProblem('too-many', englishT)).toBe('A list holds at most 50 phrases.');
  });

  it('fall back to English when the locale lacks a key', () => {
    const t = withEnglishFallback((key) => (key === 'settingLabelTheme' ? 'Thème' : ''));
    expect(settingLabel('theme', t)).toBe('Thème');
    expect(settingLabel('track', t)).toBe('Your track');
  });
});
