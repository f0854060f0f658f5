// No phrase a user can save makes reading a page superlinear: the rule any accepted phrase compiles to has no
// input that backtracks (recheck proves it from the regex, whatever the machine's load), and a page of 100 KB made
// of the phrase's own words and runs of separators is read.
import vm from 'node:vm';
import fc from 'fast-check';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { analyze, compileLexicon, compilePattern } from '../../../src/classifier';
import { checkPhraseText, normalizePhrase } from '../../../src/storage/phrases';

// Stops a runaway match instead of hanging the run; a freeze detector far above the real cost (milliseconds), not
// a speed target: "team -- lead" as first compiled took seconds over a few hundred hyphens, hours over 100 KB.
function unfrozen<T>(fn: () => T, ms = 10_000): T {
  return vm.runInNewContext('fn()', { fn }, { timeout: ms });
}

const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const SEPARATORS = [' ', '-', '--', ' -- ', ' - ', '- ', ' -', '  ', '---'];
// Separators as a page writes them: hyphens, dashes, spaces; the text normalises dashes to hyphens.
const PAGE_SEPARATORS = ['-', ' ', ' -', '- ', '\u2013', '\u2014', ' \u2014 ', '-\u00a0'];

/** A phrase as a user may type it: words joined by any runs of spaces and hyphens. */
const typedPhrase = fc
  .tuple(word, fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), word), { minLength: 1, maxLength: 4 }))
  .map(([first, rest]) => first + rest.map(([sep, w]) => sep + w).join(''));

/** Text of about `size` characters: the phrase's words in the given order, each followed by a long separator run. */
function pageText(
  words: readonly string[],
  order: readonly number[],
  separator: string,
  size: number,
): string {
  const run = separator.repeat(Math.ceil(size / order.length / separator.length));
  return order.map((i) => `${words[i % words.length]}${run}`).join('');
}

describe('user phrases stay linear', () => {
  it('an accepted phrase has one separator class per run of separators', () => {
    fc.assert(
      fc.property(typedPhrase, (typed) => {
        fc.pre(checkPhraseText(typed) === null);
        const phrase = normalizePhrase(typed);
        expect(phrase).not.toMatch(/[ -]{2}/);
        // Even a phrase with runs compiles to one class per run.
        expect(compilePattern(typed.replace(/-/g, ' ')).source).not.toMatch(/\[ -\][*+]\[ -\]/);
      }),
      { examples: [['team -- lead']] },
    );
  });

  it('any accepted phrase compiles to a rule without a backtracking input, and reads 100 KB of its own words', () => {
    fc.assert(
      fc.property(
        typedPhrase,
        fc.array(fc.nat(4), { minLength: 2, maxLength: 6 }),
        fc.constantFrom(...PAGE_SEPARATORS),
        (typed, order, separator) => {
          fc.pre(checkPhraseText(typed) === null);
          const phrase = normalizePhrase(typed);
          const compiled = compileLexicon(
            { categories: [], entries: [] },
            { external: [{ phrase, weight: 1 }], internal: [] },
          );
          // The rule as the scanner tries it at each place: polynomial or exponential would be 'vulnerable'. No
          // time limit, so a busy machine cannot turn a slow proof into a failure.
          const rule = compiled.sources[0]!;
          const proof = checkSync(rule, '', { timeout: null, randomSeed: 0 });
          expect(
            proof.status,
            `${rule}: ${JSON.stringify(proof.status === 'vulnerable' ? proof.attack : proof)}`,
          ).toBe('safe');
          unfrozen(() => analyze(pageText(phrase.split(/[ -]/), order, separator, 100_000), compiled));
        },
      ),
      // A fixed seed: recheck's fuzzing is a heuristic, and a run must not depend on which phrases it drew.
      { numRuns: 25, seed: 20261202, examples: [['team -- lead', [0, 1, 0], '-']] },
    );
  }, 180_000); // recheck's proofs take seconds on a busy 2-core machine

  it('the proof tells a backtracking rule: two separator classes side by side, as "team -- lead" once compiled', () => {
    expect(checkSync('team[ -]+[ -]*[ -]*[ -]+lead(?![a-z0-9])', '', { timeout: null }).status).toBe(
      'vulnerable',
    );
  });
});
