// The background judges every posting: after it was stopped (as browsers stop an idle one) it wakes on the
// content script's message, and the verdict still arrives, for a new page and for a page already open.
import { describe, expect, it } from 'vitest';
import { classify, SHAPE_LABELS } from '../../src/classifier';
import { BROWSERS } from './support/browsers';
import { expectedFor } from './support/expected';
import { fixturePage } from './support/pages';
import { launchForSuite, serveFixtures } from './support/suite';

const server = serveFixtures();

describe.each(BROWSERS)('a stopped background in %s', (browser) => {
  const driver = launchForSuite(browser, server);

  it('wakes and judges a posting opened after it stopped', async () => {
    const first = await driver.open(fixturePage('lever/vp-engineering').url);
    await first.waitForPanel();
    await driver.stopBackground();
    const fixture = fixturePage('greenhouse/old-layout-cto');
    const tab = await driver.open(fixture.url);
    const panel = await tab.waitForPanel(undefined, 20_000);
    expect(panel.headings[0]).toBe(expectedFor(fixture).headline);
    await tab.close();
    await first.close();
  });

  it('wakes and judges for a page that was open while it stopped', async () => {
    const fixture = fixturePage('greenhouse/old-layout-cto');
    const tab = await driver.open(fixture.url);
    expect((await tab.waitForPanel()).headings[0]).toBe('CTO-shaped');
    await driver.stopBackground();
    // The page rewrites its posting, as a single-page app does: the content script asks the stopped background.
    const text =
      'You will hire and grow engineering managers, run performance reviews and career ladders, own delivery and sprint planning, and build a recruiting pipeline for a team of 60 engineers across eight teams.';
    await tab.evaluate(
      `(() => { document.querySelector('#content').textContent = ${JSON.stringify(text)}; return true; })()`,
    );
    const expected = SHAPE_LABELS[classify({ title: 'Chief Technology Officer', text }).shape];
    expect(expected).not.toBe('CTO-shaped');
    const panel = await tab.waitForPanel((view) => view.headings[0] === expected, 20_000);
    expect(panel.headings[0]).toBe(expected);
    await tab.close();
  });

  it('logs no console error', () => {
    expect(driver.consoleErrors()).toEqual([]);
  });
});
