// JSON-LD: every block read, arrays and @graph flattened, broken blocks skipped without throwing.
import { describe, expect, it } from 'vitest';
import { jobPostingLd, jobPostingsLd } from '../../../src/sites/json-ld';
import { parsePage } from './fixtures';

function page(...blocks: string[]): Document {
  const scripts = blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('');
  return parsePage(`<html><head>${scripts}</head><body></body></html>`, 'https://example.com/');
}

const posting = {
  '@type': 'JobPosting',
  title: 'CTO',
  description: '<p>Own the technology.</p>',
  hiringOrganization: { '@type': 'Organization', name: 'Acme' },
  jobLocation: {
    '@type': 'Place',
    address: { addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
  },
  identifier: { '@type': 'PropertyValue', value: 'R-1' },
};

describe('jobPostingsLd', () => {
  it('reads a plain JobPosting', () => {
    expect(jobPostingLd(page(JSON.stringify({ '@context': 'https://schema.org', ...posting })))).toEqual({
      title: 'CTO',
      company: 'Acme',
      location: 'Austin, TX, US',
      descriptionHtml: '<p>Own the technology.</p>',
      identifier: 'R-1',
      url: undefined,
    });
  });

  it('flattens arrays and @graph, and skips other types', () => {
    const graph = { '@graph': [{ '@type': 'WebSite', name: 'x' }, [{ ...posting, title: 'VP Eng' }]] };
    const found = jobPostingsLd(
      page(JSON.stringify([{ '@type': 'Organization' }, posting]), JSON.stringify(graph)),
    );
    expect(found.map((p) => p.title)).toEqual(['CTO', 'VP Eng']);
  });

  it('skips malformed blocks and keeps the good ones', () => {
    const doc = page('{ "@type": "JobPosting", "title": ', 'not json at all', JSON.stringify(posting));
    expect(() => jobPostingsLd(doc)).not.toThrow();
    expect(jobPostingsLd(doc)).toHaveLength(1);
  });

  it('names remote postings', () => {
    const remote = { ...posting, jobLocation: undefined, jobLocationType: 'TELECOMMUTE' };
    expect(jobPostingLd(page(JSON.stringify(remote)))?.location).toBe('Remote');
  });

  it('returns null when there is no JobPosting', () => {
    expect(jobPostingLd(page())).toBeNull();
    expect(jobPostingLd(page('{"@type":"Article"}'))).toBeNull();
  });
});
