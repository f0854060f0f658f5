import { t } from '../shared/i18n';
import { settingLabel } from '../storage/settings-text';
import { Checkbox } from './Checkbox';
import { HistoryBrowser } from './HistoryBrowser';
import { HistoryLimitField } from './HistoryLimitField';
import { Section } from './Section';
import { useSettings } from './settings-context';
import { useHistoryPages } from './use-history-pages';
import { useErrorRef, WriteError } from './WriteError';

/** Whether and how much history is kept, and the history itself. */
export function HistorySection() {
  const { settings, save } = useSettings();
  const { history, refresh } = useHistoryPages();
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
      {history === null ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : (
        <HistoryBrowser {...history} track={settings.track} onChanged={refresh} />
      )}
    </Section>
  );
}
