// Property tests: any string, however odd, classifies without throwing; evidence offsets slice exactly their
// matched text; the same input gives the same verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, normalize, toOriginal, type Verdict } from '../../../src/classifier';

// Text built from posting-like pieces, so that properties are checked where there is evidence to check.
const PIECES = [
  'Hire and grow the engineering team',
  'set the technical vision',
  'no direct reports',
  'Board of Directors',
  'build-vs-buy',
  'co\u2010founder',
  '\u2022 managers of managers',
  'R&amp;D',
  'hir&#105;ng',
  'team\u2019s health',
  'Responsibilities:',
  'Benefits\n',
  'equal opportunity employer',
  'Series A',
  'a team of 40 engineers',
  'reports to the CEO',
  'hands-on',
  '\u00a0',
  '\r\n',
  '\ufb01',
  '\u0130',
  '\u2026',
  '\ud83d\ude80',
  '\ud800',
  '&nbsp;',
  '  ',
];
const postingLike = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: 'grapheme' })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), postingLike);

function checkOffsets(text: string, v: Verdict): void {
  for (const e of v.evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(e.start).toBeLessThan(e.end);
    expect(text.slice(e.start, e.end)).toBe(e.matched);
  }
  for (const c of v.context) if (c.start !== undefined) expect(c.end).toBeLessThanOrEqual(text.length);
}

describe('classify on any text', () => {
  it('never throws, keeps offsets exact and shares in range', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.string(), { nil: undefined }), (text, title) => {
        const v = classify(title === undefined ? { text } : { title, text });
        checkOffsets(text, v);
        expect(v.externalShare).toBeGreaterThanOrEqual(0);
        expect(v.externalShare).toBeLessThanOrEqual(1);
        expect(v.confidence).toBeGreaterThanOrEqual(0);
        expect(v.confidence).toBeLessThanOrEqual(1);
        expect(v.summary.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(postingLike, (text) => {
        expect(classify({ title: 'CTO', text })).toEqual(classify({ title: 'CTO', text }));
      }),
      { numRuns: 100 },
    );
  });

  it('maps every normalised span back inside the original', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const norm = normalize(text);
        const n = norm.text.length;
        const s = Math.min(a, b) % (n + 1);
        const e = Math.max(s, Math.max(a, b) % (n + 1));
        const span = toOriginal(norm, s, e);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
      }),
      { numRuns: 300 },
    );
  });

  it('maps each normalised unit back to the original characters that produced it', () => {
    // Entities, expansions (ligatures, ellipses), removals (soft hyphens) and plain units, mixed: the map's
    // breakpoints must lead every unit home. Lone surrogates are left out: alone they decode to U+FFFD.
    const unit = fc.oneof(
      fc.constantFrom(
        '&amp;',
        '&#105;',
        '&nbsp;',
        '&bogus;',
        '\ufb01',
        '\u2026',
        '\u00ad',
        '\u200b',
        'A',
        ' ',
      ),
      fc.string({ unit: fc.integer({ min: 0x20, max: 0xd7ff }).map((c) => String.fromCharCode(c)) }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        const norm = normalize(text);
        let previous = 0;
        for (let x = 0; x < norm.text.length; x++) {
          const { start, end } = toOriginal(norm, x, x + 1);
          expect(start).toBeGreaterThanOrEqual(previous);
          previous = start;
          const source = text.slice(start, Math.max(end, start + 1));
          expect(normalize(source).text).toContain(norm.text[x]);
        }
        expect(toOriginal(norm, norm.text.length, norm.text.length).start).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('survives 1 MB of random Unicode, and 1 MB of postings, with exact offsets', () => {
    const random = fc
      .sample(fc.string({ unit: 'binary', minLength: 2000, maxLength: 2000 }), { numRuns: 500, seed: 7 })
      .join('');
    expect(random.length).toBeGreaterThanOrEqual(1_000_000);
    checkOffsets(random, classify({ text: random }));
    const postings = fc.sample(postingLike, { numRuns: 3000, seed: 11 }).join('\n');
    const big = postings.repeat(Math.ceil(1_000_000 / Math.max(1, postings.length))).slice(0, 1_000_000);
    const v = classify({ title: 'VP Engineering', text: big });
    checkOffsets(big, v);
    expect(classify({ title: 'VP Engineering', text: big })).toEqual(v);
  });
});
