// Every adapter is registered, has fixtures, and claims its own example URLs and no other's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../src/sites/generic';
import {
  adapterFor,
  onSiteOutsideJobs,
  SITE_ADAPTERS,
  SITE_MATCH_PATTERNS,
} from '../../../src/sites/registry';
import { FIXTURE_ROOT } from './fixtures';

const ADAPTER_DIR = join(import.meta.dirname, '../../../src/sites/adapters');

describe('site registry', () => {
  it('registers every adapter file, once', () => {
    const files = readdirSync(ADAPTER_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...files].sort());
  });

  it.each([...SITE_ADAPTERS, genericAdapter].map((a) => [a.id] as const))('%s has fixtures', (id) => {
    const dir = join(FIXTURE_ROOT, id);
    expect(existsSync(dir)).toBe(true);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages)
      expect(existsSync(join(dir, page.replace(/\.html$/, '.expected.json')))).toBe(true);
  });

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))(
    '%s claims its example URLs and no other adapter does',
    (_id, adapter) => {
      expect(adapter.exampleUrls.length).toBeGreaterThan(0);
      for (const url of adapter.exampleUrls) {
        expect(adapter.matches(new URL(url))).toBe(true);
        const claimants = SITE_ADAPTERS.filter((other) => other.matches(new URL(url))).map((a) => a.id);
        expect(claimants).toEqual([adapter.id]);
        expect(adapterFor(url)).toBe(adapter);
      }
    },
  );

  it('leaves unknown sites and bad URLs to the caller', () => {
    expect(adapterFor('https://careers.example.com/jobs/1')).toBeNull();
    expect(adapterFor('not a url')).toBeNull();
    expect(SITE_ADAPTERS).not.toContain(genericAdapter);
  });

  it('injects into exactly the pages the adapters claim (manifest.json lists their match patterns)', () => {
    const manifest = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../manifest.json'), 'utf8'),
    ) as {
      content_scripts: { matches: string[]; js: string[] }[];
    };
    expect(manifest.content_scripts.flatMap((s) => s.matches).sort()).toEqual(
      [...SITE_MATCH_PATTERNS].sort(),
    );
    // One file per site, loaded only on the pages its adapter claims.
    for (const adapter of SITE_ADAPTERS) {
      const script = manifest.content_scripts.find((s) => s.js[0] === `src/content/sites/${adapter.id}.ts`);
      expect(script?.matches).toEqual(adapter.matchPatterns);
    }
  });

  it.each([
    ['https://it.linkedin.com/jobs/view/responsabile-tecnico-at-acme-4012345679', 'linkedin'],
    ['https://au.linkedin.com/jobs/view/senior-engineer-at-acme-4411867124', 'linkedin'],
    ['https://uk.linkedin.com/jobs/search/?currentJobId=4023456789', 'linkedin'],
    ['https://ie.indeed.com/viewjob?jk=b01e81f251da6b99', 'indeed'],
    ['https://de.indeed.com/jobs?q=cto&vjk=0bb0c82f1ebd7121', 'indeed'],
    ['https://www.indeed.com/l-georgetown,-ga-jobs.html?vjk=0bb0c82f1ebd7121', 'indeed'],
    ['https://www.glassdoor.co.uk/job-listing/cto-acme-JV_KO0,3_KE4,8.htm?jl=1009412345680', 'glassdoor'],
    ['https://www.glassdoor.co.in/Job/bengaluru-cto-jobs-SRCH_IL.0,9_IC2940587.htm?jl=1', 'glassdoor'],
    ['https://www.glassdoor.de/Job/berlin-cto-jobs-SRCH_IL.0,6_IC2622109.htm', 'glassdoor'],
    ['https://glassdoor.ca/job-listing/vp-engineering-acme-JV_KO0,14.htm?jl=2', 'glassdoor'],
    ['https://www.glassdoor.com.au/job-listing/cto-kestrel-JV_KO0,3_KE4,11.htm?jl=3', 'glassdoor'],
    ['https://www.glassdoor.fr/Emploi/paris-cto-emplois-SRCH_IL.0,5_IC2881970.htm?jl=4', 'glassdoor'],
  ])('claims the country site page %s', (url, id) => {
    expect(adapterFor(url)?.id).toBe(id);
  });

  it.each([
    'https://www.linkedin.com/posts/acme_we-are-hiring-activity-7242203434504900609-ArVz',
    'https://www.linkedin.com/feed/',
    'https://www.indeed.com/',
    'https://uk.indeed.com/career-advice/finding-a-job/cover-letter',
    'https://www.glassdoor.com/Reviews/acme-reviews-E123.htm',
    'https://www.glassdoor.co.uk/Salary/acme-salaries-E123.htm',
    'https://wellfound.com/u/someone',
  ])('leaves %s alone: a supported site, but no job page', (url) => {
    expect(adapterFor(url)).toBeNull();
    expect(onSiteOutsideJobs(new URL(url))).toBe(true);
  });
});
