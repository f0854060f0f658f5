// Extraction speed on large pages: a generated 300-comment HN thread and a 5 MB posting page. Prints medians.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { genericAdapter } from '../src/sites/generic';
import { adapterFor } from '../src/sites/registry';
import type { Posting } from '../src/sites/types';
import { bigPage, hnThread } from './lib/big-pages';
import { postingsFromHtml } from './lib/html-postings';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const FIXTURES = join(import.meta.dirname, '../test/fixtures/sites');

function parse(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function extractOnly(doc: Document, url: string): Posting[] {
  const adapter = adapterFor(url) ?? genericAdapter;
  const u = new URL(url);
  if (adapter.listItems) return adapter.listItems(doc, u);
  const posting = adapter.extract(doc, u);
  return posting ? [posting] : [];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(run: () => unknown): number[] {
  run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const cases = [
  {
    name: 'HN thread, 300 top-level + 600 replies',
    html: hnThread(300),
    url: 'https://news.ycombinator.com/item?id=1',
  },
  {
    name: '5 MB posting page (generic)',
    html: bigPage(5_000_000),
    url: 'https://careers.example.com/jobs/cto',
  },
  {
    name: 'LinkedIn search pane fixture',
    html: readFileSync(join(FIXTURES, 'linkedin/search-pane.html'), 'utf8'),
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=4023456789',
  },
];

console.log(`extraction benchmark, ${RUNS} runs each, median ms`);
console.log(
  [
    'page'.padEnd(42),
    'KB'.padStart(7),
    'postings'.padStart(9),
    'extract'.padStart(9),
    'parse+extract'.padStart(14),
  ].join(' '),
);
for (const c of cases) {
  const doc = parse(c.html, c.url);
  const found = extractOnly(doc, c.url);
  const extract = median(time(() => extractOnly(doc, c.url)));
  const full = median(time(() => postingsFromHtml(c.html, c.url)));
  const capped = found.some((p) => p.capped) ? ' (capped)' : '';
  console.log(
    [
      c.name.padEnd(42),
      String(Math.round(c.html.length / 1024)).padStart(7),
      `${found.length}${capped}`.padStart(9),
      extract.toFixed(1).padStart(9),
      full.toFixed(1).padStart(14),
    ].join(' '),
  );
}
