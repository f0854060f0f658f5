// RoleLens in real Chromium on a 300-comment Hacker News thread and on a single posting: long tasks with and
// without the extension, side by side in one run, and the time until every job comment has its badge.
import { launchChromium } from '../test/e2e/support/chromium';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { FIXTURE_PAGES, fixturePage } from '../test/e2e/support/pages';
import { hnThread } from './lib/big-pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const URL_HN = 'https://news.ycombinator.com/item?id=50000000';
const SETTLE_MS = 3000;
// Collects every long task (over 50 ms) the page's thread runs, whoever runs it: the page's own scripts are the
// same on both sides, so the difference is RoleLens. (Long animation frames do not name extension scripts.)
const OBSERVE = `window.longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

interface Run {
  longTasks: number[];
  badgedMs: number | null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor(sorted.length / 2)] as number) : Number.NaN;
};

/** One page load: its long tasks, and for the HN thread how long until every job comment had its badge. */
async function measure(port: number, url: string, badges: number, withExtension: boolean): Promise<Run> {
  const driver = await launchChromium({ port, withExtension, initScript: OBSERVE });
  const started = Date.now();
  const tab = await driver.open(url);
  let badgedMs: number | null = null;
  if (withExtension && badges > 0) {
    while (Date.now() - started < 20_000) {
      const names = (await tab.accessibleNames('button')).filter((n) => n.startsWith('RoleLens: '));
      if (names.length >= badges) {
        badgedMs = Date.now() - started;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const longTasks = await tab.evaluate<number[]>('window.longTasks');
  await driver.close();
  return { longTasks, badgedMs };
}

const PAGES = [
  { name: '300-comment Hacker News thread', url: URL_HN, badges: 300 },
  { name: 'Greenhouse CTO posting', url: fixturePage('greenhouse/old-layout-cto').url, badges: 0 },
];

const server = await startFixtureServer({ pages: FIXTURE_PAGES, extra: { [URL_HN]: hnThread(300) } });
const longest = (r: Run) => Math.max(0, ...r.longTasks);
console.log(`RoleLens in Chromium, ${RUNS} page loads each side, alternating; medians (max over runs):`);
for (const page of PAGES) {
  const runs: Record<'with' | 'without', Run[]> = { with: [], without: [] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so both sides see the same machine noise.
    runs.without.push(await measure(server.port, page.url, page.badges, false));
    runs.with.push(await measure(server.port, page.url, page.badges, true));
  }
  console.log(page.name);
  for (const side of ['without', 'with'] as const) {
    const r = runs[side];
    console.log(
      `  ${side.padEnd(7)} RoleLens: longest task ${median(r.map(longest)).toFixed(0)} ms ` +
        `(${Math.max(...r.map(longest)).toFixed(0)}), long tasks per load ${median(r.map((x) => x.longTasks.length))}`,
    );
  }
  const badged = runs.with.map((r) => r.badgedMs).filter((v): v is number => v !== null);
  if (page.badges > 0)
    console.log(
      `  every job comment badged ${median(badged).toFixed(0)} ms after navigation (${badged.length}/${RUNS} runs)`,
    );
}
await server.close();
