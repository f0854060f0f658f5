// The current settings, kept fresh when any context changes them.
import { useEffect, useState } from 'preact/hooks';
import { readSettings, watchSettings } from '../storage/settings';
import type { Settings } from '../storage/settings-schema';
import { applyTheme } from './apply-theme';

export function useStoredSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void readSettings().then((result) => live && setSettings(result.settings));
    const stop = watchSettings((result) => setSettings(result.settings));
    return () => {
      live = false;
      stop();
    };
  }, []);
  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);
  return settings;
}
