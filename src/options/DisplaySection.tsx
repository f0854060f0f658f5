import { t } from '../shared/i18n';
import { PANEL_SIDES, PANEL_STARTS, THEMES } from '../storage/settings-schema';
import { settingLabel } from '../storage/settings-text';
import { CheckboxField } from './CheckboxField';
import { RadioGroup } from './RadioGroup';
import { Section } from './Section';
import { useSettings } from './settings-context';
import { useErrorRef, WriteError } from './WriteError';

const START_KEYS = { open: 'optionsPanelStartOpen', collapsed: 'optionsPanelStartCollapsed' } as const;
const SIDE_KEYS = { right: 'optionsPanelSideRight', left: 'optionsPanelSideLeft' } as const;
const THEME_KEYS = {
  system: 'optionsThemeSystem',
  light: 'optionsThemeLight',
  dark: 'optionsThemeDark',
} as const;

/** How the panel looks: highlights, open or collapsed, which side, which theme. */
export function DisplaySection() {
  const { settings, save } = useSettings();
  return (
    <Section id="display" title={t('optionsDisplayTitle')}>
      <CheckboxField setting="highlights" id="highlights" />
      <CheckboxField setting="highlightOwnPhrases" id="highlight-own-phrases" />
      <RadioGroup
        name="panel-start"
        legend={settingLabel('panelStart', t)}
        value={settings.panelStart}
        choices={PANEL_STARTS.map((value) => ({ value, label: t(START_KEYS[value]) }))}
        onChange={(value) => save('panelStart', value)}
        describedBy={useErrorRef('panelStart')}
      />
      <WriteError settingKey="panelStart" />
      <RadioGroup
        name="panel-side"
        legend={settingLabel('panelSide', t)}
        value={settings.panelSide}
        choices={PANEL_SIDES.map((value) => ({ value, label: t(SIDE_KEYS[value]) }))}
        onChange={(value) => save('panelSide', value)}
        describedBy={useErrorRef('panelSide')}
      />
      <WriteError settingKey="panelSide" />
      <RadioGroup
        name="theme"
        legend={settingLabel('theme', t)}
        value={settings.theme}
        choices={THEMES.map((value) => ({ value, label: t(THEME_KEYS[value]) }))}
        onChange={(value) => save('theme', value)}
        describedBy={useErrorRef('theme')}
      />
      <WriteError settingKey="theme" />
    </Section>
  );
}
