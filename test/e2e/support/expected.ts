// What the panel should say on a fixture page: the same adapters and classifier, run in Node on the same HTML.
import { readFileSync } from 'node:fs';
import { postingsFromHtml } from '../../../scripts/lib/html-postings';
import { classify, SHAPE_LABELS } from '../../../src/classifier';
import type { Verdict } from '../../../src/classifier/types';
import type { FixturePage } from './pages';

export interface ExpectedPage {
  page: FixturePage;
  headline: string | null;
  verdicts: Verdict[];
}

export function expectedFor(page: FixturePage): ExpectedPage {
  const postings = postingsFromHtml(readFileSync(page.file, 'utf8'), page.url);
  const verdicts = postings.map((p) => classify({ title: p.title, text: p.text }));
  const first = verdicts[0];
  return { page, headline: first ? SHAPE_LABELS[first.shape] : null, verdicts };
}
