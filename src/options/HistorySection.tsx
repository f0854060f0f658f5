import { useHistory } from '../popup/use-history';
import { t } from '../shared/i18n';
import { settingLabel } from '../storage/settings-text';
import { Checkbox } from './Checkbox';
import { HistoryBrowser } from './HistoryBrowser';
import { HistoryLimitField } from './HistoryLimitField';
import { Section } from './Section';
import { useSettings } from './settings-context';
import { useErrorRef, WriteError } from './WriteError';

/** Whether and how much history is kept, and the history itself. */
export function HistorySection() {
  const { settings, save } = useSettings();
  const { entries, refresh } = useHistory();
  return (
    <Section id="history" title={t('optionsHistoryTitle')}>
      <Checkbox
        id="history-enabled"
        checked={settings.historyEnabled}
        onChange={(on) => save('historyEnabled', on)}
        describedBy={useErrorRef('historyEnabled')}
      >
        {settingLabel('historyEnabled', t)}
      </Checkbox>
      <WriteError settingKey="historyEnabled" />
      <HistoryLimitField onTrimmed={refresh} />
      {entries === null ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : (
        <HistoryBrowser entries={entries} track={settings.track} onChanged={refresh} />
      )}
    </Section>
  );
}
