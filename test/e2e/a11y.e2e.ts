// Accessibility: axe-core finds no violations in the panel, expanded and collapsed, in light and dark.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser } from './support/browsers';
import type { BrowserDriver, PageHandle } from './support/driver';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { FIXTURE_PAGES } from './support/pages';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HARNESS_URL = 'https://boards.greenhouse.io/rolelens-a11y-harness';
// A plain page; the panel's markup goes into an open shadow root there, where axe can read it.
const HARNESS =
  '<!doctype html><html lang="en"><head><title>RoleLens panel</title></head><body><main></main></body></html>';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer({ pages: FIXTURE_PAGES, extra: { [HARNESS_URL]: HARNESS } });
});

afterAll(async () => {
  await server?.close();
});

async function axeViolations(
  harness: PageHandle,
  markup: string,
  theme: 'light' | 'dark',
): Promise<string[]> {
  return harness.evaluate<string[]>(`(async () => {
    if (!window.axe) { const s = document.createElement('script'); s.textContent = ${JSON.stringify(AXE)}; document.head.append(s); }
    document.querySelector('rolelens-check')?.remove();
    const host = document.createElement('rolelens-check');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = ${JSON.stringify(markup)};
    root.querySelector('.panel').setAttribute('data-theme', ${JSON.stringify(theme)});
    document.querySelector('main').append(host);
    const result = await window.axe.run(host, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
  })()`);
}

describe.each(BROWSERS)('accessibility in %s', (browser) => {
  let driver: BrowserDriver;

  beforeAll(async () => {
    driver = await launchBrowser(browser, server.port);
  });

  afterAll(async () => {
    await driver?.close();
  });

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
        expect(await axeViolations(harness, expanded ?? '', theme)).toEqual([]);
        expect(await axeViolations(harness, collapsed ?? '', theme)).toEqual([]);
      }
      await harness.close();
    },
  );
});
