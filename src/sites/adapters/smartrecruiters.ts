// SmartRecruiters hosted postings: server-rendered with schema.org microdata (itemprop) and .job-sections.
import { extractPosting, urlKey } from '../extract';
import { matchesAnyPattern } from '../match-pattern';
import type { SiteAdapter } from '../types';

const TITLE = ['h1.job-title', '[itemprop="title"]', 'h1'];
const COMPANY = ['[itemprop="hiringOrganization"] [itemprop="name"]'];
const LOCATION = ['[itemprop="jobLocation"]', '.job-location'];
const DESCRIPTION = ['.job-sections', '[itemprop="description"]', '#st-jobDescription', '.jobad-main'];
const EXCLUDE = ['.job-sections-apply', '#st-apply'];
// /<company>/<numeric id>-<slug>
const JOB_PATH = /^\/([^/]+)\/(\d+)/;
const PATTERNS = ['*://jobs.smartrecruiters.com/*'];

export const smartRecruitersAdapter: SiteAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  exampleUrls: ['https://jobs.smartrecruiters.com/Harborline/743999912345678-vice-president-of-engineering'],
  matchPatterns: PATTERNS,
  matches: (url) => matchesAnyPattern(url, PATTERNS),
  isPostingUrl: (url) => JOB_PATH.test(url.pathname),
  extract(doc, url) {
    const match = JOB_PATH.exec(url.pathname);
    return extractPosting(doc, {
      key: match ? `smartrecruiters:${match[1]}:${match[2]}` : urlKey(url),
      selectors: {
        title: TITLE,
        company: COMPANY,
        location: LOCATION,
        description: DESCRIPTION,
        exclude: EXCLUDE,
      },
      company: match?.[1],
    });
  },
};
