// This page's settings come from the background, which reads and validates storage; the page is told again when
// any setting changes, and its panel choices are written there too.
import browser from 'webextension-polyfill';
import { type PageSettings, sendToBackground } from '../messages';
import { ask } from './judge';

/** RoleLens's defaults (src/storage/settings-schema.ts), for a page whose background could not be asked. */
export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  enabled: true,
  panelSide: 'right',
  collapsed: false,
  theme: 'system',
  highlights: true,
  highlightOwnPhrases: false,
  track: 'either',
};

/** `site`: the adapter id, or the hostname on any other page. */
export async function readPageSettings(site: string): Promise<PageSettings> {
  const settings = await ask(() => sendToBackground({ type: 'page-settings', site }));
  if (!settings) console.warn('RoleLens: could not read the settings; the defaults apply.');
  return settings ?? DEFAULT_PAGE_SETTINGS;
}

/** Calls back with this page's settings after any setting changed; a slow answer never overwrites a newer one. */
export function watchPageSettings(site: string, callback: (settings: PageSettings) => void): void {
  let latest = 0;
  browser.storage.sync.onChanged.addListener(async () => {
    const asked = ++latest;
    const settings = await readPageSettings(site);
    if (asked === latest) callback(settings);
  });
}

/** Remembers a panel choice made on this page; a choice that could not be saved still applies here. */
export async function savePanelChoice(
  site: string,
  choice: { collapsed: boolean } | { panelSide: 'left' | 'right' },
): Promise<void> {
  const result = await sendToBackground({ type: 'panel-choice', site, ...choice });
  if (!result.ok || !result.reply.ok)
    console.warn('RoleLens: could not save the panel choice.', result.ok ? result.reply : result.detail);
}
