// No title can freeze a page: every pattern a title is read with stays linear on its own worst case, and a
// 10,000-character title built from the patterns' own words classifies.
import vm from 'node:vm';
import fc from 'fast-check';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { classify, readTitle } from '../../../src/classifier';
import { TITLE_PATTERNS } from '../../../src/classifier/title';

// Runs fn and stops it when it overruns: a backtracking regex would otherwise hang the whole run, not fail it.
// The limit is a freeze detector hundreds of times above the real cost, not a speed target (see `npm run bench`).
function unfrozen<T>(fn: () => T, ms = 10_000): T {
  return vm.runInNewContext('fn()', { fn }, { timeout: ms });
}

// Every word the title patterns are made of, and the joiners titles use between them.
const WORDS = [
  ...new Set(TITLE_PATTERNS.flatMap((re) => re.source.replace(/\\[bsdw]/g, ' ').match(/[a-z&]+/g) ?? [])),
];
const JOINERS = [' ', ', ', ' - ', ' & ', ' and ', ' of ', ' : '];
const LENGTH = 10_000;

/** A title of LENGTH characters: a lead word, then a few of the patterns' words repeated, then a stray end. */
const adversarialTitle = fc
  .record({
    lead: fc.constantFrom(...WORDS),
    run: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }),
    joiner: fc.constantFrom(...JOINERS),
    end: fc.constantFrom('word', '!', 'x9', ''),
  })
  .map(({ lead, run, joiner, end }) => {
    const unit = run.join(joiner) + joiner;
    const body = unit.repeat(Math.ceil(LENGTH / unit.length));
    return `${lead} ${body}`.slice(0, LENGTH - end.length) + end;
  });

// The shape the review found: "Head of " then "product and " many times and one more word (36 s at 27 repeats).
const REVIEW_TITLE = `Head of ${'product and '.repeat(832)}word`;

describe('title patterns stay linear', () => {
  it.each(TITLE_PATTERNS.map((re) => [re.source.slice(0, 60), re] as const))(
    '%s… has no worst case that backtracks (recheck)',
    (_, re) => {
      // A fixed seed and no time limit: the same proof on every run, however busy the machine (recheck's own 10 s
      // limit turned a slow proof into 'unknown', a failure, under load). Its fuzzing stays bounded by its steps.
      const result = checkSync(re.source, re.flags, { timeout: null, randomSeed: 0 });
      // On failure the message carries the attack string recheck built for this pattern.
      expect(result.status, JSON.stringify(result.status === 'vulnerable' ? result.attack : result)).toBe(
        'safe',
      );
    },
    120_000,
  );

  it('every pattern reads 10,000-character titles made of its own words', () => {
    fc.assert(
      fc.property(adversarialTitle, (title) => {
        for (const re of TITLE_PATTERNS) unfrozen(() => re.exec(title.toLowerCase()));
      }),
      {
        numRuns: 60,
        examples: [[REVIEW_TITLE]],
      },
    );
  });

  it('a 10,000-character adversarial title classifies, and reads as the title it starts with', () => {
    const verdict = unfrozen(() =>
      classify({ title: REVIEW_TITLE, text: 'Lead the engineering team. '.repeat(20) }),
    );
    expect(verdict.shape).toBeDefined();
    expect(unfrozen(() => readTitle(REVIEW_TITLE)).shape).not.toBe('vpeng');
    // Ten thousand characters of qualifiers still end in "Engineering": the reading is kept, only faster.
    expect(unfrozen(() => readTitle(`Head of ${'product and '.repeat(800)}engineering`)).shape).toBe('vpeng');
  });
});
