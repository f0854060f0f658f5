// Every real capture in ../shared/real-pages read by the adapters in Node: title, company, where the text starts
// and ends, and the page around the posting left out. Skipped, and said so, where ../shared is missing (CI has it).
import { describe, expect, it } from 'vitest';
import { postingsFromHtml } from '../../../scripts/lib/html-postings';
import { adapterFor } from '../../../src/sites/registry';
import { REAL_PAGES, readRealPage, realPageFiles, realPagesAvailable, wordsOf } from './real-pages';

const available = realPagesAvailable();
if (!available)
  console.warn('real-pages.test: ../shared/real-pages is missing; the real-page table was skipped');

describe.skipIf(!available)('real captured pages', () => {
  it('has a row for every capture in the shared folder', () => {
    expect(REAL_PAGES.map((p) => p.file).sort()).toEqual(realPageFiles().sort());
  });

  describe.each(REAL_PAGES.map((p) => [p.file, p] as const))('%s', (_file, page) => {
    it('is claimed by the expected reader', () => {
      expect(adapterFor(page.url)?.id ?? (page.adapter === 'none' ? 'none' : 'generic')).toBe(page.adapter);
    });

    // Pages of up to 1.5 MB, parsed as a browser does: seconds each on a loaded machine.
    it('reads what a person sees as the posting, and nothing around it', { timeout: 60_000 }, () => {
      const postings = postingsFromHtml(readRealPage(page.file), page.url);
      if (page.postings !== undefined) {
        expect(postings).toHaveLength(page.postings);
        for (const p of postings) expect(p.elements).toHaveLength(1);
        return;
      }
      if (!page.posting) {
        expect(postings).toEqual([]);
        return;
      }
      expect(postings).toHaveLength(1);
      const [posting] = postings;
      const expected = page.posting;
      expect(posting!.title).toBe(expected.title);
      expect(posting!.company).toBe(expected.company);
      expect(posting!.source).toBe(expected.source);
      const words = wordsOf(posting!.text);
      expect(words.slice(0, wordsOf(expected.first).length).join(' ')).toBe(expected.first);
      expect(words.slice(-wordsOf(expected.last).length).join(' ')).toBe(expected.last);
      for (const phrase of page.notContains ?? []) expect(posting!.text).not.toContain(phrase);
    });
  });
});
