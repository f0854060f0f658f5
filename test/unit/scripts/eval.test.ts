// The evaluation and fitting machinery, on made-up corpora and made-up features: what `npm run eval` reports
// and what `npm run fit` learns must follow from the labels, never from one corpus.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, type LabelledPosting, parsePostingFile, readCorpus } from '../../../scripts/lib/corpus';
import { belowFloor, parseFloor } from '../../../scripts/lib/eval-gate';
import { foldsOf, score } from '../../../scripts/lib/eval-metrics';
import { type FitItem, fitModel } from '../../../scripts/lib/fit-model';
import type { PostingFeatures } from '../../../src/classifier/model';
import { fittedShare, leadershipProbability, scaledTotals } from '../../../src/classifier/model';
import type { Verdict } from '../../../src/classifier/types';

const posting = (file: string, label?: LabelledPosting['label'], mismatch = false): LabelledPosting => ({
  file,
  text: 'x',
  ...(label ? { label } : {}),
  mismatch,
  shares: [],
});
const verdict = (shape: Verdict['shape'], mismatch = false): Verdict =>
  ({
    shape,
    mismatch: mismatch ? { text: 'm' } : null,
    externalShare: 0.5,
    evidence: [],
  }) as unknown as Verdict;

describe('score', () => {
  it('counts agreement, the confusion table, flips and mismatches found, on agreed postings only', () => {
    const report = score([
      { posting: posting('a', 'cto'), verdict: verdict('cto') },
      { posting: posting('b', 'cto'), verdict: verdict('vpeng') },
      { posting: posting('c', 'vpeng', true), verdict: verdict('vpeng', true) },
      { posting: posting('d', 'neither', true), verdict: verdict('none') },
      { posting: posting('e', 'hybrid'), verdict: verdict('unknown') },
      { posting: posting('f'), verdict: verdict('cto') },
    ]);
    expect(report.scored).toBe(5);
    expect(report.agreement).toBeCloseTo(3 / 5);
    expect(report.flips).toEqual(['b']);
    expect(report.mismatches).toEqual({ marked: 2, found: 1, recall: 0.5 });
    expect(report.confusion.hybrid!.unknown).toBe(1);
    expect(report.perShape.cto).toEqual({ precision: 1, recall: 0.5, support: 2 });
    expect(report.misreads.map((m) => m.posting.file)).toEqual(['b', 'e']);
  });

  it('splits folds by label, the same way every time, with every posting in exactly one fold', () => {
    const items = ['cto', 'cto', 'vpeng', 'vpeng', 'vpeng', 'hybrid', 'neither', 'neither'].map((l, i) => ({
      posting: posting(String(i), l as LabelledPosting['label']),
    }));
    const folds = foldsOf(items, 3);
    expect(
      folds
        .flat()
        .map((i) => i.posting.file)
        .sort(),
    ).toEqual(items.map((i) => i.posting.file).sort());
    expect(foldsOf(items, 3)).toEqual(folds);
    for (const fold of folds) expect(fold.filter((i) => i.posting.label === 'vpeng').length).toBe(1);
  });
});

describe('the gate', () => {
  const floor = parseFloor(
    '{"agreement":0.9,"hybridRecall":0.5,"noneRecall":0.5,"mismatchRecall":0.5,"maxFlips":0}',
  );
  it('names every figure below the floor', () => {
    const report = score([
      { posting: posting('a', 'cto'), verdict: verdict('vpeng') },
      { posting: posting('b', 'hybrid'), verdict: verdict('hybrid') },
      { posting: posting('c', 'neither'), verdict: verdict('none') },
    ]);
    const failures = belowFloor(report, floor);
    expect(failures.some((f) => f.startsWith('agreement'))).toBe(true);
    expect(failures.some((f) => f.startsWith('CTO <-> VP-Eng flips 1'))).toBe(true);
    // No mismatch marked: recall is undefined, and an undefined figure never passes a floor.
    expect(failures.some((f) => f.startsWith('mismatches found n/a'))).toBe(true);
    expect(failures.some((f) => f.startsWith('hybrid'))).toBe(false);
  });
  it('refuses a floor file with a missing figure', () => {
    expect(() => parseFloor('{"agreement":0.9}')).toThrow(/hybridRecall/);
  });
});

