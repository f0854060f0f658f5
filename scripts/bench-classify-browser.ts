// classify() where it runs for users: in Chromium, side by side with the same floor as scripts/bench.ts, on the
// same corpus and the same 1 MB texts. The classifier is bundled by vite exactly as the content script bundles it.
// BENCH_BASELINE=DIR (another checkout's src/classifier) also bundles that one and times the two in alternate
// rounds in the same page, so a change is judged against its baseline on the same machine at the same moment.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { launchChromium } from '../test/e2e/support/chromium';
import { startFixtureServer } from '../test/e2e/support/fixture-server';
import { fixturePage } from '../test/e2e/support/pages';

const DIR = join(import.meta.dirname, '../test/fixtures/postings');
const postings = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(DIR, f), 'utf8'))
  .filter((t) => t.length >= 1500);

async function bundle(entry: string, name: string): Promise<string> {
  const bundled = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, name, formats: ['iife'] } },
  })) as Rollup.RollupOutput[];
  return bundled[0]!.output[0].code;
}
const code = await bundle('src/classifier/index.ts', 'RoleLensClassifier');
const baselineDir = process.env.BENCH_BASELINE;
const baselineCode = baselineDir ? await bundle(join(baselineDir, 'index.ts'), 'Baseline') : undefined;

// Runs in the page with a baseline: each text timed with both classifiers in alternate rounds, medians.
const SIDE_BY_SIDE = `(() => {
  const postings = POSTINGS;
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const corpus = (size) => { const parts = []; let n = 0; for (let i = 0; n < size; i++) { const p = postings[i % postings.length]; parts.push(p); n += p.length + 2; } return parts.join('\\n\\n').slice(0, size); };
  const random = Array.from({ length: 1000000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 20000))).join('');
  const cases = [['per posting, us', postings, 20, 1000], ['1 MB, ms', [corpus(1000000)], 1, 1], ['1 MB of arbitrary Unicode, ms', [random], 1, 1]];
  const pair = [Baseline, RoleLensClassifier];
  for (const m of pair) for (let i = 0; i < 20; i++) for (const t of postings) m.classify({ text: t });
  return cases.map(([label, texts, reps, unit]) => {
    const times = [[], []];
    for (const m of pair) m.classify({ text: texts[0] });
    for (let r = 0; r < 21; r++) for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const t0 = performance.now();
      for (let j = 0; j < reps; j++) for (const t of texts) pair[k].classify({ text: t });
      times[k].push(((performance.now() - t0) * unit) / (reps * texts.length));
    }
    return [label, median(times[0]), median(times[1])];
  });
})()`;

// Runs in the page: the same measurements as scripts/bench.ts, medians of repeated rounds.
const MEASURE = `(() => {
  const { classify, compiledFor, floorSource } = RoleLensClassifier;
  const postings = POSTINGS;
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  const perText = (texts, fn, reps, rounds) => {
    const out = [];
    for (let r = 0; r < rounds; r++) { const t0 = performance.now(); for (let k = 0; k < reps; k++) for (const t of texts) fn(t); out.push(((performance.now() - t0) * 1000) / (reps * texts.length)); }
    return median(out);
  };
  const floor = new RegExp(floorSource(compiledFor().sources), 'gi');
  const count = (t) => { let n = 0; floor.lastIndex = 0; while (floor.exec(t)) n++; return n; };
  for (let i = 0; i < 20; i++) for (const t of postings) { classify({ text: t }); count(t); }
  const corpus = (size) => { const parts = []; let n = 0; for (let i = 0; n < size; i++) { const p = postings[i % postings.length]; parts.push(p); n += p.length + 2; } return parts.join('\\n\\n').slice(0, size); };
  const big = corpus(1000000);
  const random = Array.from({ length: 1000000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 20000))).join('');
  classify({ text: big });
  return {
    classifyUs: perText(postings, (t) => classify({ text: t }), 50, 21),
    floorUs: perText(postings, count, 2, 21),
    hundredKbMs: perText([corpus(100000)], (t) => classify({ text: t }), 5, 21) / 1000,
    oneMbMs: perText([big], (t) => classify({ text: t }), 1, 21) / 1000,
    randomMs: perText([random], (t) => classify({ text: t }), 1, 7) / 1000,
  };
})()`;

const server = await startFixtureServer();
const driver = await launchChromium({ port: server.port, withExtension: false });
const tab = await driver.open(fixturePage('greenhouse/old-layout-cto').url);
await tab.evaluate(`(() => { ${code}; window.RoleLensClassifier = RoleLensClassifier; return true; })()`);
const r = await tab.evaluate<Record<string, number>>(MEASURE.replace('POSTINGS', JSON.stringify(postings)));
const sideBySide = baselineCode
  ? await tab.evaluate<Array<[string, number, number]>>(
      `(() => { ${baselineCode}; window.Baseline = Baseline; return true; })() && ${SIDE_BY_SIDE.replace('POSTINGS', JSON.stringify(postings))}`,
    )
  : undefined;
await driver.close();
await server.close();

const ratio = (r.classifyUs as number) / (r.floorUs as number);
console.log(`classify() in Chromium (${postings.length} postings, medians of 21 rounds)`);
console.log(`  classify() per posting       ${r.classifyUs?.toFixed(1)} us`);
console.log(`  floor (bare alternation, i)  ${r.floorUs?.toFixed(1)} us   classify is ${ratio.toFixed(2)}x`);
console.log(
  `  100 KB ${r.hundredKbMs?.toFixed(2)} ms, 1 MB ${r.oneMbMs?.toFixed(2)} ms, 1 MB of arbitrary Unicode ${r.randomMs?.toFixed(2)} ms`,
);
if (sideBySide) {
  console.log(`\nside by side with ${baselineDir} (alternate rounds, medians of 21)`);
  for (const [label, base, now] of sideBySide)
    console.log(
      `  ${label.padEnd(32)} baseline ${base.toFixed(2).padStart(8)}   this ${now.toFixed(2).padStart(8)}   ratio ${(now / base).toFixed(2)}`,
    );
}
