// Glassdoor job listings: CSS-module class names (JobDetails_jobDescription__x1y2z), so match prefixes.
import { extractPosting, urlKey } from '../extract';
import type { SiteAdapter } from '../types';

const PANE = ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]'];
const TITLE = ['h1[id^="jd-job-title"]', '[data-test="job-title"]', 'h1'];
const COMPANY = [
  '[class*="EmployerProfile_employerNameHeading"] h4',
  '[data-test="employer-name"]',
  '[class*="EmployerProfile_employerName"]',
];
const LOCATION = ['[data-test="location"]'];
// The full text is in the DOM; "Show more" only lifts a CSS clamp.
const DESCRIPTION = [
  '[class*="JobDetails_jobDescription"]',
  '.jobDescriptionContent',
  '#JobDescriptionContainer',
];
const EXCLUDE = ['[class*="JobDetails_showMoreWrapper"]'];
// Rating digits follow the employer name ("Northwind4.2"); keep the name.
const RATING_SUFFIX = /\s*\d(\.\d)?\s*★?\s*$/;

export const glassdoorAdapter: SiteAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  exampleUrls: [
    'https://www.glassdoor.com/job-listing/vp-engineering-northwind-JV_IC1147401_KO0,14_KE15,24.htm?jl=1009412345678',
    'https://www.glassdoor.com/Job/remote-cto-jobs-SRCH_IL.0,6_IS11047_KO7,10.htm?jl=1009412345679',
  ],
  matches: (url) => /(^|\.)glassdoor\.[a-z.]+$/.test(url.hostname),
  extract(doc, url) {
    const id = url.searchParams.get('jl') ?? /_JL(\d+)/.exec(url.pathname)?.[1];
    const posting = extractPosting(doc, {
      key: id ? `glassdoor:${id}` : urlKey(url),
      selectors: {
        root: PANE,
        title: TITLE,
        company: COMPANY,
        location: LOCATION,
        description: DESCRIPTION,
        exclude: EXCLUDE,
      },
      prefer: 'markup', // the search page swaps the pane without reloading
    });
    return posting && { ...posting, company: posting.company?.replace(RATING_SUFFIX, '') || undefined };
  },
};
