import { t } from '../shared/i18n';
import { saveSetting } from '../storage/settings';
import { StoredSwitch } from './StoredSwitch';

/** RoleLens on or off everywhere. */
export function PowerSwitch({ enabled }: { enabled: boolean }) {
  return (
    <StoredSwitch id="power-switch" checked={enabled} onToggle={() => saveSetting('enabled', !enabled)}>
      {t('settingLabelEnabled')}
    </StoredSwitch>
  );
}
