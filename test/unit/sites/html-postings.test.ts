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

  it('reads a 5 MB page within the text cap and says so', () => {
    const paragraph = `<p>${'Lead the teams that build and run our platform, and hire their managers. '.repeat(20)}</p>`;
    const html = `<html><body><main><div class="job-description"><h2>Responsibilities</h2>${paragraph.repeat(Math.ceil(5_000_000 / paragraph.length))}</div></main></body></html>`;
    const [posting] = postingsFromHtml(html, 'https://careers.example.com/jobs/1');
    expect(posting?.capped).toBe(true);
    expect(posting!.text.length).toBeLessThanOrEqual(200_000);
  });
});
