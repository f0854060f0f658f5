// The real captures in ../shared/real-pages (beside the clone), each with the URL it is served at and what a reader
// must find there. The pages are others' words: they are read at run time, never copied here. Expected words are
// only the few that mark where the text read must start and end.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REAL_PAGES_DIR = join(import.meta.dirname, '../../../../shared/real-pages');

export interface RealPage {
  file: string;
  /** Where the page is served: its capture URL, or its canonical one on a country domain. */
  url: string;
  adapter: string;
  /** Absent on a page with no posting. */
  posting?: {
    title: string;
    company: string;
    source: 'json-ld' | 'markup';
    first: string;
    last: string;
  };
  /** A thread: this many postings, each badged. */
  postings?: number;
  /** Words the text read must not hold: the page around the posting. */
  notContains?: string[];
}

// LinkedIn's signed-in chrome around the posting: none of it is the posting.
const LINKEDIN_CHROME = ['Premium', 'More jobs', 'People you can reach out to', 'About the company'];
const LINKEDIN_GUEST_CHROME = ['Sign in', 'Similar jobs', 'See who you know', 'Seniority level'];

export const REAL_PAGES: RealPage[] = [
  {
    file: '001-indeed.html',
    url: 'https://www.indeed.com/jobs?q=laboratory&l=Savannah%2C+GA&vjk=0bb0c82f1ebd7121',
    adapter: 'indeed',
    posting: {
      title: 'Laboratory Analyst',
      company: 'US Sugar Savannah Refinery',
      source: 'markup',
      first: 'SUMMARY',
      last: 'Work Location: In person',
    },
    notContains: ['Profile insights', 'Job details'],
  },
  {
    file: '002-linkedin.html',
    url: 'https://www.linkedin.com/jobs/view/4374244548/',
    adapter: 'linkedin',
    posting: {
      title: 'Graduate Data Engineer',
      company: 'Flow Traders',
      source: 'markup',
      first: 'Do you want to',
      last: 'free of obligation.',
    },
    notContains: [...LINKEDIN_CHROME, 'About the job', 'LinkedIn'],
  },
  {
    file: '003-workday.html',
    url: 'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    adapter: 'workday',
    posting: {
      title: 'Senior Industry Strategy Manager - Content Creation',
      company: 'Autodesk Canada Co.',
      source: 'json-ld',
      first: 'Job Requisition ID',
      last: 'latest Autodesk news.',
    },
  },
  {
    file: '004-linkedin.html',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=3943870863',
    adapter: 'linkedin',
    posting: {
      title: 'Executive Assistant',
      company: 'Amazon',
      source: 'markup',
      first: 'Description As an',
      last: 'Job ID: A2665208',
    },
    notContains: LINKEDIN_GUEST_CHROME,
  },
  {
    file: '008-hn.html',
    url: 'https://news.ycombinator.com/item?id=30164271',
    adapter: 'hacker-news',
    postings: 218,
  },
  {
    file: '010-greenhouse.html',
    url: 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007',
    adapter: 'greenhouse',
    posting: {
      title: 'Senior Staff AI Engineer',
      company: 'Sonatus',
      source: 'markup',
      first: 'At Sonatus,',
      last: 'with unsolicited activities.',
    },
    notContains: ['Apply for this job', 'Submit application', 'First Name'],
  },
  {
    file: '011-jsonld-recruitee.html',
    url: 'https://jobs.carbonequity.com/o/investor-operations-analyst-3',
    adapter: 'generic',
    posting: {
      title: 'Investor Operations Analyst',
      company: 'Carbon Equity',
      source: 'json-ld',
      first: 'About Carbon Equity',
      last: 'hear from you!',
    },
  },
  {
    file: '013-ashby.html',
    url: 'https://jobs.ashbyhq.com/lambda/0d79c70e-7a49-4a4a-a72f-7ef25d62de41',
    adapter: 'ashby',
    posting: {
      title: 'Technical Sourcing Manager',
      company: 'Lambda',
      source: 'json-ld',
      first: 'Lambda, The Superintelligence',
      last: 'or federal law.',
    },
  },
  {
    file: '021-linkedin-post.html',
    url: 'https://www.linkedin.com/posts/linkedin_were-making-updates-to-our-user-agreement-activity-7242203434504900609-ArVz',
    adapter: 'none',
  },
  {
    file: '023-linkedin.html',
    url: 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
    adapter: 'linkedin',
    posting: {
      title: 'Senior Software Engineer - Developer Experience',
      company: 'Heidi',
      source: 'markup',
      first: 'Who We Are',
      last: 'opportunity for all.',
    },
    notContains: LINKEDIN_GUEST_CHROME,
  },
  {
    file: '025-indeed.html',
    url: 'https://ie.indeed.com/viewjob?jk=b01e81f251da6b99',
    adapter: 'indeed',
    posting: {
      title: 'Software Technical Team Lead',
      company: 'T-Pro',
      source: 'markup',
      first: 'Software Technical Team Lead',
      last: 'perspectives, and skills.',
    },
    notContains: ['Job details', 'Report job'],
  },
  {
    file: '029-lever.html',
    url: 'https://jobs.lever.co/portpro/0efe220d-2b02-4eee-a7e3-9a3ff5cf97f3',
    adapter: 'lever',
    posting: {
      title: 'Data Scientist',
      company: 'PortPro',
      source: 'json-ld',
      first: 'At PortPro, we',
      last: 'or disability status.',
    },
  },
  {
    file: '030-ashby.html',
    url: 'https://jobs.ashbyhq.com/equip/2f34e681-461b-47ef-a86a-182e3ffc39a8?src=LinkedIn+Posting',
    adapter: 'ashby',
    posting: {
      title: 'Data Analyst I',
      company: 'Equip Health',
      source: 'json-ld',
      first: 'About Equip',
      last: 'or local law.',
    },
  },
  {
    file: '031-greenhouse.html',
    url: 'https://boards.greenhouse.io/capitaltg/jobs/4378843007',
    adapter: 'greenhouse',
    posting: {
      title: 'Software Engineer Level I',
      company: 'Capital Technology Group',
      source: 'json-ld',
      first: 'Description Capital Technology',
      last: 'and other factors.',
    },
  },
  {
    file: '036-greenhouse.html',
    url: 'https://job-boards.greenhouse.io/axon/jobs/6239197003',
    adapter: 'greenhouse',
    posting: {
      title: 'Engineering manager embedded',
      company: 'Axon',
      source: 'markup',
      first: 'Join Axon',
      last: 'recruitingops@axon.com.',
    },
    notContains: ['Apply for this job', 'Submit application'],
  },
];

export function realPagesAvailable(): boolean {
  return existsSync(join(REAL_PAGES_DIR, 'INDEX.tsv'));
}

export function readRealPage(file: string): string {
  return readFileSync(join(REAL_PAGES_DIR, file), 'utf8');
}

/** Every file the shared folder holds, so a capture added there without a row here fails the table. */
export function realPageFiles(): string[] {
  return readFileSync(join(REAL_PAGES_DIR, 'INDEX.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0]!);
}

/** The words of a text, bullets dropped: what "first" and "last" are measured against. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '' && w !== '•');
}
