import { t } from '../shared/i18n';
import { isSiteEnabled, setSiteDisabled } from '../storage/settings';
import type { Settings } from '../storage/settings-schema';
import { StoredSwitch } from './StoredSwitch';

interface SiteSwitchProps {
  settings: Settings;
  siteId: string;
  siteName: string;
  hostname: string;
}

/** Switches RoleLens off or on for the current site (its adapter id, or the hostname elsewhere). */
export function SiteSwitch({ settings, siteId, siteName, hostname }: SiteSwitchProps) {
  // The global switch has its own control; this one shows the site's own choice.
  const on = isSiteEnabled({ ...settings, enabled: true }, siteId, hostname);
  const toggle = async () => {
    const result = await setSiteDisabled(siteId, on);
    // A known site may also be listed by hostname; switching it on clears both.
    return result.ok && !on && hostname !== siteId ? setSiteDisabled(hostname, false) : result;
  };
  return (
    <StoredSwitch id="site-switch" checked={on} disabled={!settings.enabled} onToggle={toggle}>
      {t('popupSiteSwitch', [siteName])}
    </StoredSwitch>
  );
}
