// LinkedIn jobs on www. and every country subdomain: /jobs/view/<id> (guest, 2025 and 2026 signed-in layouts) and
// the search/collections pane that follows currentJobId.
import { firstMatch, HEADINGS, headedSection, titleParts, underHeading } from '../dom';
import { extractPosting } from '../extract';
import { matchesAnyPattern } from '../match-pattern';
import { capCompany, capTitle, elementsText, inlineText } from '../text';
import type { Posting, SiteAdapter } from '../types';

// The 2026 layout hashes every class: its description is the expandable text box of the section keyed (or
// headed) "About the job", and the title and company are only in the document title.
const ABOUT_KEY = 'JobDetails_AboutTheJob_';
const ABOUT_HEADING = /^about the job$/i;
const TEXT_BOX = '[data-testid="expandable-text-box"]';

// The signed-in search layout keeps the selected posting in a right-hand pane; scope to it.
const PANE = [
  '.jobs-search__job-details',
  '.jobs-search__job-details--container',
  '.jobs-details',
  '.job-view-layout',
];
const TITLE = [
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.top-card-layout__title',
  '.topcard__title',
  'h1',
];
const COMPANY = [
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  '.topcard__org-name-link',
  '.top-card-layout__card .topcard__flavor a',
];
const LOCATION = [
  '.job-details-jobs-unified-top-card__primary-description-container',
  '.jobs-unified-top-card__bullet',
  '.topcard__flavor--bullet',
];
// Collapsed behind "see more" by CSS only: the full text is in these elements.
const DESCRIPTION = [
  '.jobs-description__content',
  '#job-details',
  '.show-more-less-html__markup',
  '.description__text',
];
const EXCLUDE = ['.show-more-less-html__button', '.jobs-description__footer'];
const VIEW_PATH = /^\/jobs\/view\/(?:[^/]*?-)?(\d+)/;
const PATTERNS = ['*://*.linkedin.com/jobs/*'];
const MIN_TEXT = 40;

function jobIdOf(url: URL): string | null {
  return url.searchParams.get('currentJobId') ?? VIEW_PATH.exec(url.pathname)?.[1] ?? null;
}

/** False while the pane still shows the previous job after currentJobId changed (its links name another id). */
function paneShowsJob(doc: Document, id: string): boolean {
  const pane = firstMatch(doc, PANE);
  if (!pane) return true;
  const links = Array.from(pane.querySelectorAll('a[href*="/jobs/view/"]'));
  return links.length === 0 || links.some((a) => (a.getAttribute('href') ?? '').includes(id));
}

/** The 2026 layout keys its sections by job id: while they name only another job, the pane has not caught up. */
function aboutShowsOtherJob(doc: Document, id: string): boolean {
  const keys = Array.from(doc.querySelectorAll(`[componentkey^="${ABOUT_KEY}"]`), (el) =>
    el.getAttribute('componentkey'),
  );
  return keys.length > 0 && !keys.includes(`${ABOUT_KEY}${id}`);
}

/** The 2026 layout's posting, or null when the page is not in that layout. */
function aboutTheJob(doc: Document, id: string): Posting | null {
  const section = doc.querySelector(`[componentkey="${ABOUT_KEY}${id}"]`);
  const box = section?.querySelector(TEXT_BOX) ?? underHeading(doc, ABOUT_HEADING, TEXT_BOX);
  if (!box) return null;
  const region = headedSection(box, ABOUT_HEADING);
  const { text, capped } = elementsText([region], undefined, HEADINGS);
  if (text.length < MIN_TEXT) return null;
  const named = titleParts(doc, 'LinkedIn');
  const link = inlineText(doc.querySelector(`a[href*="/jobs/view/${id}"]`));
  return {
    key: `linkedin:${id}`,
    title: capTitle(named?.title ?? link),
    ...(named ? { company: capCompany(named.company) } : {}),
    text,
    elements: [region],
    ...(capped ? { capped } : {}),
    source: 'markup',
  };
}

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  exampleUrls: [
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://www.linkedin.com/jobs/view/chief-technology-officer-at-northwind-4012345678',
    'https://www.linkedin.com/jobs/search/?currentJobId=4023456789&keywords=vp%20engineering',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4023456789',
    'https://it.linkedin.com/jobs/view/responsabile-tecnico-at-northwind-4012345679',
    'https://au.linkedin.com/jobs/view/4411867124/',
  ],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS),
  isPostingUrl: (url) => !!jobIdOf(url),
  extract(doc, url) {
    const id = jobIdOf(url);
    if (!id || aboutShowsOtherJob(doc, id)) return null;
    const about = aboutTheJob(doc, id);
    if (about) return about;
    if (!paneShowsJob(doc, id)) return null;
    const location = firstMatch(doc, LOCATION)?.textContent?.split('·')[0]?.replace(/\s+/g, ' ').trim();
    const posting = extractPosting(doc, {
      key: `linkedin:${id}`,
      selectors: { root: PANE, title: TITLE, company: COMPANY, description: DESCRIPTION, exclude: EXCLUDE },
      prefer: 'markup',
      jsonLd: VIEW_PATH.test(url.pathname), // on the search page JSON-LD names the first job loaded, not this one
    });
    return posting && location && !posting.location ? { ...posting, location } : posting;
  },
};
