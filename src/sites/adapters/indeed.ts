// Indeed: /viewjob?jk= pages and the search page's right-hand pane (?vjk=).
import { extractPosting } from '../extract';
import type { SiteAdapter } from '../types';

const PANE = ['#jobsearch-ViewjobPaneWrapper', '#jobsearch-ViewJobPaneWrapper', '.jobsearch-RightPane'];
const TITLE = [
  'h1.jobsearch-JobInfoHeader-title',
  '[data-testid="jobsearch-JobInfoHeader-title"]',
  'h2[data-testid="simpler-jobTitle"]',
  '[data-testid="jobDetailTitle"]',
  '.jobsearch-JobInfoHeader-title',
];
const COMPANY = [
  '[data-testid="inlineHeader-companyName"]',
  '[data-company-name="true"]',
  '.jobsearch-JobInfoHeader-companyNameSimple',
  '.jobsearch-JobInfoHeader-companyNameLink',
  '[data-testid="jobDetailSubtitle"]',
];
const LOCATION = [
  '[data-testid="inlineHeader-companyLocation"]',
  '[data-testid="job-location"]',
  '#jobLocationText',
];
// Indeed clamps the description with CSS; #jobDescriptionText holds all of it.
const DESCRIPTION = [
  '#jobDescriptionText',
  '[data-testid="jobDetailDescription"]',
  '.jobsearch-jobDescriptionText',
];

export const indeedAdapter: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  exampleUrls: [
    'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718',
    'https://www.indeed.com/jobs?q=vp+engineering&l=Remote&vjk=0f1e2d3c4b5a6978',
    'https://uk.indeed.com/viewjob?jk=1122334455667788',
  ],
  matches: (url) => /(^|\.)indeed\.com$/.test(url.hostname),
  extract(doc, url) {
    const id = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
    if (!id) return null;
    const posting = extractPosting(doc, {
      key: `indeed:${id}`,
      selectors: { root: PANE, title: TITLE, company: COMPANY, location: LOCATION, description: DESCRIPTION },
      prefer: 'markup',
      jsonLd: url.pathname.startsWith('/viewjob'),
    });
    // The title carries a screen-reader suffix, "- job post".
    return posting && { ...posting, title: posting.title.replace(/\s*-\s*job post\s*$/i, '') };
  },
};
