// The README's screenshots: the panel on two sites, in light and dark, from the built extension in Chromium.
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../test/e2e/support/chromium';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { FIXTURE_PAGES } from '../test/e2e/support/pages';

const SHOTS = [
  { id: 'greenhouse/old-layout-cto', name: 'greenhouse' },
  { id: 'lever/vp-engineering', name: 'lever' },
];
const OUT = 'docs/screenshots';

mkdirSync(OUT, { recursive: true });
const server = await startFixtureServer();
for (const colorScheme of ['light', 'dark'] as const) {
  const driver = await launchChromium({ port: server.port, colorScheme });
  for (const shot of SHOTS) {
    const page = FIXTURE_PAGES.find((p) => p.id === shot.id);
    if (!page) throw new Error(`no fixture ${shot.id}`);
    const tab = await driver.open(page.url);
    await tab.waitForPanel();
    const path = `${OUT}/${shot.name}-${colorScheme}.png`;
    await tab.screenshot(path);
    console.log(path);
    await tab.close();
  }
  await driver.close();
}
await server.close();
