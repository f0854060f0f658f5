// What the toolbar and storage do with verdicts: the badge per tab, one history entry per posting, sites off.
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './support/browsers';
import { waitFor } from './support/driver';
import { fixturePage } from './support/pages';
import { launchForSuite, serveFixtures } from './support/suite';

const page = fixturePage;
const ACTIVE_BADGE = `async (api) => {
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  return api.action.getBadgeText({ tabId: tab.id });
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

  it('remembers each posting once, however often it is seen', async () => {
    await driver.inExtension(`(api) => api.storage.local.clear()`);
    const ids = ['greenhouse/old-layout-cto', 'lever/vp-engineering', 'workable/cto', 'lever/vp-engineering'];
    for (const id of ids) {
      const tab = await driver.open(page(id).url);
      await tab.waitForPanel();
      await tab.close();
    }
    const history = await waitFor(async () => {
      const stored = await driver.inExtension<{ history?: { url: string; shape: string }[] }>(
        `(api) => api.storage.local.get('history')`,
      );
      return stored.history?.length === 3 ? stored.history : null;
    }, 'three history entries');
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
