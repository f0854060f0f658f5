// The panel on real hiring-site pages: the right headline, highlights in the posting, the page left as it was.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, SHAPE_LABELS } from '../../src/classifier';
import { BROWSERS } from './support/browsers';
import { waitFor } from './support/driver';
import { expectedFor } from './support/expected';
import { FIXTURE_PAGES, fixturePage } from './support/pages';
import { launchForSuite, serveFixtures } from './support/suite';

const page = fixturePage;
// One page per site that shows a single posting, so every adapter is exercised in a real browser.
const SINGLE_POSTING_PAGES = FIXTURE_PAGES.filter(
  (p) => !p.id.startsWith('generic/') && !p.id.startsWith('e2e/') && !p.id.startsWith('hacker-news/'),
);

const server = serveFixtures();

interface RoleLensStyles {
  /** A stylesheet of the page's with highlight rules. */
  sheet: boolean;
  /** A <style> element with highlight rules. */
  style: boolean;
  /** Highlight rules for the fixed name older versions used, as a page could probe them. */
  fixedName: boolean;
}

const STYLES_IN_PAGE = `(() => {
  const highlightRules = (sheet) => { try { return [...sheet.cssRules].some((r) => r.cssText.includes('::highlight')); } catch { return false; } };
  return {
    sheet: [...document.styleSheets].some(highlightRules),
    style: [...document.querySelectorAll('style')].some((s) => s.textContent.includes('::highlight')),
    fixedName: getComputedStyle(document.body, '::highlight(rolelens-external)').backgroundColor === 'rgba(37, 99, 235, 0.18)',
  };
})()`;

