// `npm run eval -- [DIR] [--json] [--folds K]`: how far RoleLens agrees with the readers of a labelled corpus.
import { resolve } from 'node:path';
import { classify } from '../src/classifier';
import { CorpusError, readCorpus } from './lib/corpus';
import { type Scored, score } from './lib/eval-metrics';
import { formatEval } from './lib/eval-report';

const DEFAULT_DIR = resolve(import.meta.dirname, '../../shared/corpus');

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const dirs = argv.filter((a) => !a.startsWith('--'));
  const dir = dirs[0] ?? DEFAULT_DIR;
  let corpus: ReturnType<typeof readCorpus>;
  try {
    corpus = readCorpus(dir);
  } catch (err) {
    if (err instanceof CorpusError) {
      process.stderr.write(`eval: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const results: Scored[] = corpus.map((posting) => ({
    posting,
    verdict: classify({ ...(posting.title ? { title: posting.title } : {}), text: posting.text }),
  }));
  const report = score(results);
  if (json)
    process.stdout.write(
      `${JSON.stringify({ ...report, misreads: report.misreads.map((m) => ({ file: m.posting.file, label: m.posting.label, shape: m.verdict.shape, share: m.verdict.externalShare })) })}\n`,
    );
  else process.stdout.write(`${formatEval(`RoleLens on ${dir}`, report, true)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
