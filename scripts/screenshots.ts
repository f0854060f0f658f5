// The README's screenshots from the built extension in Chromium, in light and dark: the panel on two sites and on a
// mismatched posting (its questions to ask), and the options page's comparison and writer's guidance.
import { mkdirSync } from 'node:fs';
import { compareAllInHistory, writeInPlayground } from '../test/e2e/support/choosing';
import { launchChromium } from '../test/e2e/support/chromium';
import type { PageHandle } from '../test/e2e/support/driver';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { fixturePage } from '../test/e2e/support/pages';

const PANEL_SHOTS = [
  { id: 'greenhouse/old-layout-cto', name: 'greenhouse' },
  { id: 'lever/vp-engineering', name: 'lever' },
  { id: 'e2e/greenhouse-mismatch', name: 'questions' },
];
const COMPARED = ['greenhouse/old-layout-cto', 'lever/vp-engineering', 'e2e/greenhouse-mismatch'];
// Written for the screenshot: meant as a CTO posting, it drifts into running the team.
const CTO_DRIFTING = [
  'Chief Technology Officer at Harbor Freight Analytics',
  'What you will do',
  'Own our technical vision and make the key architecture decisions for the platform.',
  'Hire engineers and run weekly one-on-ones with every member of the team.',
  'Run sprint planning and keep delivery on schedule.',
  'Coach engineering managers and write performance reviews.',
].join('\n');
const OUT = 'docs/screenshots';

/** Scrolls the options page so the element starts near the top of the viewport. */
async function scrollTo(options: PageHandle, selector: string): Promise<void> {
  await options.evaluate(`(() => {
    document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'start' });
    window.scrollBy(0, -12);
    return true;
  })()`);
}

mkdirSync(OUT, { recursive: true });
const server = await startFixtureServer();
for (const colorScheme of ['light', 'dark'] as const) {
  const driver = await launchChromium({ port: server.port, colorScheme });
  const shoot = async (tab: PageHandle, name: string) => {
    const path = `${OUT}/${name}-${colorScheme}.png`;
    await tab.screenshot(path);
    console.log(path);
  };
  for (const shot of PANEL_SHOTS) {
    const tab = await driver.open(fixturePage(shot.id).url);
    await tab.waitForPanel();
    await shoot(tab, shot.name);
    await tab.close();
  }
  // The history now holds the three postings just shown.
  const options = await driver.openExtensionPage('src/options/index.html');
  await compareAllInHistory(options, COMPARED.length);
  await scrollTo(options, '.compare');
  await shoot(options, 'compare');
  await writeInPlayground(options, 'cto', CTO_DRIFTING);
  await scrollTo(options, '.guidance');
  await shoot(options, 'guidance');
  await options.close();
  await driver.close();
}
await server.close();
