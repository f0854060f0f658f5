// What the popup knows about the current tab: its URL, the hiring site it is on, and the background's verdict.
import browser from 'webextension-polyfill';
import type { TabState } from '../messages';
import { sendToBackground } from '../messages';
import { adapterFor } from '../sites/registry';
import type { SiteAdapter } from '../sites/types';

export interface TabContext {
  tabId: number | null;
  /** Only http(s) pages; anything else (browser pages, files) is null. */
  url: URL | null;
  adapter: SiteAdapter | null;
  /** The adapter id on a known site, else the hostname: what the site switch stores. */
  siteId: string | null;
  /** The site's name a person reads: the adapter's name or the hostname. */
  siteName: string | null;
  state: TabState | null;
}

function webUrl(raw: string | undefined): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Whether a verdict the background keeps for a tab belongs to the page the tab shows now. Site and path must agree;
 * the query and hash may change under a single-page app, whose content script reports its own posting changes.
 * Without the `tabs` permission the background never sees a navigation, so the popup checks (activeTab gives it
 * the URL).
 */
export function isStateOfPage(state: TabState, url: URL | null): boolean {
  const stated = webUrl(state.url);
  if (!stated || !url) return false;
  const path = (u: URL) => u.pathname.replace(/\/+$/, '');
  return stated.origin === url.origin && path(stated) === path(url);
}

export async function loadTabContext(): Promise<TabContext> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  const tabId = tab?.id ?? null;
  const url = webUrl(tab?.url);
  const adapter = url ? adapterFor(url) : null;
  let state: TabState | null = null;
  if (tabId !== null) {
    const reply = await sendToBackground({ type: 'get-tab-state', tabId });
    state = reply.ok && reply.reply && isStateOfPage(reply.reply, url) ? reply.reply : null;
  }
  return {
    tabId,
    url,
    adapter,
    siteId: adapter?.id ?? url?.hostname.toLowerCase() ?? null,
    siteName: adapter?.name ?? url?.hostname ?? null,
    state,
  };
}
