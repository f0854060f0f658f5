// For the person choosing and the person writing (issue 15): the panel's questions to ask on a mismatched posting,
// the options page's comparison of three postings from the history, and the playground's writer's guidance; each
// clean under axe-core in light and dark.
import { describe, expect, it } from 'vitest';
import { axeViolations, PANEL_HARNESS, PANEL_HARNESS_URL, panelViolations } from './support/axe';
import { BROWSERS } from './support/browsers';
import { compareAllInHistory, writeInPlayground } from './support/choosing';
import { type PageHandle, waitFor } from './support/driver';
import { HISTORY_IN_DATABASE } from './support/history';
import { FIXTURE_PAGES, fixturePage } from './support/pages';
import { launchForSuite, serveFixtures } from './support/suite';

const server = serveFixtures({ pages: FIXTURE_PAGES, extra: { [PANEL_HARNESS_URL]: PANEL_HARNESS } });

const MISMATCH = fixturePage('e2e/greenhouse-mismatch');
const COMPARED = ['greenhouse/old-layout-cto', 'lever/vp-engineering', 'e2e/greenhouse-mismatch'];

// Written for this test: meant as a CTO posting, it drifts into running the team.
const CTO_DRIFTING = [
  'Own our technical vision and make the key architecture decisions for the platform.',
  'Hire engineers and run weekly one-on-ones with every member of the team.',
  'Run sprint planning and keep delivery on schedule.',
].join('\n');

/** axe over the whole options page in light, then in dark. */
async function optionsViolations(options: PageHandle): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark']) {
    await options.evaluate(
      `(() => { document.documentElement.setAttribute('data-theme', '${theme}'); return true; })()`,
    );
    found.push(...(await axeViolations(options)).map((v) => `${theme}: ${v}`));
  }
  return found;
}

describe.each(BROWSERS)('choosing and writing in %s', (browser) => {
  const driver = launchForSuite(browser, server);

  it('the panel asks the questions a titled-CTO, VP-Eng-shaped posting calls for, each copyable', async () => {
    const tab = await driver.open(MISMATCH.url);
    const view = await tab.waitForPanel((v) => v.headings.includes('Questions to ask'));
    expect(view.headings[0]).toBe('VP-Eng-shaped');
    expect(view.names).toEqual(
      expect.arrayContaining(['Copy question 1', 'Copy question 2', 'Copy all questions']),
    );
    const markup = (await tab.panelMarkup()) ?? '';
    expect(markup).toContain(
      'Who sets the technical direction today, and who will own architecture decisions?',
    );
    expect(markup).toContain('Who manages the engineering managers day to day');
    expect(markup).toContain('The title says CTO but the duties read VP-Eng-shaped');
    await tab.close();
    const harness = await driver.open(PANEL_HARNESS_URL);
    for (const theme of ['light', 'dark'] as const)
      expect(await panelViolations(harness, markup, theme)).toEqual([]);
    await harness.close();
  });

  it('compares three postings from the history side by side', async () => {
    await driver.inExtension(HISTORY_IN_DATABASE, true);
    for (const id of COMPARED) {
      const tab = await driver.open(fixturePage(id).url);
      await tab.waitForPanel();
      await tab.close();
    }
    const options = await driver.openExtensionPage('src/options/index.html');
    await compareAllInHistory(options, COMPARED.length);
    const table = await waitFor(
      () =>
        options.evaluate<{ columns: string[]; shapes: string[]; mismatches: string[] } | null>(`(() => {
          const table = document.querySelector('.compare-table');
          if (!table) return null;
          const row = (name) => [...[...table.querySelectorAll('tbody tr')].find((r) => r.querySelector('th').textContent === name).querySelectorAll('td')].map((td) => td.textContent);
          return {
            columns: [...table.querySelectorAll('thead th a')].map((a) => a.textContent),
            shapes: row('Shape'),
            mismatches: row('Title mismatch'),
          };
        })()`),
      'the comparison',
    );
    expect(table.columns).toHaveLength(3);
    expect(table.columns.filter((c) => c === 'Chief Technology Officer')).toHaveLength(2);
    expect(table.columns).toContain('VP of Engineering');
    expect([...table.shapes].sort()).toEqual(['CTO-shaped', 'VP-Eng-shaped', 'VP-Eng-shaped']);
    expect(
      table.mismatches.filter((m) => m.startsWith('Titled Chief Technology Officer, reads VP-Eng-shaped')),
    ).toHaveLength(1);
    const bars = await options.evaluate<number>('document.querySelectorAll(".compare-table .bar").length');
    expect(bars).toBeGreaterThan(3);
    expect(await optionsViolations(options)).toEqual([]);
    await options.close();
  });

  it('the playground shows a writer where a CTO posting pulls toward the VP of Engineering’s job', async () => {
    const options = await driver.openExtensionPage('src/options/index.html');
    await writeInPlayground(options, 'cto', CTO_DRIFTING);
    const guidance = await waitFor(
      () =>
        options.evaluate<{ pulls: string[]; missing: string[] } | null>(`(() => {
          const section = document.querySelector('.guidance');
          if (!section) return null;
          return {
            pulls: [...section.querySelectorAll('.pulls q')].map((q) => q.textContent.toLowerCase()),
            missing: [...section.querySelectorAll('.missing strong')].map((s) => s.textContent),
          };
        })()`),
      'the guidance',
    );
    expect(guidance.pulls.some((p) => p.includes('one-on-ones'))).toBe(true);
    expect(guidance.pulls.some((p) => p.includes('technical vision'))).toBe(false);
    expect(guidance.missing).toContain('Investors and board');
    expect(await optionsViolations(options)).toEqual([]);
    await options.close();
  });

  it('logs no console error', () => {
    expect(driver.consoleErrors()).toEqual([]);
  });
});
