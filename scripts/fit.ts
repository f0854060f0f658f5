// `npm run fit -- [DIR]`: fits the decision model to a labelled corpus (default ../shared/corpus) and writes
// src/classifier/fitted-model.ts, with 5-fold cross-validated figures (never training figures) in its provenance.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCorpus } from './lib/corpus';
import { crossValidated, fitItemsOf } from './lib/corpus-fit';
import { score } from './lib/eval-metrics';
import { FIT_SETTINGS, fitModel } from './lib/fit-model';

const FOLDS = 5;
const dir = process.argv[2] ?? resolve(import.meta.dirname, '../../shared/corpus');
const out = resolve(import.meta.dirname, '../src/classifier/fitted-model.ts');

const round = (x: number): number => Math.round(x * 1000) / 1000;
const roundAll = (o: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));

const items = fitItemsOf(readCorpus(dir));
const cv = score(crossValidated(items, FOLDS));
const model = fitModel(items);
const pct = (x: number | null): string => (x === null ? '-' : `${Math.round(x * 1000) / 10}%`);
const provenance =
  `Fitted by scripts/fit.ts on ${items.length} postings two readers labelled alike (../shared/corpus); ` +
  `${FOLDS}-fold cross-validated: agreement ${pct(cv.agreement)}, hybrid recall ${pct(cv.perShape.hybrid!.recall)}, ` +
  `non-leadership recall ${pct(cv.perShape.none!.recall)}, ${cv.flips.length} CTO/VP-Eng flips, ` +
  `mismatches found ${pct(cv.mismatches.recall)}.`;
const fitted = {
  provenance,
  categoryScale: roundAll(model.categoryScale),
  titlePrior: Object.fromEntries(
    Object.entries(model.titlePrior).map(([t, c]) => [
      t,
      { external: round(c.external), internal: round(c.internal) },
    ]),
  ),
  halfBand: model.halfBand,
  bothHalves: model.bothHalves,
  hybridMinSide: model.hybridMinSide,
  leadershipThreshold: model.leadershipThreshold,
  leadership: {
    ...model.leadership,
    bias: round(model.leadership.bias),
    title: roundAll(model.leadership.title),
    signal: round(model.leadership.signal),
    external: round(model.leadership.external),
    internal: round(model.leadership.internal),
    handsOn: round(model.leadership.handsOn),
    work: round(model.leadership.work),
    words: round(model.leadership.words),
  },
};
writeFileSync(
  out,
  `// Written by \`npm run fit\` (scripts/fit.ts): do not edit by hand. What each number means: model.ts.
// Settings of the fit: ${JSON.stringify(FIT_SETTINGS)}
import type { DecisionModel } from './model';

export const FITTED_MODEL: DecisionModel = ${JSON.stringify(fitted, null, 2)};
`,
);
execFileSync('npx', ['biome', 'format', '--write', out], { stdio: 'ignore' });
process.stdout.write(`${provenance}\nwrote ${out}\n`);