describe('readCorpus', () => {
  it('reads titles, bodies and labels; a Hacker News comment has no title of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(dir, 'postings'));
    writeFileSync(join(dir, 'postings', '001.txt'), 'TITLE: Head of Widgets\nSOURCE: made up\n\nBody one.\n');
    writeFileSync(
      join(dir, 'postings', '002.txt'),
      'TITLE: HN comment: 1 (May 2020)\nSOURCE: s\n\nAcme | CTO\n',
    );
    writeFileSync(
      join(dir, 'labels.tsv'),
      'file\ttitle\tlabel\tagreed\tmismatch\tlabel_a\tlabel_b\tconfidence_a\tconfidence_b\texternal_share_a\texternal_share_b\n' +
        'postings/001.txt\tHead of Widgets\tvpeng\tyes\tno\tvpeng\tvpeng\t2\t2\t20\t30\n' +
        'postings/002.txt\tHN\t\tno\tno\tcto\thybrid\t1\t1\t70\t50\n',
    );
    const corpus = readCorpus(dir);
    expect(corpus[0]).toMatchObject({
      title: 'Head of Widgets',
      text: 'Body one.\n',
      label: 'vpeng',
      shares: [0.2, 0.3],
    });
    expect(corpus[1]!.title).toBeUndefined();
    expect(corpus[1]!.label).toBeUndefined();
    expect(parsePostingFile('TITLE: X\n\nBody').text).toBe('Body');
  });
  it('says what is wrong with a directory that is not a corpus', () => {
    expect(() => readCorpus(mkdtempSync(join(tmpdir(), 'empty-')))).toThrow(CorpusError);
  });
});

/** Made-up features: `ext` and `int` evidence in one category each, a title, and other work. */
function item(
  label: FitItem['label'],
  ext: number,
  int: number,
  more: Partial<PostingFeatures> = {},
): FitItem {
  const features: PostingFeatures = {
    external: { vision: ext },
    internal: { hiring: int },
    titleShape: 'unknown',
    leadership: 0,
    otherWork: 0,
    words: 300,
    saysBoth: false,
    ...more,
  };
  const readerShare = label === 'cto' ? 0.8 : label === 'vpeng' ? 0.2 : label === 'hybrid' ? 0.5 : undefined;
  return { features, label, ...(readerShare !== undefined ? { readerShare } : {}) };
}

describe('fitModel', () => {
  const items: FitItem[] = [];
  for (let k = 1; k <= 6; k++) {
    items.push(item('cto', 8 + k, 1, { titleShape: 'cto' }));
    items.push(item('vpeng', 1, 8 + k, { titleShape: 'vpeng' }));
    items.push(item('hybrid', 5 + k, 5 + k));
    items.push(item('neither', 1, 0, { titleShape: 'ic', otherWork: 3 }));
  }
  const model = fitModel(items);

  it('learns a share that separates the poles and leaves the balanced postings in the hybrid band', () => {
    const share = (f: FitItem) => fittedShare(f.features, scaledTotals(f.features, model), model).share;
    expect(share(item('cto', 12, 1, { titleShape: 'cto' }))).toBeGreaterThan(0.5 + model.halfBand);
    expect(share(item('vpeng', 1, 12, { titleShape: 'vpeng' }))).toBeLessThan(0.5 - model.halfBand);
    expect(Math.abs(share(item('hybrid', 7, 7)) - 0.5)).toBeLessThan(model.halfBand);
  });

  it('learns that an engineer title doing engineer work is not leadership, and a VP title with a team is', () => {
    const p = (f: FitItem) =>
      leadershipProbability(f.features, scaledTotals(f.features, model), model.leadership);
    expect(p(item('neither', 1, 0, { titleShape: 'ic', otherWork: 3 }))).toBeLessThan(0.5);
    expect(p(item('vpeng', 1, 10, { titleShape: 'vpeng' }))).toBeGreaterThan(0.5);
  });

  it('is deterministic: the same postings give the same numbers', () => {
    expect(fitModel(items)).toEqual(model);
  });
});
