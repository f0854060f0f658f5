// Any other page ("Analyze this page" in the popup): JSON-LD, else the largest job-description-like block.
import { firstText, pageTitle } from './dom';
import { extractPosting, urlKey } from './extract';
import { elementsText } from './text';
import type { Posting, SiteAdapter } from './types';

// Containers that name themselves as a job description; article/main only when none does.
const NAMED = [
  '[itemprop="description"]',
  '[class*="job-description" i]',
  '[id*="job-description" i]',
  '[class*="jobdescription" i]',
  '[id*="jobdescription" i]',
  '[class*="description" i]',
  '[id*="description" i]',
  '[class*="posting" i]',
  '[class*="vacancy" i]',
].join(', ');
const STRUCTURAL = 'article, main';
// Page chrome that must not be mistaken for the posting.
const EXCLUDE =
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [class*="cookie" i]';
// Words a job description carries; a block without any is not a posting.
const JOB_WORDS =
  /\b(responsibilit|requirements|qualifications|what you('|’)ll do|about the role|you will|we are looking for|experience with|years of experience|benefits)/i;
const MIN_CHARS = 300;
const MAX_CANDIDATES = 400;

type Block = { element: Element; text: string; capped: boolean };

function largestJobBlock(doc: Document): Block | null {
  return largestIn(doc, NAMED) ?? largestIn(doc, STRUCTURAL);
}

function largestIn(doc: Document, selector: string): Block | null {
  let best: Block | null = null;
  const candidates = Array.from(doc.querySelectorAll(selector)).slice(0, MAX_CANDIDATES);
  for (const element of candidates) {
    if (element.closest(EXCLUDE)) continue;
    const { text, capped } = elementsText([element], undefined, EXCLUDE);
    if (text.length < MIN_CHARS || !JOB_WORDS.test(text)) continue;
    if (!best || text.length > best.text.length) best = { element, text, capped };
  }
  return best;
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: 'Any page',
  exampleUrls: ['https://careers.example.com/jobs/head-of-engineering'],
  matchPatterns: [],
  matches: () => true,
  isPostingUrl: () => true,
  extract(doc, url): Posting | null {
    const key = urlKey(url);
    const fromLd = extractPosting(doc, { key, selectors: { title: ['h1'], description: [] } });
    if (fromLd) return fromLd;
    const block = largestJobBlock(doc);
    if (!block) return null;
    return {
      key,
      title: firstText(doc, ['h1']) ?? pageTitle(doc) ?? '',
      text: block.text,
      elements: [block.element],
      ...(block.capped ? { capped: true } : {}),
      source: 'markup',
    };
  },
};
