import { t } from '../shared/i18n';
import { isSiteEnabled } from '../storage/settings';
import type { Settings } from '../storage/settings-schema';
import { AnalyzeView } from './AnalyzeView';
import type { TabContext } from './tab-context';
import { VerdictView } from './VerdictView';

/** What the popup says about the current tab: its verdict, why there is none, or the offer to analyze it. */
export function PageStatus({ context, settings }: { context: TabContext; settings: Settings }) {
  const { tabId, url, adapter, state } = context;
  if (tabId !== null && state) return <VerdictView tabId={tabId} state={state} track={settings.track} />;
  if (tabId === null || !url) return <p class="status">{t('popupPageUnsupported')}</p>;
  if (adapter) {
    const on = isSiteEnabled(settings, adapter.id, url.hostname);
    // A posting's own URL where nothing was read: say so, and offer the other ways in.
    if (on && adapter.isPostingUrl(url))
      return <AnalyzeView tabId={tabId} heading="popupPostingUnread" text="popupPostingUnreadText" />;
    return (
      <section class="status" aria-labelledby="popup-status">
        <h2 id="popup-status">{on ? t('popupNoPosting') : t('popupSiteIsOff')}</h2>
        <p class="muted">{on ? t('popupNoPostingHint', [adapter.name]) : t('popupSiteIsOffHint')}</p>
      </section>
    );
  }
  return <AnalyzeView tabId={tabId} />;
}
