// From weighed evidence to a shape: the hybrid band, and a posting that says it is both jobs.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier';
import { BOTH_BAND, type DecisionInput, decideShape } from '../../../src/classifier/verdict';

const input = (share: number, saysBoth = false): DecisionInput => ({
  titleShape: 'cto',
  external: share * 20,
  internal: (1 - share) * 20,
  share,
  leadership: 0,
  hybridBand: 0.1,
  saysBoth,
});

describe('the shape from the external share', () => {
  it('reads a near-even share as hybrid, and either side beyond the band as that pole', () => {
    expect(decideShape(input(0.55)).shape).toBe('hybrid');
    expect(decideShape(input(0.65)).shape).toBe('cto');
    expect(decideShape(input(0.35)).shape).toBe('vpeng');
  });

  it('widens the band for a posting that says it is both jobs, but not past a clear lean', () => {
    expect(decideShape(input(0.35, true))).toEqual({ shape: 'hybrid', saysBoth: true });
    expect(decideShape(input(0.65, true)).shape).toBe('hybrid');
    expect(decideShape(input(0.5 - BOTH_BAND - 0.05, true)).shape).toBe('vpeng');
  });

  it('says so in the summary when the text calls the job both', () => {
    const duties = [
      'Responsibilities:',
      '- Hire and grow the engineering team, run 1:1s and performance reviews, and own delivery.',
      '- Set up sprint planning, on-call and the engineering process as we scale.',
      '- Coach the first engineering managers and build the engineering culture.',
      '- Set the technical vision and make the architecture decisions for the platform.',
      '- Meet key customers with our sales team.',
    ];
    const intro =
      'We are a Series A company building scheduling software for clinics, with a small team of engineers and a product that customers use every day across the country.';
    const plain = classify({ title: 'CTO', text: [intro, '', ...duties].join('\n') });
    const both = classify({
      title: 'CTO',
      text: [`${intro} You will wear both hats for the next two years.`, '', ...duties].join('\n'),
    });
    expect(plain.shape).toBe('vpeng');
    expect(both.shape).toBe('hybrid');
    expect(both.summary).toMatch(/the posting says it is both jobs/);
  });
});
