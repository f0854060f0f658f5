// Postings written blind: by a writer who read the essay but not the lexicon or these tests, and labelled by
// that writer's reading. The classifier must agree with a careful reader on most of them, and must never call
// an individual contributor's posting a CTO or VP-Eng job.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, type Shape } from '../../../src/classifier';

interface Labelled {
  file: string;
  title?: string;
  shape: Shape;
  why: string;
}

const ROOT = join(__dirname, '../../fixtures/blind');
const corpora = readdirSync(ROOT);

function load(corpus: string): Labelled[] {
  return (JSON.parse(readFileSync(join(ROOT, corpus, 'labels.json'), 'utf8')) as { postings: Labelled[] })
    .postings;
}

function verdicts(corpus: string) {
  return load(corpus).map((p) => {
    const text = readFileSync(join(ROOT, corpus, p.file), 'utf8');
    return { ...p, got: classify({ ...(p.title ? { title: p.title } : {}), text }).shape };
  });
}

describe.each(corpora)('blind corpus %s', (corpus) => {
  it('labels every file, once', () => {
    const files = readdirSync(join(ROOT, corpus)).filter((f) => f.endsWith('.txt'));
    expect(
      load(corpus)
        .map((p) => p.file)
        .sort(),
    ).toEqual(files.sort());
  });

  it('reads at least 85% of the postings as their writer did', () => {
    const all = verdicts(corpus);
    const misread = all.filter((v) => v.got !== v.shape).map((v) => `${v.file}: ${v.shape} read as ${v.got}`);
    expect(misread.length / all.length, misread.join('\n')).toBeLessThanOrEqual(0.15);
  });

  it('never reads a posting that is not a leadership role as a CTO or VP-Eng job', () => {
    const wrong = verdicts(corpus).filter(
      (v) => v.shape === 'none' && (v.got === 'cto' || v.got === 'vpeng'),
    );
    expect(wrong.map((v) => v.file)).toEqual([]);
  });
});
