// The options page's settings: read once (with the resets found), saved per change, refreshed from any context.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { applyTheme } from '../popup/apply-theme';
import { t } from '../shared/i18n';
import { type ReadSettingsResult, readSettings, saveSetting, watchSettings } from '../storage/settings';
import type { SettingKey, Settings } from '../storage/settings-schema';
import { describeWriteError } from '../storage/settings-text';
import type { SettingReset } from '../storage/settings-validate';

export interface OptionsSettings {
  settings: Settings | null;
  /** Settings found corrupted on load and reset to their defaults. */
  resets: SettingReset[];
  readError: string | null;
  /** The last failed write per setting, as a sentence. */
  errors: Partial<Record<SettingKey, string>>;
  /** Saves one setting at once; false (and an error under its key) when the write failed. */
  save<K extends SettingKey>(key: K, value: Settings[K]): Promise<boolean>;
  reload(): Promise<void>;
  dismissResets(): void;
}

let early: Promise<ReadSettingsResult> | undefined;

/** Starts reading the settings before the page first renders, instead of after its first paint. */
export function startSettingsRead(): void {
  early ??= readSettings();
}

export function useOptionsSettings(): OptionsSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [resets, setResets] = useState<SettingReset[]>([]);
  const [readError, setReadError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});

  const reload = useCallback(async () => {
    const result = await readSettings();
    setSettings(result.settings);
    setReadError(result.readError ?? null);
  }, []);

  useEffect(() => {
    const read = early ?? readSettings();
    early = undefined; // taken once: a later mount reads afresh
    void read.then((result) => {
      setSettings(result.settings);
      setResets(result.resets);
      setReadError(result.readError ?? null);
    });
    return watchSettings((result) => setSettings(result.settings));
  }, []);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  const save = useCallback(
    async <K extends SettingKey>(key: K, value: Settings[K]) => {
      setSettings((current) => (current ? { ...current, [key]: value } : current)); // answer at once
      const result = await saveSetting(key, value);
      setErrors((current) => {
        const next = { ...current };
        if (result.ok) delete next[key];
        else next[key] = describeWriteError(result.error, t);
        return next;
      });
      if (!result.ok) await reload(); // show what is really stored
      return result.ok;
    },
    [reload],
  );

  return { settings, resets, readError, errors, save, reload, dismissResets: () => setResets([]) };
}
