import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { PageStatus } from './PageStatus';
import { PowerSwitch } from './PowerSwitch';
import { RecentPostings } from './RecentPostings';
import { SiteSwitch } from './SiteSwitch';
import { loadTabContext, type TabContext } from './tab-context';
import { useStoredSettings } from './use-stored-settings';

/** The toolbar popup: this tab's verdict (or how to get one), the switches, recent postings, settings. */
export function Popup() {
  const settings = useStoredSettings();
  const [context, setContext] = useState<TabContext | null>(null);
  useEffect(() => {
    void loadTabContext().then(setContext);
  }, []);
  const openOptions = async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  };
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        {settings && <PowerSwitch enabled={settings.enabled} />}
      </header>
      {!settings || !context ? (
        <p class="muted">{t('popupLoading')}</p>
      ) : (
        <>
          <PageStatus context={context} settings={settings} />
          {context.siteId && context.siteName && context.url && (
            <SiteSwitch
              settings={settings}
              siteId={context.siteId}
              siteName={context.siteName}
              hostname={context.url.hostname.toLowerCase()}
            />
          )}
        </>
      )}
      <RecentPostings />
      <footer>
        <button type="button" onClick={openOptions}>
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
