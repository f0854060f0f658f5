// Size budgets for the built extension: a content script loads on every job page, so it is held tightest. Each
// page loads its site's file (src/content/sites/); the largest is held to the budget, raw and gzipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Budget {
  what: string;
  bytes: () => number;
  limit: number;
}

const KB = 1024;

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? dirBytes(path) : statSync(path).size);
  }, 0);
}

/** The manifest's content scripts of a build, each as the text a page loads. */
function contentScripts(browser: string): { file: string; code: string }[] {
  const manifest = JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8'));
  return manifest.content_scripts.flatMap((script: { js: string[] }) =>
    script.js.map((file) => ({ file, code: readFileSync(`dist/${browser}/${file}`, 'utf8') })),
  );
}

const largest = (browser: string, size: (code: string) => number) =>
  Math.max(...contentScripts(browser).map(({ code }) => size(code)));
const raw = (code: string) => Buffer.byteLength(code);
const gzip = (code: string) => gzipSync(code).length;
// The file the background injects on request (every site's reader); it loads only where the user asks.
const injected = (browser: string) => readFileSync(`dist/${browser}/src/content/index.js`, 'utf8');

const BUDGETS: Budget[] = [
  // What the host page pays (issue 14): the classifier judges in the background, settings come from there too.
  { what: 'largest content script (chrome), raw', bytes: () => largest('chrome', raw), limit: 56 * KB },
  { what: 'largest content script (chrome), gzip', bytes: () => largest('chrome', gzip), limit: 20 * KB },
  { what: 'largest content script (firefox), gzip', bytes: () => largest('firefox', gzip), limit: 20 * KB },
  // Only where the user asks ("Analyze this page", the context menu): every site's reader and the panel's questions.
  { what: 'injected content script (chrome), gzip', bytes: () => gzip(injected('chrome')), limit: 25 * KB },
  // Eleven small site files instead of one: each build holds the shared code once per site. And the background
  // carries the lexicon's phrases compiled at build time (about 210 KB of JSON), so a stopped one wakes faster.
  { what: 'dist/chrome, all files', bytes: () => dirBytes('dist/chrome'), limit: 1200 * KB },
  { what: 'dist/firefox, all files', bytes: () => dirBytes('dist/firefox'), limit: 1200 * KB },
];

let over = 0;
for (const budget of BUDGETS) {
  const bytes = budget.bytes();
  const ok = bytes <= budget.limit;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${budget.what}: ${(bytes / KB).toFixed(1)} KB of ${(budget.limit / KB).toFixed(0)} KB`,
  );
}
process.exit(over ? 1 : 0);
