// `npx tsx scripts/vocab-counts.ts [DIR] [--each] [ID-PREFIX...]`: in how many postings of a labelled corpus each
// lexicon entry's phrases occur (with --each, each phrase on its own row), by the readers' label. The phrases are looked for in the whole normalised text, without
// sections, negation or the longest-phrase rule, so the counts say whether postings use the words at all: the
// test a phrase passes to enter the lexicon (docs/vocabulary-study.md).
import { resolve } from 'node:path';
import { LEADERSHIP_MARKERS, LEXICON, STOP_PHRASES } from '../src/classifier/lexicon';
import { normalize } from '../src/classifier/normalize';
import { compilePattern } from '../src/classifier/pattern';
import { CorpusError, readCorpus } from './lib/corpus';

const DEFAULT_DIR = resolve(import.meta.dirname, '../../shared/corpus');
const LABELS = ['cto', 'vpeng', 'hybrid', 'neither', 'split'] as const;

interface Family {
  id: string;
  patterns: readonly string[];
}

/** One regex for all of a family's phrases, starting on a word boundary as the scanner does. */
function familyRegex(patterns: readonly string[]): RegExp {
  const sources = patterns.map((p) => compilePattern(p).bounded);
  return new RegExp(`(?<![a-z0-9])(?:${sources.join('|')})`);
}

function main(argv: string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const dir = args[0] !== undefined && !/^(ext|int|mk|stop)/.test(args[0]) ? args.shift()! : DEFAULT_DIR;
  const prefixes = args;
  const each = argv.includes('--each');
  let corpus: ReturnType<typeof readCorpus>;
  try {
    corpus = readCorpus(dir);
  } catch (err) {
    if (err instanceof CorpusError) {
      process.stderr.write(`vocab-counts: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const families: Family[] = [
    ...LEXICON.map((e) => ({ id: e.id, patterns: e.patterns })),
    ...LEADERSHIP_MARKERS.map((m) => ({ id: m.id, patterns: m.patterns })),
    ...STOP_PHRASES.map((p) => ({ id: `stop: ${p}`, patterns: [p] })),
  ]
    .filter((f) => prefixes.length === 0 || prefixes.some((p) => f.id.startsWith(p)))
    .flatMap((f) => (each ? f.patterns.map((p) => ({ id: `${f.id}: ${p}`, patterns: [p] })) : [f]));
  const texts = corpus.map((p) => ({ label: p.label ?? 'split', text: normalize(p.text).text }));
  const total: Record<string, number> = {};
  for (const t of texts) total[t.label] = (total[t.label] ?? 0) + 1;
  process.stdout.write(
    `${corpus.length} postings: ${LABELS.map((l) => `${l} ${total[l] ?? 0}`).join(', ')}\n`,
  );
  process.stdout.write(`posts ${LABELS.map((l) => l.padStart(8)).join('')}  entry\n`);
  for (const f of families) {
    const re = familyRegex(f.patterns);
    const by: Record<string, number> = {};
    let n = 0;
    for (const t of texts)
      if (re.test(t.text)) {
        n++;
        by[t.label] = (by[t.label] ?? 0) + 1;
      }
    process.stdout.write(
      `${String(n).padStart(5)} ${LABELS.map((l) => String(by[l] ?? 0).padStart(8)).join('')}  ${f.id}\n`,
    );
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
