// `npm run bench`: what RoleLens costs the page it runs on, in Chromium, for each build side by side in one run:
// main-thread time from a performance trace attributed to the extension's scripts (scripts/lib/trace-attribution.ts),
// the time from a posting appearing to the panel painted with the background warm and stopped, and the heap the
// content script adds. BENCH_BASELINE=DIR adds another build (e.g. main's dist/chrome) beside this one.
import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromiumContext } from '../test/e2e/support/chromium';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { FIXTURE_PAGES, fixturePage } from '../test/e2e/support/pages';
import { hnThread } from './lib/big-pages';
import { attribute, type TraceEvent } from './lib/trace-attribution';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const URL_HN = 'https://news.ycombinator.com/item?id=50000000';
const POSTING = fixturePage('greenhouse/old-layout-cto');
const URL_LATE = (n: number) => `https://boards.greenhouse.io/northwind/jobs/40900${n}`;
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

/** The Greenhouse posting held back until `showPosting()`, as a single-page app renders one; times in the page. */
function latePostingPage(): string {
  const html = readFileSync(POSTING.file, 'utf8');
  const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Loading</title></head><body>
<template id="posting">${body}</template>
<script>
window.showPosting = () => {
  new MutationObserver((records, observer) => {
    if (!document.querySelector('rolelens-panel')) return;
    observer.disconnect();
    // The frame that shows the panel is painted just before a task queued from its animation frame runs.
    requestAnimationFrame(() => setTimeout(() => { window.panelPaintedAt = performance.now(); }, 0));
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.body.append(document.getElementById('posting').content.cloneNode(true));
  window.postingShownAt = performance.now();
};
</script></body></html>`;
}

interface Variant {
  name: string;
  dir: string | null;
}

const VARIANTS: Variant[] = [
  { name: 'without RoleLens', dir: null },
  ...(process.env.BENCH_BASELINE ? [{ name: 'baseline build', dir: process.env.BENCH_BASELINE }] : []),
  { name: 'this build', dir: process.env.BENCH_BUILD ?? 'dist/chrome' },
];

interface Sample {
  postingMs: number;
  postingLongestMs: number;
  hnMs: number;
  hnLongestMs: number;
  heapMb: number;
  warmMs: number;
  coldMs: number;
}

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : Number.NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(page: Page, expression: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(expression)) return true;
    await sleep(50);
  }
  return false;
}

/** Loads `url` under a trace until `done` holds and the page has settled; the extension's share of it. */
async function traced(context: BrowserContext, url: string, done: string, prefix: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await until(page, done, 20_000);
  await sleep(1500); // highlights and badges follow in idle moments
  await cdp.send('Tracing.end');
  await complete;
  if (process.env.BENCH_TRACE_DIR)
    writeFileSync(
      `${process.env.BENCH_TRACE_DIR}/${new URL(url).hostname}-${Date.now()}.json`,
      JSON.stringify(events),
    );
  return { page, cdp, cost: attribute(events, prefix) };
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Panel painted after the posting appeared, ms; `stop` stops the service worker first. */
async function latency(context: BrowserContext, url: string, stop: boolean): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await sleep(1500);
  if (stop) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await sleep(300);
  }
  await page.evaluate('window.showPosting()');
  const painted = await until(page, 'window.panelPaintedAt !== undefined', 10_000);
  const ms = painted
    ? await page.evaluate<number>('window.panelPaintedAt - window.postingShownAt')
    : Number.NaN;
  await page.close();
  return ms;
}

async function measure(port: number, variant: Variant): Promise<Sample> {
  const launched = await launchChromiumContext({
    port,
    withExtension: variant.dir !== null,
    ...(variant.dir ? { extensionDir: variant.dir } : {}),
  });
  const { context } = launched;
  const worker = variant.dir
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 })))
    : null;
  const prefix = worker ? `chrome-extension://${new URL(worker.url()).host}/` : 'chrome-extension://none/';
  const posting = await traced(context, POSTING.url, "!!document.querySelector('rolelens-panel')", prefix);
  const heap = await heapMb(posting.cdp);
  await posting.page.close();
  const sample: Sample = {
    postingMs: posting.cost.totalMs,
    postingLongestMs: posting.cost.longestMs,
    hnMs: Number.NaN,
    hnLongestMs: Number.NaN,
    heapMb: heap,
    warmMs: Number.NaN,
    coldMs: Number.NaN,
  };
  if (variant.dir) {
    const hn = await traced(
      context,
      URL_HN,
      "document.querySelectorAll('rolelens-badge').length >= 300",
      prefix,
    );
    await hn.page.close();
    sample.hnMs = hn.cost.totalMs;
    sample.hnLongestMs = hn.cost.longestMs;
    sample.warmMs = await latency(context, URL_LATE(1), false);
    sample.coldMs = await latency(context, URL_LATE(2), true);
  }
  await launched.close();
  return sample;
}

const late = latePostingPage();
const server = await startFixtureServer({
  pages: FIXTURE_PAGES,
  extra: { [URL_HN]: hnThread(300), [URL_LATE(1)]: late, [URL_LATE(2)]: late },
});
const samples = new Map<string, Sample[]>(VARIANTS.map((v) => [v.name, []]));
for (let i = 0; i < RUNS; i++) {
  // Alternate, so every build sees the same machine noise.
  for (const variant of VARIANTS) samples.get(variant.name)?.push(await measure(server.port, variant));
}
await server.close();

const fmt = (xs: number[], digits = 1) =>
  `${median(xs).toFixed(digits)} (max ${Math.max(...xs.filter(Number.isFinite)).toFixed(digits)})`;
const baseHeap = median((samples.get('without RoleLens') ?? []).map((s) => s.heapMb));
console.log(`RoleLens on the host page, Chromium, ${RUNS} loads per build, alternating; medians (max):`);
for (const variant of VARIANTS.filter((v) => v.dir)) {
  const s = samples.get(variant.name) ?? [];
  console.log(`${variant.name} (${variant.dir})`);
  console.log(
    `  posting page: RoleLens main-thread time ${fmt(s.map((x) => x.postingMs))} ms, longest task ${fmt(s.map((x) => x.postingLongestMs))} ms`,
  );
  console.log(
    `  300-comment HN thread: RoleLens main-thread time ${fmt(s.map((x) => x.hnMs))} ms, longest task ${fmt(s.map((x) => x.hnLongestMs))} ms`,
  );
  console.log(
    `  posting appeared -> panel painted: background warm ${fmt(
      s.map((x) => x.warmMs),
      0,
    )} ms, stopped first ${fmt(
      s.map((x) => x.coldMs),
      0,
    )} ms`,
  );
  console.log(
    `  heap added on the posting page: ${fmt(
      s.map((x) => x.heapMb - baseHeap),
      2,
    )} MB`,
  );
}
