// The CLI's HTML reader: the site adapter for the URL, list items for threads, generic elsewhere, none when none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postingsFromHtml } from '../../../scripts/lib/html-postings';
import { FIXTURE_ROOT } from './fixtures';

const read = (path: string) => readFileSync(join(FIXTURE_ROOT, path), 'utf8');

describe('postingsFromHtml', () => {
  it('reads a site posting', () => {
    const [posting, ...rest] = postingsFromHtml(
      read('lever/vp-engineering.html'),
      'https://jobs.lever.co/harborline/3f2a9c1e-5b7d-4e8a-9c0f-1a2b3c4d5e6f',
    );
    expect(rest).toEqual([]);
    expect(posting?.title).toBe('VP of Engineering');
  });

  it('returns every top-level comment of a hiring thread', () => {
    const postings = postingsFromHtml(
      read('hacker-news/who-is-hiring.html'),
      'https://news.ycombinator.com/item?id=43000000',
    );
    expect(postings.map((p) => p.key)).toEqual([
      'hn:43000101',
      'hn:43000201',
      'hn:43000301',
      'hn:43000401',
      'hn:43000501',
    ]);
  });

  it('falls back to the generic reader on other sites, and to nothing on pages without a posting', () => {
    expect(
      postingsFromHtml(read('generic/broken-json-ld.html'), 'https://orbitfreight.example/careers/hoe'),
    ).toHaveLength(1);
    expect(postingsFromHtml(read('generic/no-posting.html'), 'https://orbitfreight.example/blog/x')).toEqual(
      [],
    );
    expect(postingsFromHtml('', 'https://www.linkedin.com/jobs/view/1/')).toEqual([]);
  });

  // Parsing 5 MB as a browser does takes seconds on a loaded 2-core machine; this checks the cap, not the speed.
  it('reads a 5 MB page within the text cap and says so', { timeout: 60_000 }, () => {
    const paragraph = `<p>${'Lead the teams that build and run our platform, and hire their managers. '.repeat(20)}</p>`;
    const html = `<html><body><main><div class="job-description"><h2>Responsibilities</h2>${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}</div></main></body></html>`;
    const [posting] = postingsFromHtml(html, 'https://careers.example.com/jobs/1');
    expect(posting?.capped).toBe(true);
    expect(posting!.text.length).toBeLessThanOrEqual(200_000);
  });

  it('reads a job page whose markup no adapter knows generically, and says so', () => {
    const html = readFileSync(join(FIXTURE_ROOT, '../e2e/linkedin-redesign.html'), 'utf8');
    const [posting, ...rest] = postingsFromHtml(html, 'https://www.linkedin.com/jobs/view/4099990000/');
    expect(rest).toEqual([]);
    expect(posting?.source).toBe('generic');
    expect(posting?.title).toBe('Head of Engineering');
    expect(posting?.company).toBe('Larkspur Freight');
    expect(posting?.text).toContain('• Run performance reviews');
    for (const chrome of ['More jobs', 'Harbour Rail', 'My Network'])
      expect(posting?.text).not.toContain(chrome);
  });

  it('reads nothing generically off a job site page that is not a posting', () => {
    const html = readFileSync(join(FIXTURE_ROOT, '../e2e/linkedin-redesign.html'), 'utf8');
    expect(postingsFromHtml(html, 'https://www.linkedin.com/feed/')).toEqual([]);
    expect(postingsFromHtml(html, 'https://www.linkedin.com/jobs/search/?keywords=cto')).toEqual([]);
  });

  it.each([
    [
      'linkedin/view-cto.html',
      'https://it.linkedin.com/jobs/view/chief-technology-officer-at-tidewater-robotics-4012345678',
    ],
    [
      'glassdoor/job-listing.html',
      'https://www.glassdoor.co.uk/job-listing/vp-engineering-northwind-JV_IC2671300_KO0,14_KE15,24.htm?jl=1009412345678',
    ],
  ])('reads %s on a country domain as on the main one', (file, url) => {
    const [posting] = postingsFromHtml(read(file), url);
    expect(posting?.source).not.toBe('generic');
    expect(posting?.title.length).toBeGreaterThan(0);
  });
});
