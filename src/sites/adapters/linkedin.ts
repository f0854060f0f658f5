// LinkedIn jobs: /jobs/view/<id> (guest and signed-in) and the search/collections pane that follows currentJobId.
import { firstMatch } from '../dom';
import { extractPosting } from '../extract';
import type { SiteAdapter } from '../types';

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

export const linkedinAdapter: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  exampleUrls: [
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://www.linkedin.com/jobs/view/chief-technology-officer-at-northwind-4012345678',
    'https://www.linkedin.com/jobs/search/?currentJobId=4023456789&keywords=vp%20engineering',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4023456789',
  ],
  matches: (url) => /(^|\.)linkedin\.com$/.test(url.hostname) && url.pathname.startsWith('/jobs'),
  extract(doc, url) {
    const id = jobIdOf(url);
    if (!id || !paneShowsJob(doc, id)) return null;
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
