// Accessibility: axe-core finds no violations in the panel, expanded and collapsed, in light and dark.
import { describe, expect, it } from 'vitest';
import { axeViolations, WCAG_TAGS } from './support/axe';
import { BROWSERS } from './support/browsers';
import type { PageHandle } from './support/driver';
import { FIXTURE_PAGES } from './support/pages';
import { launchForSuite, serveFixtures } from './support/suite';

const HARNESS_URL = 'https://boards.greenhouse.io/rolelens-a11y-harness';
// A plain page; the panel's markup goes into an open shadow root there, where axe can read it.
const HARNESS =
  '<!doctype html><html lang="en"><head><title>RoleLens panel</title></head><body><main></main></body></html>';

const server = serveFixtures({ pages: FIXTURE_PAGES, extra: { [HARNESS_URL]: HARNESS } });

/** Puts the panel's markup into an open shadow root of the harness page and runs axe over it. */
async function panelViolations(
  harness: PageHandle,
  markup: string,
  theme: 'light' | 'dark',
): Promise<string[]> {
  await harness.evaluate(`(() => {
    document.querySelector('rolelens-check')?.remove();
    const host = document.createElement('rolelens-check');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = ${JSON.stringify(markup)};
    root.querySelector('.panel').setAttribute('data-theme', ${JSON.stringify(theme)});
    document.querySelector('main').append(host);
    return true;
  })()`);
  return axeViolations(harness, "document.querySelector('rolelens-check')", [...WCAG_TAGS, 'best-practice']);
}

describe.each(BROWSERS)('accessibility in %s', (browser) => {
  const driver = launchForSuite(browser, server);

  it.each(['greenhouse/old-layout-cto', 'lever/vp-engineering'])(
    'finds no violations in the panel on %s',
    async (id) => {
      const fixture = FIXTURE_PAGES.find((p) => p.id === id);
      const tab = await driver.open(fixture?.url ?? '');
      await tab.waitForPanel();
      const expanded = await tab.panelMarkup();
      await driver.messageTab(fixture?.url ?? '', { type: 'toggle-panel' });
      await tab.waitForPanel((view) => view.names.includes('Expand RoleLens panel'));
      const collapsed = await tab.panelMarkup();
      await driver.messageTab(fixture?.url ?? '', { type: 'toggle-panel' });
      await tab.close();
      expect(expanded).toContain('aria-label="RoleLens"');
      const harness = await driver.open(HARNESS_URL);
      for (const theme of ['light', 'dark'] as const) {
        expect(await panelViolations(harness, expanded ?? '', theme)).toEqual([]);
        expect(await panelViolations(harness, collapsed ?? '', theme)).toEqual([]);
      }
      await harness.close();
    },
  );
});
