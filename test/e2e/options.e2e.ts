// The toolbar popup and the options page in a real browser: accessible, and their controls act on open tabs.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { BROWSERS } from './support/browsers';
import { waitFor } from './support/driver';
import { HISTORY_IN_DATABASE } from './support/history';
import { fixturePage } from './support/pages';
import { launchForSuite, serveFixtures } from './support/suite';

const page = fixturePage;

const server = serveFixtures();

describe.each(BROWSERS)('popup and options in %s', (browser) => {
  const driver = launchForSuite(browser, server);

  it.each(['src/popup/index.html', 'src/options/index.html'])(
    '%s has no accessibility violations',
    async (path) => {
      const tab = await driver.openExtensionPage(path);
      await waitFor(
        () => tab.evaluate<boolean>('document.querySelectorAll("button, input").length > 0'),
        'controls',
      );
      expect(await axeViolations(tab)).toEqual([]);
      await tab.close();
    },
  );

  it('switching a site off in the options takes the panel off an open tab of that site', async () => {
    const posting = await driver.open(page('greenhouse/old-layout-cto').url);
    await posting.waitForPanel();
    const options = await driver.openExtensionPage('src/options/index.html');
    await waitFor(
      () => options.evaluate<boolean>('!!document.getElementById("site-greenhouse")'),
      'the site list',
    );
    await options.evaluate('document.getElementById("site-greenhouse").click()');
    await waitFor(async () => (await posting.panel()) === null, 'the panel to go');
    await options.evaluate('document.getElementById("site-greenhouse").click()');
    await posting.waitForPanel();
    await options.close();
    await posting.close();
  });

  it('lists visited postings in the history and downloads them as CSV', async () => {
    await driver.inExtension(HISTORY_IN_DATABASE, true);
    const visited = ['greenhouse/old-layout-cto', 'lever/vp-engineering', 'workable/cto'];
    for (const id of visited) {
      const tab = await driver.open(page(id).url);
      await tab.waitForPanel();
      await tab.close();
    }
    const options = await driver.openExtensionPage('src/options/index.html');
    // Catch the download's Blob instead of saving a file.
    await options.evaluate(`(() => {
      window.exported = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob) => { window.exported.push(blob); return create(blob); };
      HTMLAnchorElement.prototype.click = function () {};
      return true;
    })()`);
    await waitFor(
      () => options.evaluate<boolean>('document.querySelectorAll("table tbody tr").length === 3'),
      'three history rows',
    );
    await options.evaluate(
      `[...document.querySelectorAll('button')].find((b) => b.textContent.includes('Download as CSV')).click()`,
    );
    const csv = await waitFor(
      () => options.evaluate<string | null>('window.exported[0]?.text() ?? null'),
      'the CSV',
    );
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    for (const title of ['Chief Technology Officer', 'VP of Engineering']) expect(csv).toContain(title);
    await options.close();
  });

  it('logs no console error', () => {
    expect(driver.consoleErrors()).toEqual([]);
  });
});
