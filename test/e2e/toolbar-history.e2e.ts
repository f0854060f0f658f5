// What the toolbar and storage do with verdicts: the badge per tab, one history entry per posting, sites off.
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { waitFor } from './support/driver';
import { HISTORY_IN_DATABASE } from './support/history';
import { fixturePage } from './support/pages';
import { launchForSuite, serveFixtures } from './support/suite';

const page = fixturePage;
const ACTIVE_BADGE = `async (api) => {
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  return api.action.getBadgeText({ tabId: tab.id });
}`;

// What the popup is given for the active tab: the background's state for it in storage.session.
const ACTIVE_TAB_STATE = `async (api) => {
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  const key = 'tab:' + tab.id;
  return (await api.storage.session.get(key))[key] ?? null;
}`;

const server = serveFixtures();

describe.each(BROWSERS)('toolbar and history in %s', (browser) => {
  const driver = launchForSuite(browser, server);

  it('shows the posting’s shape on the toolbar icon of its tab', async () => {
    for (const [id, badge] of [
      ['greenhouse/old-layout-cto', 'CTO'],
      ['lever/vp-engineering', 'VP'],
    ] as const) {
      const tab = await driver.open(page(id).url);
      await tab.waitForPanel();
      await waitFor(async () => (await driver.inExtension<string>(ACTIVE_BADGE)) === badge, `badge ${badge}`);
      await tab.close();
    }
  });

  it('forgets a tab’s verdict and badge when it goes from a posting to a page without one', async () => {
    const tab = await driver.open(page('greenhouse/old-layout-cto').url);
    await tab.waitForPanel();
    await waitFor(async () => (await driver.inExtension(ACTIVE_TAB_STATE)) !== null, 'the tab’s verdict');
    // The board's index on the same site: a full navigation the background cannot see without `tabs`.
    await tab.evaluate(`void setTimeout(() => { location.href = '/acme'; }, 0)`);
    await waitFor(async () => (await driver.inExtension(ACTIVE_TAB_STATE)) === null, 'the verdict to go');
    await waitFor(async () => (await driver.inExtension<string>(ACTIVE_BADGE)) === '', 'the badge to go');
    await tab.close();
  });

  it('remembers each posting once, however often it is seen, where content scripts cannot read it', async () => {
    await driver.inExtension(HISTORY_IN_DATABASE, true);
    const ids = ['greenhouse/old-layout-cto', 'lever/vp-engineering', 'workable/cto', 'lever/vp-engineering'];
    for (const id of ids) {
      const tab = await driver.open(page(id).url);
      await tab.waitForPanel();
      await tab.close();
    }
    const history = await waitFor(async () => {
      const stored = await driver.inExtension<{ url: string; shape: string }[]>(HISTORY_IN_DATABASE, false);
      return stored.length === 3 ? stored : null;
    }, 'three history entries');
    // storage.local is open to every content script: nothing of the history may be there.
    const local = await driver.inExtension<Record<string, unknown>>(`(api) => api.storage.local.get(null)`);
    for (const entry of history) expect(JSON.stringify(local)).not.toContain(entry.url);
    expect(local.history).toBeUndefined();
    // Firefox reaches the fixture server with its port in the URL.
    const withoutPort = (url: string) => url.replace(/^(https?:\/\/[^/:]+):\d+/, '$1');
    expect(history.map((e) => withoutPort(e.url)).sort()).toEqual(
      ['greenhouse/old-layout-cto', 'lever/vp-engineering', 'workable/cto'].map((id) => page(id).url).sort(),
    );
  });

  it('takes the panel off an open tab when its site is switched off, and back when switched on', async () => {
    const tab = await driver.open(page('greenhouse/old-layout-cto').url);
    await tab.waitForPanel();
    await driver.inExtension(`(api) => api.storage.sync.set({ disabledSites: ['greenhouse'] })`);
    await waitFor(async () => (await tab.panel()) === null, 'the panel to go');
    await driver.inExtension(`(api) => api.storage.sync.set({ disabledSites: [] })`);
    await tab.waitForPanel();
    await tab.close();
  });

  it('logs no console error', () => {
    expect(driver.consoleErrors()).toEqual([]);
  });
});
