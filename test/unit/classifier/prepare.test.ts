// Preparing the lexicon a step at a time gives what compiling it at once gives, in many short steps.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  compileLexicon,
  compileLexiconSteps,
  DEFAULT_LEXICON,
  prepareInSteps,
} from '../../../src/classifier';

const text = readFileSync('test/fixtures/postings/cto-series-b-ml.txt', 'utf8');

describe('stepwise compilation', () => {
  it('reads a posting exactly as the lexicon compiled at once does', () => {
    const steps = compileLexiconSteps(DEFAULT_LEXICON);
    let result = steps.next();
    let pauses = 0;
    while (!result.done) {
      pauses++;
      result = steps.next();
    }
    expect(pauses).toBeGreaterThan(5);
    const stepwise = analyze(text, result.value);
    const atOnce = analyze(text, compileLexicon(DEFAULT_LEXICON));
    expect(stepwise.evidence).toEqual(atOnce.evidence);
    expect(stepwise.evidence.length).toBeGreaterThan(0);
  });

  it('reports done only at the end, and then stays done', () => {
    const job = prepareInSteps({
      extraPhrases: { external: [{ phrase: 'quantum roadmap', weight: 2 }], internal: [] },
    });
    let calls = 1;
    while (!job.step()) calls++;
    expect(calls).toBeGreaterThan(1);
    expect(job.step()).toBe(true);
  });
});
