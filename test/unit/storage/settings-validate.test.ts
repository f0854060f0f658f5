import { describe, expect, it } from 'vitest';
import { FITTED_MODEL } from '../../../src/classifier/fitted-model';
import { DEFAULT_SETTINGS, defaultSettings, SETTING_KEYS } from '../../../src/storage/settings-schema';
import { validateSetting, validateSettings } from '../../../src/storage/settings-validate';

const phrase = (p: string, weight = 1) => ({ phrase: p, weight });

describe('defaults', () => {
  it('validate clean and report nothing', () => {
    expect(validateSettings({})).toEqual({ settings: defaultSettings(), resets: [], unknownKeys: [] });
    expect(validateSettings(structuredClone(defaultSettings())).resets).toEqual([]);
  });

  it('are frozen, and defaultSettings() is a mutable copy', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.extraPhrases.external)).toBe(true);
    const copy = defaultSettings();
    copy.disabledSites.push('linkedin');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });

  it('hold the documented values', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      enabled: true,
      // The band fitted to readers' labels, shared with the command line so both read alike.
      hybridBand: FITTED_MODEL.halfBand,
      historyLimit: 500,
      theme: 'system',
    });
    expect(SETTING_KEYS).toHaveLength(14);
  });

  it('leave the user’s own phrases unhighlighted: a page can read highlighted words', () => {
    expect(DEFAULT_SETTINGS.highlightOwnPhrases).toBe(false);
  });
});

describe('each key falls back to its default with a reason', () => {
  const cases: [string, unknown, string][] = [
    ['enabled', 'yes', 'wrong-type'],
    ['enabled', null, 'wrong-type'],
    ['highlights', 1, 'wrong-type'],
    ['highlightOwnPhrases', 'yes', 'wrong-type'],
    ['historyEnabled', {}, 'wrong-type'],
    ['panelStart', 'half', 'not-allowed'],
    ['panelStart', 3, 'wrong-type'],
    ['panelSide', 'top', 'not-allowed'],
    ['theme', 'neon', 'not-allowed'],
    ['track', 'cfo', 'not-allowed'],
    ['hybridBand', 0.5, 'out-of-range'],
    ['hybridBand', 0.01, 'out-of-range'],
    ['hybridBand', '0.2', 'wrong-type'],
    ['hybridBand', Number.NaN, 'wrong-type'],
    ['hybridBand', Number.POSITIVE_INFINITY, 'wrong-type'],
    ['historyLimit', 9, 'out-of-range'],
    ['historyLimit', 5001, 'out-of-range'],
    ['historyLimit', 100.5, 'out-of-range'],
    ['historyLimit', null, 'wrong-type'],
    ['disabledSites', 'linkedin', 'wrong-type'],
    ['disabledSites', null, 'wrong-type'],
    ['disabledCategories', { hiring: true }, 'wrong-type'],
    ['collapsedBySite', ['linkedin'], 'wrong-type'],
    ['collapsedBySite', 'linkedin', 'wrong-type'],
    ['extraPhrases', [], 'wrong-type'],
    ['extraPhrases', null, 'wrong-type'],
  ];
  it.each(cases)('%s = %j -> %s', (key, raw, reason) => {
    const { settings, resets } = validateSettings({ [key]: raw });
    expect(settings).toEqual(defaultSettings());
    expect(resets).toEqual([{ key, reason }]);
  });

  it('keeps valid values of every key', () => {
    const custom = {
      enabled: false,
      disabledSites: ['linkedin', 'careers.example.com'],
      highlights: false,
      highlightOwnPhrases: true,
      panelStart: 'collapsed',
      panelSide: 'left',
      collapsedBySite: { greenhouse: true, lever: false },
      theme: 'dark',
      hybridBand: 0.4,
      extraPhrases: { external: [phrase('platform vision', 2)], internal: [phrase("team's health", 0.1)] },
      disabledCategories: ['hiring', 'delivery_process'],
      track: 'cto',
      historyEnabled: false,
      historyLimit: 5000,
    };
    expect(validateSettings(custom)).toEqual({ settings: custom, resets: [], unknownKeys: [] });
  });

  it('ignores unknown keys but lists them', () => {
    const { settings, resets, unknownKeys } = validateSettings({ colour: 'red', enabled: false });
    expect(settings.enabled).toBe(false);
    expect(resets).toEqual([]);
    expect(unknownKeys).toEqual(['colour']);
    expect(settings).not.toHaveProperty('colour');
  });
});