describe.each(BROWSERS)('panel in %s', (browser) => {
  const driver = launchForSuite(browser, server);

  it.each(SINGLE_POSTING_PAGES.map((p) => [p.id, p] as const))(
    'shows the verdict on %s',
    async (_id, fixture) => {
      const expected = expectedFor(fixture);
      expect(expected.headline, 'the fixture holds a posting').not.toBeNull();
      const tab = await driver.open(fixture.url);
      const panel = await tab.waitForPanel((view) => view.headings[0] === expected.headline);
      expect(panel.headings[0]).toBe(expected.headline);
      await tab.close();
    },
  );

  it('reads the clear-cut postings as a person would', async () => {
    for (const [id, headline] of [
      ['greenhouse/old-layout-cto', 'CTO-shaped'],
      ['lever/vp-engineering', 'VP-Eng-shaped'],
    ] as const) {
      const tab = await driver.open(page(id).url);
      expect((await tab.waitForPanel()).headings[0]).toBe(headline);
      await tab.close();
    }
  });

  it('highlights the evidence without changing the page’s own nodes', async () => {
    const fixture = page('greenhouse/old-layout-cto');
    const tab = await driver.open(fixture.url);
    await tab.waitForPanel();
    // The page can list the registry: it finds names made for this load, nothing that says RoleLens.
    const registered = await waitFor(async () => {
      const names = await tab.evaluate<string[]>(
        `[...CSS.highlights.entries()].filter(([, h]) => h.size > 0).map(([name]) => name)`,
      );
      return names.length > 0 ? names : null;
    }, 'registered highlights');
    for (const name of registered) expect(name).not.toMatch(/rolelens/i);
    expect((await tab.evaluate<RoleLensStyles>(STYLES_IN_PAGE)).style).toBe(true);
    // The browser's own parser on the untouched fixture gives the DOM as it would be without RoleLens.
    const pristine = await tab.evaluate<string>(
      `new DOMParser().parseFromString(${JSON.stringify(readFileSync(fixture.file, 'utf8'))}, 'text/html').querySelector('#app_body').outerHTML`,
    );
    expect(await tab.pageHtml('#app_body')).toBe(pristine);
    await tab.close();
  });

  it('adds no stylesheet to a page on a site switched off in the options', async () => {
    await driver.inExtension(`(api) => api.storage.sync.set({ disabledSites: ['greenhouse'] })`);
    const tab = await driver.open(page('greenhouse/old-layout-cto').url);
    // Nothing to wait for when nothing should happen: give the content script the time it takes to run.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await tab.evaluate<RoleLensStyles>(STYLES_IN_PAGE)).toEqual({
      sheet: false,
      style: false,
      fixedName: false,
    });
    expect(await tab.panel()).toBeNull();
    await driver.inExtension(`(api) => api.storage.sync.set({ disabledSites: [] })`);
    await tab.close();
  });

  it('follows a LinkedIn pane switch that changes the posting without a page load', async () => {
    const fixture = page('linkedin/search-pane');
    const tab = await driver.open(fixture.url);
    const before = expectedFor(fixture).headline;
    expect((await tab.waitForPanel()).headings[0]).toBe(before);
    // What LinkedIn's own script does on a click in the list: a new URL, then the pane's contents swapped.
    const cto = readFileSync(page('linkedin/view-cto').file, 'utf8');
    await tab.evaluate(`(() => {
      history.pushState({}, '', '/jobs/search/?currentJobId=4034567890&keywords=vp%20engineering');
      const other = new DOMParser().parseFromString(${JSON.stringify(cto)}, 'text/html');
      const title = document.querySelector('.job-details-jobs-unified-top-card__job-title a');
      title.textContent = 'Chief Technology Officer';
      title.setAttribute('href', '/jobs/view/4034567890/');
      document.querySelector('.job-details-jobs-unified-top-card__company-name a').textContent = 'Blue Fjord Energy';
      document.querySelector('#job-details').replaceChildren(
        ...other.querySelector('.show-more-less-html__markup').cloneNode(true).childNodes,
      );
      return true;
    })()`);
    const after = await tab.waitForPanel((view) => view.headings[0] !== before);
    expect(after.headings[0]).toBe('CTO-shaped');
    await tab.close();
  });

  it('shows a badge for each job comment of a Hacker News thread', async () => {
    const fixture = page('hacker-news/who-is-hiring');
    const expected = expectedFor(fixture);
    const tab = await driver.open(fixture.url);
    const badges = await waitForBadges(async () => tab.accessibleNames('button'), expected.verdicts.length);
    expect(badges).toHaveLength(expected.verdicts.length);
    expect(await tab.panel()).toBeNull();
    await tab.close();
  });

  it('opens the panel for a Hacker News comment when its badge is chosen', async () => {
    const fixture = page('hacker-news/who-is-hiring');
    const first = expectedFor(fixture).verdicts[0];
    const tab = await driver.open(fixture.url);
    await waitForBadges(async () => tab.accessibleNames('button'), 1);
    await tab.click('rolelens-badge');
    const panel = await tab.waitForPanel();
    expect(panel.headings[0]).toBe(first ? SHAPE_LABELS[first.shape] : 'no verdict');
    await tab.close();
  });

  it('shows the verdict of selected text sent from the context menu', async () => {
    // A CTO posting, then a selection that reads as the other pole: the headline must change to the selection's.
    const fixture = page('greenhouse/old-layout-cto');
    const tab = await driver.open(fixture.url);
    expect((await tab.waitForPanel()).headings[0]).toBe('CTO-shaped');
    const text =
      'You will hire and grow engineering managers, run performance reviews and career ladders, own delivery and sprint planning, and build a recruiting pipeline for a team of 60 engineers across eight teams.';
    await driver.messageTab(fixture.url, { type: 'show-selection-verdict', text });
    const panel = await tab.waitForPanel(
      (view) => view.names.includes('Selected text') || view.headings.length > 0,
    );
    expect(panel.headings[0]).toBe(SHAPE_LABELS[classify({ text }).shape]);
    await tab.close();
  });

  it('collapses and expands on the keyboard command', async () => {
    const fixture = page('lever/vp-engineering');
    const tab = await driver.open(fixture.url);
    await tab.waitForPanel((view) => view.names.includes('Collapse RoleLens panel'));
    expect(await driver.messageTab(fixture.url, { type: 'toggle-panel' })).toEqual({ open: false });
    await tab.waitForPanel((view) => view.names.includes('Expand RoleLens panel'));
    expect(await driver.messageTab(fixture.url, { type: 'toggle-panel' })).toEqual({ open: true });
    await tab.waitForPanel((view) => view.names.includes('Collapse RoleLens panel'));
    await tab.close();
  });

  it('logs no console error and sends no request anywhere but the fixture server', () => {
    expect(driver.consoleErrors()).toEqual([]);
    expect(driver.foreignRequests()).toEqual([]);
  });
});

async function waitForBadges(read: () => Promise<string[]>, count: number): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  let badges: string[] = [];
  while (Date.now() < deadline) {
    badges = (await read()).filter((name) => name.startsWith('RoleLens: '));
    if (badges.length >= count) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return badges;
}
