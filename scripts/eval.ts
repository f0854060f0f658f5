// `npm run eval -- [DIR] [--json] [--folds K]`: how far RoleLens agrees with the readers of a labelled corpus.
// With --folds K, each posting is also judged by a model fitted without it (scripts/lib/fit-model.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FITTED_MODEL } from '../src/classifier/fitted-model';
import { CorpusError, readCorpus } from './lib/corpus';
import { classifyPosting, crossValidated, fitItemsOf } from './lib/corpus-fit';
import { belowFloor, modelDrift, parseFloor } from './lib/eval-gate';
import { type Report, type Scored, score } from './lib/eval-metrics';
import { formatEval } from './lib/eval-report';
import { fitModel } from './lib/fit-model';

const DEFAULT_DIR = resolve(import.meta.dirname, '../../shared/corpus');
const USAGE = 'usage: npm run eval -- [DIR] [--json] [--folds K] [--quiet] [--gate FLOOR.json]';
/** fitted-model.ts rounds to three decimals; a refit that moves a number more than this is a stale model. */
const MAX_DRIFT = 0.002;

function summary(report: Report) {
  return {
    ...report,
    misreads: report.misreads.map((m) => ({
      file: m.posting.file,
      label: m.posting.label,
      shape: m.verdict.shape,
      share: m.verdict.externalShare,
      confidence: m.verdict.confidence,
      evidence: [...m.verdict.evidence]
        .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
        .slice(0, 4)
        .map((e) => ({ matched: e.matched, pole: e.pole, weight: e.weight })),
    })),
  };
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const quiet = argv.includes('--quiet');
  const gateAt = argv.indexOf('--gate');
  const gateFile = gateAt >= 0 ? argv[gateAt + 1] : undefined;
  if (gateAt >= 0 && !gateFile) {
    process.stderr.write(`eval: --gate needs a floor file\n${USAGE}\n`);
    return 2;
  }
  const foldsAt = argv.indexOf('--folds');
  const folds = foldsAt >= 0 ? Number.parseInt(argv[foldsAt + 1] ?? '', 10) : 0;
  if (foldsAt >= 0 && !(folds >= 2 && folds <= 50)) {
    process.stderr.write(`eval: --folds needs a number from 2 to 50\n${USAGE}\n`);
    return 2;
  }
  const dirs = argv.filter((a, i) => !a.startsWith('--') && i !== foldsAt + 1 && i !== gateAt + 1);
  const dir = dirs[0] ?? DEFAULT_DIR;
  let corpus: ReturnType<typeof readCorpus>;
  try {
    corpus = readCorpus(dir);
  } catch (err) {
    if (err instanceof CorpusError) {
      process.stderr.write(`eval: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  const shipped: Scored[] = corpus.map((posting) => ({ posting, verdict: classifyPosting(posting) }));
  // On the corpus the model was fitted to, the shipped figures are training figures; --folds gives honest ones.
  const fittedHere = resolve(dir) === DEFAULT_DIR;
  const shippedTitle = `RoleLens as shipped, on ${dir}${fittedHere ? ' (its model was fitted on these postings: training figures; see --folds)' : ''}`;
  const reports: Array<[string, Report]> = [[shippedTitle, score(shipped)]];
  const items = folds || gateFile ? fitItemsOf(corpus) : [];
  if (folds) {
    const cv = crossValidated(items, folds);
    reports.push([
      `${folds}-fold cross-validated (each posting judged by a model fitted without it)`,
      score(cv),
    ]);
  }
  if (json) {
    const out = Object.fromEntries(
      reports.map(([title, r], i) => [i === 0 ? 'shipped' : 'crossValidated', { title, ...summary(r) }]),
    );
    process.stdout.write(`${JSON.stringify({ dir, folds: folds || null, ...out })}\n`);
  } else {
    process.stdout.write(
      `${reports.map(([title, r], i) => formatEval(title, r, !quiet && i === reports.length - 1)).join('\n\n')}\n`,
    );
  }
  if (gateFile) return gate(gateFile, reports[reports.length - 1]![1], fitModel(items));
  return 0;
}

/** CI's floor: the figures (cross-validated when --folds is given) and a shipped model the fit reproduces. */
function gate(file: string, report: Report, refit: ReturnType<typeof fitModel>): number {
  const failures = belowFloor(report, parseFloor(readFileSync(file, 'utf8')));
  const drift = modelDrift(FITTED_MODEL, refit);
  if (drift > MAX_DRIFT)
    failures.push(
      `src/classifier/fitted-model.ts is not what the fit gives on this corpus (drift ${drift.toFixed(3)}): run npm run fit`,
    );
  if (failures.length === 0) {
    process.stderr.write(`eval: gate ${file} holds\n`);
    return 0;
  }
  process.stderr.write(`eval: below the floor in ${file}:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
