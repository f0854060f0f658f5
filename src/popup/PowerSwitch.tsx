import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { saveSetting } from '../storage/settings';
import { describeWriteError } from '../storage/settings-text';

/** RoleLens on or off everywhere. */
export function PowerSwitch({ enabled }: { enabled: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    const result = await saveSetting('enabled', !enabled);
    setError(result.ok ? null : describeWriteError(result.error, t));
  };
  return (
    <div class="power-switch">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          aria-checked={enabled}
          aria-describedby={error ? 'power-switch-error' : undefined}
          onChange={toggle}
        />
        <span>{t('settingLabelEnabled')}</span>
      </label>
      {error && (
        <p id="power-switch-error" class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
