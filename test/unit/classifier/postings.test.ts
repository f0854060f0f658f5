// Behaviour on realistic postings written for these tests (test/fixtures/postings): what a careful reader would say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, type Shape, type TitleShape } from '../../../src/classifier';

interface Fixture {
  file: string;
  title?: string;
  shape: Shape;
  titleShape: TitleShape;
  mismatch?: boolean;
}

const DIR = join(__dirname, '../../fixtures/postings');
const { postings } = JSON.parse(readFileSync(join(DIR, 'postings.json'), 'utf8')) as { postings: Fixture[] };
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');
const verdictOf = (p: Fixture) => classify({ ...(p.title ? { title: p.title } : {}), text: read(p.file) });

describe('fixture postings', () => {
  it('has a dozen or more postings of every kind the issue names', () => {
    expect(postings.length).toBeGreaterThanOrEqual(12);
    const shapes = new Set(postings.map((p) => p.shape));
    for (const s of ['cto', 'vpeng', 'hybrid', 'none', 'unknown']) expect(shapes).toContain(s);
  });

  it.each(postings.map((p) => [p.file, p] as const))('%s', (_file, p) => {
    const v = verdictOf(p);
    expect(v.shape, v.summary).toBe(p.shape);
    expect(v.titleShape).toBe(p.titleShape);
    expect(v.mismatch !== null).toBe(p.mismatch === true);
    for (const e of v.evidence) expect(read(p.file).slice(e.start, e.end)).toBe(e.matched);
  });
});

describe('verdict details', () => {
  const find = (file: string) => verdictOf(postings.find((p) => p.file === file)!);

  it('names the mismatch and what the body is about', () => {
    const v = find('mismatch-cto-reads-vpeng.txt');
    expect(v.mismatch?.text).toMatch(
      /^Titled Chief Technology Officer, reads VP-Eng-shaped: \d+ of \d+ duties are about /,
    );
    expect(v.summary).toMatch(
      /^VP-Eng-shaped \(\d+% internal\): .+ dominate; titled Chief Technology Officer\.$/,
    );
    expect(find('mismatch-vpeng-reads-cto.txt').mismatch?.text).toMatch(
      /^Titled VP of Engineering, reads CTO-shaped/,
    );
  });

  it('calls a customer-facing CTO title a mismatch, and says why', () => {
    expect(find('field-cto.txt').mismatch?.text).toBe(
      "Titled Field CTO, reads Not a leadership role: a customer-facing CTO title; the company's technology is not the hire's to run",
    );
  });

  it('reads a leadership posting padded to 200,000 characters as the posting it is', () => {
    // A page can hold megabytes; the sites cap what they read at 200,000 characters, filler included.
    const filler = 'We ship software for retailers and keep the lights on with a steady crew.\n'.repeat(2600);
    for (const p of postings.filter((f) => ['cto', 'vpeng', 'hybrid'].includes(f.shape))) {
      const text = `${read(p.file)}\n${filler}`.slice(0, 200_000);
      expect(classify({ ...(p.title ? { title: p.title } : {}), text }).shape, p.file).toBe(p.shape);
    }
  });

  it('reads shares and confidence consistently', () => {
    const cto = find('cto-series-b-ml.txt');
    expect(cto.externalShare).toBeGreaterThan(0.7);
    // The title's claim counts beside the body's evidence, on its own side.
    const ext = cto.external + (cto.titleClaim?.external ?? 0);
    const int = cto.internal + (cto.titleClaim?.internal ?? 0);
    expect(cto.externalShare).toBeCloseTo(ext / (ext + int), 2);
    expect(cto.confidence).toBeGreaterThan(0.8);
    const hybrid = find('hybrid-cto-series-a.txt');
    expect(hybrid.confidence).toBeLessThan(cto.confidence);
  });

  it('keeps benefits and equal-opportunity boilerplate out of the evidence', () => {
    for (const p of postings) {
      for (const e of verdictOf(p).evidence) expect(['benefits', 'legal']).not.toContain(e.section);
    }
  });

  it('notes stage, team size, reporting line and hands-on coding without changing the verdict', () => {
    const kinds = (file: string) => find(file).context.map((c) => c.kind);
    expect(kinds('hybrid-cto-series-a.txt')).toEqual(expect.arrayContaining(['stage', 'hands-on']));
    expect(find('hybrid-cto-series-a.txt').context.find((c) => c.kind === 'stage')?.text).toMatch(
      /one person/,
    );
    expect(kinds('vpeng-series-c-saas.txt')).toEqual(expect.arrayContaining(['stage', 'reporting']));
    expect(find('vpeng-series-c-saas.txt').context.find((c) => c.kind === 'reporting')?.text).toMatch(
      /Reports to the CTO/,
    );
    expect(kinds('head-of-eng-scaleup.txt')).toContain('team-size');
  });

  it('says why a posting is not a leadership role or cannot be judged', () => {
    expect(find('ic-senior-engineer.txt').summary).toMatch(
      /^Not a leadership role: .*individual-contributor/,
    );
    expect(find('field-cto.txt').summary).toMatch(/customer-facing/);
    expect(find('short-cto.txt').summary).toMatch(/^Not enough to judge: the text is too short/);
    expect(find('non-english-cto.txt').summary).toMatch(/does not read as English/);
  });

  it('reads a negated management duty as negated', () => {
    const v = find('ic-senior-engineer.txt');
    expect(v.evidence.filter((e) => e.negated).map((e) => e.matched.toLowerCase())).toEqual(
      expect.arrayContaining(['direct reports']),
    );
  });
});

describe('settings', () => {
  const text = read('vpeng-series-c-saas.txt');
  it('a wider hybrid band turns a leaning posting hybrid', () => {
    expect(classify({ title: 'VP of Engineering', text }, { hybridBand: 0.05 }).shape).toBe('vpeng');
    expect(classify({ title: 'VP of Engineering', text }, { hybridBand: 0.45 }).shape).toBe('hybrid');
  });
  it('switched-off categories leave the evidence and the verdict', () => {
    const off = [
      'hiring',
      'managing-managers',
      'people-growth',
      'delivery',
      'process',
      'org-design',
      'culture',
      'budget',
    ];
    const v = classify({ title: 'VP of Engineering', text }, { disabledCategories: off });
    expect(v.evidence.every((e) => e.pole === 'external')).toBe(true);
    expect(v.shape).toBe('cto');
  });
  it('extra phrases count with their weight and say where they came from', () => {
    const v = classify(
      { title: 'VP of Engineering', text },
      { extraPhrases: { external: [{ phrase: 'accounting automation', weight: 3 }], internal: [] } },
    );
    const mine = v.evidence.find((e) => e.category === 'custom-external');
    expect(mine?.matched).toBe('accounting automation');
    expect(mine?.reason).toMatch(/You added "accounting automation"/);
  });
});
