// Accessibility: axe-core finds no violations in the panel, expanded and collapsed, in light and dark.
import { describe, expect, it } from 'vitest';
import { PANEL_HARNESS, PANEL_HARNESS_URL, panelViolations } from './support/axe';
import { BROWSERS } from './support/browsers';
import { FIXTURE_PAGES } from './support/pages';
import { launchForSuite, serveFixtures } from './support/suite';

const server = serveFixtures({ pages: FIXTURE_PAGES, extra: { [PANEL_HARNESS_URL]: PANEL_HARNESS } });

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
      const harness = await driver.open(PANEL_HARNESS_URL);
      for (const theme of ['light', 'dark'] as const) {
        expect(await panelViolations(harness, expanded ?? '', theme)).toEqual([]);
        expect(await panelViolations(harness, collapsed ?? '', theme)).toEqual([]);
      }
      await harness.close();
    },
  );
});
