import { t } from '../shared/i18n';
import { ClassificationSection } from './ClassificationSection';
import { DisplaySection } from './DisplaySection';
import { HistorySection } from './HistorySection';
import { Playground } from './Playground';
import { ResetNotice } from './ResetNotice';
import { SettingsFileSection } from './SettingsFileSection';
import { SitesSection } from './SitesSection';
import { SettingsContext } from './settings-context';
import { useOptionsSettings } from './use-options-settings';

const CONTENTS = [
  ['sites', 'optionsSitesTitle'],
  ['display', 'optionsDisplayTitle'],
  ['classification', 'optionsClassificationTitle'],
  ['history', 'optionsHistoryTitle'],
  ['settings-file', 'optionsFileTitle'],
  ['playground', 'optionsPlaygroundTitle'],
] as const;

/** The options page: every setting saved as it changes, the history, settings files and the playground. */
export function OptionsApp() {
  const options = useOptionsSettings();
  return (
    <SettingsContext.Provider value={options}>
      <div class="options">
        <header>
          <h1>{t('optionsTitle')}</h1>
          <nav aria-label={t('optionsContents')}>
            <ul class="contents-list">
              {CONTENTS.map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main>
          <ResetNotice
            resets={options.resets}
            readError={options.readError}
            onDismiss={options.dismissResets}
          />
          {options.settings ? (
            <>
              <SitesSection />
              <DisplaySection />
              <ClassificationSection />
              <HistorySection />
              <SettingsFileSection />
              <Playground />
            </>
          ) : (
            <p class="muted">{t('popupLoading')}</p>
          )}
        </main>
      </div>
    </SettingsContext.Provider>
  );
}
