// Any other page ("Analyze this page"), and the reader behind every site adapter when a redesign leaves it blind:
// JSON-LD, else the section a description heading names, else the largest job-description-like block.
import { firstText, HEADINGS, metaContent, pageTitle } from './dom';
import { extractPosting, urlKey } from './extract';
import { capCompany, capKey, capTitle, elementsText, inlineText } from './text';
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
// Headings that open a posting's whole text, on any site and in any markup (not its parts: "Responsibilities").
const DESCRIPTION_HEADING =
  /^(about the (job|role|position|opportunity)|job description|description|role description)$/i;
// Page chrome, ads and lists of other postings, which must not be mistaken for the posting.
const EXCLUDE = [
  'nav',
  'header',
  'footer',
  'aside',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[aria-hidden="true"]',
  '[class*="cookie" i]',
  '[class*="similar" i]',
  '[id*="similar" i]',
  '[class*="recommend" i]',
  '[class*="advert" i]',
  '[id*="advert" i]',
].join(', ');
// Words a job description carries; a block without any is not a posting.
const JOB_WORDS =
  /\b(responsibilit|requirements|qualifications|what you('|’)ll do|about the role|you will|we are looking for|experience with|years of experience|benefits)/i;
const MIN_CHARS = 300;
const MAX_CANDIDATES = 400;
// A heading's section is a few wrappers up; further up is the whole page.
const MAX_SECTION_DEPTH = 6;
// A block whose text is mostly links is a list of other pages ("More jobs"), not prose.
const MAX_LINK_SHARE = 0.5;

type Block = { element: Element; text: string; capped: boolean };

function readBlock(element: Element): Block | null {
  if (element.closest(EXCLUDE)) return null;
  const { text, capped } = elementsText([element], undefined, EXCLUDE);
  if (text.length < MIN_CHARS || !JOB_WORDS.test(text)) return null;
  const linked = Array.from(element.querySelectorAll('a'), (a) => inlineText(a).length).reduce(
    (s, n) => s + n,
    0,
  );
  if (linked > text.length * MAX_LINK_SHARE) return null;
  return { element, text, capped };
}

/** The section under a heading such as "About the job": the nearest ancestor that holds a posting's worth. */
function headedBlock(doc: Document): Block | null {
  for (const heading of Array.from(doc.querySelectorAll(HEADINGS))) {
    if (!DESCRIPTION_HEADING.test(inlineText(heading)) || heading.closest(EXCLUDE)) continue;
    let section: Element | null = heading.parentElement;
    for (let depth = 0; section && section !== doc.body && depth < MAX_SECTION_DEPTH; depth++) {
      const block = readBlock(section);
      if (block) return block;
      section = section.parentElement;
    }
  }
  return null;
}

function largestIn(doc: Document, selector: string): Block | null {
  let best: Block | null = null;
  const candidates = Array.from(doc.querySelectorAll(selector)).slice(0, MAX_CANDIDATES);
  for (const element of candidates) {
    const block = readBlock(element);
    if (block && (!best || block.text.length > best.text.length)) best = block;
  }
  return best;
}

/** The page's own name for the posting: its h1, og:title, or the first part of "Title | Company | Site"; the
 * company only from that three-part title, the one place many sites name it in a set shape. */
function namesOf(doc: Document): { title: string; company?: string } {
  const parts = (pageTitle(doc) ?? '').split(' | ');
  const company = parts.length === 3 ? parts[1]!.trim() : undefined;
  const title = firstText(doc, ['h1']) ?? metaContent(doc, 'og:title') ?? parts[0]!.trim();
  return {
    title: capTitle(title.split(' | ')[0]!.trim()),
    ...(company ? { company: capCompany(company) } : {}),
  };
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: 'Any page',
  exampleUrls: ['https://careers.example.com/jobs/head-of-engineering'],
  matchPatterns: [],
  matches: () => true,
  isPostingUrl: () => true,
  extract(doc, url): Posting | null {
    const key = capKey(urlKey(url));
    const fromLd = extractPosting(doc, { key, selectors: { title: ['h1'], description: [] } });
    if (fromLd) return fromLd;
    const block = headedBlock(doc) ?? largestIn(doc, NAMED) ?? largestIn(doc, STRUCTURAL);
    if (!block) return null;
    return {
      key,
      ...namesOf(doc),
      text: block.text,
      elements: [block.element],
      ...(block.capped ? { capped: true } : {}),
      source: 'markup',
    };
  },
};
