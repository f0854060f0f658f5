import { t } from '../shared/i18n';
import type { SettingKey, Settings } from '../storage/settings-schema';
import { settingLabel } from '../storage/settings-text';
import { Checkbox } from './Checkbox';
import { useSettings } from './settings-context';
import { useErrorRef, WriteError } from './WriteError';

type BooleanSettingKey = { [K in SettingKey]: Settings[K] extends boolean ? K : never }[SettingKey];

interface CheckboxFieldProps {
  setting: BooleanSettingKey;
  id: string;
  /** The setting's own name unless given. */
  label?: string;
}

/** An on/off setting: its checkbox, saved as it changes, and why the last change was not saved. */
export function CheckboxField({ setting, id, label }: CheckboxFieldProps) {
  const { settings, save } = useSettings();
  return (
    <>
      <Checkbox
        id={id}
        checked={settings[setting]}
        onChange={(on) => save(setting, on)}
        describedBy={useErrorRef(setting)}
      >
        {label ?? settingLabel(setting, t)}
      </Checkbox>
      <WriteError settingKey={setting} />
    </>
  );
}
