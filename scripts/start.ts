// `npm start`: serves the bundled sample postings under their real hostnames and opens Chromium with RoleLens.
// Without a display it runs headless and writes a screenshot of each page to demo-shots/.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROME_PATH, launchChromium } from '../test/e2e/support/chromium';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { FIXTURE_PAGES } from '../test/e2e/support/pages';

if (!existsSync(CHROME_PATH)) {
  console.error(
    `Chromium was not found at ${CHROME_PATH}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
      'or point CHROME_PATH at a Chromium or Chrome binary, then run npm start again.',
  );
  process.exit(1);
}

const samples = FIXTURE_PAGES.filter((page) => page.sample);
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const server = await startFixtureServer();
const driver = await launchChromium({ port: server.port, headless });

if (headless) {
  mkdirSync('demo-shots', { recursive: true });
  for (const sample of samples) {
    const page = await driver.open(sample.url);
    const panel = await page.waitForPanel(undefined, 10_000).catch(() => null);
    const path = resolve('demo-shots', `${sample.id.replace('/', '-')}.png`);
    await page.screenshot(path);
    console.log(`${path}  ${sample.url}  ${panel ? `→ ${panel.headings[0] ?? '(panel)'}` : '(no panel)'}`);
    await page.close();
  }
  await driver.close();
  await server.close();
} else {
  for (const sample of samples) await driver.open(sample.url);
  console.log(
    `RoleLens is loaded on ${samples.length} sample postings. Close the browser or press Ctrl+C to stop.`,
  );
  const stop = async () => {
    await driver.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
}