describe('lists are repaired item by item', () => {
  it('drops invalid sites, normalises case, removes duplicates', () => {
    const checked = validateSetting('disabledSites', [
      'LinkedIn',
      'linkedin',
      42,
      '',
      'bad host!',
      'x'.repeat(300),
    ]);
    expect(checked.value).toEqual(['linkedin']);
    expect(checked.reasons.sort()).toEqual(['duplicates', 'invalid-items']);
  });

  it('caps huge lists', () => {
    const sites = Array.from({ length: 10_000 }, (_, i) => `site${i}.example.com`);
    const checked = validateSetting('disabledSites', sites);
    expect(checked.value).toHaveLength(200);
    expect(checked.reasons).toEqual(['too-many-items']);
  });

  it('drops non-boolean and malformed entries of collapsedBySite', () => {
    const checked = validateSetting('collapsedBySite', { linkedin: true, lever: 'yes', 'Bad Site': false });
    expect(checked.value).toEqual({ linkedin: true });
    expect(checked.reasons).toEqual(['invalid-items']);
  });

  it('drops bad categories', () => {
    expect(validateSetting('disabledCategories', ['hiring', 'no spaces', null]).value).toEqual(['hiring']);
  });
});

describe('extraPhrases', () => {
  const check = (external: unknown, internal: unknown = []) =>
    validateSetting('extraPhrases', { external, internal });

  it('accepts letters in any script, digits, spaces, hyphens, apostrophes', () => {
    const list = [phrase('Zero-to-one'), phrase('équipe'), phrase('team’s health'), phrase('24x7 on-call')];
    expect(check(list)).toEqual({ value: { external: list, internal: [] }, reasons: [] });
  });

  it('normalises whitespace', () => {
    expect(check([phrase('  team   health ')]).value.external).toEqual([phrase('team health')]);
  });

  it('makes a run of spaces and hyphens one hyphen, so an imported phrase compiles to one separator per run', () => {
    expect(check([phrase('team -- lead'), phrase('on - call  rota')]).value.external).toEqual([
      phrase('team-lead'),
      phrase('on-call rota'),
    ]);
  });

  it.each([
    ['too short', phrase('a')],
    ['too long', phrase('a'.repeat(61))],
    ['bad chars', phrase('<script>')],
    ['weight too low', phrase('ok phrase', 0.05)],
    ['weight too high', phrase('ok phrase', 5.5)],
    ['weight not a number', { phrase: 'ok phrase', weight: '2' }],
    ['not an object', 'ok phrase'],
    ['null', null],
  ])('drops an entry that is %s', (_, entry) => {
    const checked = check([phrase('kept'), entry]);
    expect(checked.value.external).toEqual([phrase('kept')]);
    expect(checked.reasons).toEqual(['invalid-items']);
  });

  it('drops duplicates within and across poles, case-insensitively', () => {
    const checked = check([phrase('Roadmap'), phrase('roadmap')], [phrase('ROADMAP'), phrase('hiring')]);
    expect(checked.value).toEqual({ external: [phrase('Roadmap')], internal: [phrase('hiring')] });
    expect(checked.reasons).toEqual(['duplicates']);
  });

  it('keeps at most 50 per pole', () => {
    const many = Array.from({ length: 60 }, (_, i) => phrase(`phrase ${i}`));
    const checked = check(many);
    expect(checked.value.external).toHaveLength(50);
    expect(checked.reasons).toEqual(['too-many-items']);
  });

  it('resets a pole that is not a list', () => {
    const checked = check('platform', [phrase('hiring')]);
    expect(checked.value).toEqual({ external: [], internal: [phrase('hiring')] });
    expect(checked.reasons).toEqual(['wrong-type']);
  });
});
