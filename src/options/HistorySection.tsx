import { t } from '../shared/i18n';
import { CheckboxField } from './CheckboxField';
import { HistoryBrowser } from './HistoryBrowser';
import { HistoryLimitField } from './HistoryLimitField';
import { Section } from './Section';
import { useSettings } from './settings-context';
import { useHistoryPages } from './use-history-pages';

/** Whether and how much history is kept, and the history itself. */
export function HistorySection() {
  const { settings } = useSettings();
  const { history, refresh } = useHistoryPages();
  return (
    <Section id="history" title={t('optionsHistoryTitle')}>
      <CheckboxField setting="historyEnabled" id="history-enabled" />
      <HistoryLimitField onTrimmed={refresh} />
      {history === null ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : (
        <HistoryBrowser {...history} track={settings.track} onChanged={refresh} />
      )}
    </Section>
  );
}
