// Compiles the classifier's lexicon in idle moments, a few milliseconds at a time, so the first verdict on a page
// costs no long task (compiled at once, the lexicon takes 40-80 ms on a cold start).
import { prepareInSteps } from '../classifier';
import type { ClassifierSettings } from '../classifier/types';

const SLICE_MS = 6;

function later(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 100 });
  else setTimeout(run, 0);
}

/** Resolves once classify() with these settings has its lexicon ready. */
export function prepareClassifier(settings: Partial<ClassifierSettings>): Promise<void> {
  const job = prepareInSteps(settings);
  return new Promise((resolve) => {
    const slice = () => {
      const start = performance.now();
      while (performance.now() - start < SLICE_MS) {
        if (job.step()) return resolve();
      }
      later(slice);
    };
    later(slice);
  });
}
