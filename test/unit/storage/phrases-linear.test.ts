// No phrase a user can save makes reading a page superlinear: any accepted phrase, over 100 KB made of its own
// words and runs of separators, costs about four times as much as over a quarter of that text.
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compileLexicon, compilePattern, normalize } from '../../../src/classifier';
import { checkPhraseText, normalizePhrase } from '../../../src/storage/phrases';

// Stops a runaway match instead of hanging the run; a freeze detector, not a speed target.
function unfrozen<T>(fn: () => T, ms = 4000): T {
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

function fastest(fn: () => void, reps = 7): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
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

  it('any accepted phrase over 100 KB of its own words and separators costs about 4x what 25 KB costs', () => {
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
          const words = phrase.split(/[ -]/);
          const small = normalize(pageText(words, order, separator, 25_000)).text;
          const large = pageText(words, order, separator, 100_000);
          // The whole reading of the page finishes...
          unfrozen(() => analyze(large, compiled));
          // ...and the phrase's own rule, tried at every position, grows with the text and no faster.
          const rule = new RegExp(compiled.sources[0]!, 'g');
          const scan = (text: string) => () => {
            for (let i = 0; i < 4; i++) for (rule.lastIndex = 0; rule.exec(text) !== null; );
          };
          const largeNorm = normalize(large).text;
          const ratio = fastest(scan(largeNorm)) / fastest(scan(small));
          // Linear is 4; a quadratic rule would be 16, and the review's phrases were far worse.
          expect(ratio).toBeLessThan(9);
        },
      ),
      { numRuns: 40, examples: [['team -- lead', [0, 1, 0], '-']] },
    );
  });
});
