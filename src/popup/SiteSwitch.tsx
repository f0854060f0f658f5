import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { isSiteEnabled, setSiteDisabled } from '../storage/settings';
import type { Settings } from '../storage/settings-schema';
import { describeWriteError } from '../storage/settings-text';

interface SiteSwitchProps {
  settings: Settings;
  siteId: string;
  siteName: string;
  hostname: string;
}

/** Switches RoleLens off or on for the current site (its adapter id, or the hostname elsewhere). */
export function SiteSwitch({ settings, siteId, siteName, hostname }: SiteSwitchProps) {
  const [error, setError] = useState<string | null>(null);
  // The global switch has its own control; this one shows the site's own choice.
  const on = isSiteEnabled({ ...settings, enabled: true }, siteId, hostname);
  const toggle = async () => {
    let result = await setSiteDisabled(siteId, on);
    // A known site may also be listed by hostname; switching it on clears both.
    if (result.ok && !on && hostname !== siteId) result = await setSiteDisabled(hostname, false);
    setError(result.ok ? null : describeWriteError(result.error, t));
  };
  return (
    <div class="site-switch">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          disabled={!settings.enabled}
          aria-describedby={error ? 'site-switch-error' : undefined}
          onChange={toggle}
        />
        <span>{t('popupSiteSwitch', [siteName])}</span>
      </label>
      {error && (
        <p id="site-switch-error" class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
