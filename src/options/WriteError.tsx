import type { SettingKey } from '../storage/settings-schema';
import { useSettings } from './settings-context';

export const writeErrorId = (key: SettingKey) => `write-error-${key}`;

/** Why the last change to this setting was not saved (quota and the like), next to its control. */
export function WriteError({ settingKey }: { settingKey: SettingKey }) {
  const error = useSettings().errors[settingKey];
  if (!error) return null;
  return (
    <p id={writeErrorId(settingKey)} class="error" role="alert">
      {error}
    </p>
  );
}

/** aria-describedby for a control whose setting has a write error. */
export function useErrorRef(key: SettingKey): string | undefined {
  return useSettings().errors[key] ? writeErrorId(key) : undefined;
}
