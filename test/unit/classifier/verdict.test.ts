// From weighed evidence to a shape: the hybrid band, and a posting that says it is both jobs.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier';
import { BOTH_BAND, type DecisionInput, decideShape } from '../../../src/classifier/verdict';

const input = (share: number, saysBoth = false, more: Partial<DecisionInput> = {}): DecisionInput => ({
  titleShape: 'cto',
  external: share * 20,
  internal: (1 - share) * 20,
  titleExternal: 0,
  titleInternal: 0,
  share,
  leadershipP: 0.9,
  leadershipThreshold: 0.5,
  leadership: 0,
  hybridBand: 0.1,
  hybridMinSide: 0,
  saysBoth,
  ...more,
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

  it('decides leadership first: a body a reader would not call leadership is not one, whatever its share', () => {
    expect(decideShape(input(0.8, false, { leadershipP: 0.3 }))).toEqual({
      shape: 'none',
      noneReason: 'unbacked-title',
    });
    expect(decideShape(input(0.8, false, { leadershipP: 0.3, titleShape: 'ic' })).noneReason).toBe(
      'ic-title',
    );
  });

  it("never reads an assistant's, a customer-facing CTO's or a product or sales title as leadership", () => {
    const sure = { leadershipP: 0.99 };
    expect(decideShape(input(0.3, false, { ...sure, titleShape: 'support' })).noneReason).toBe(
      'support-title',
    );
    expect(decideShape(input(0.8, false, { ...sure, titleShape: 'field-cto' })).noneReason).toBe('field-cto');
    expect(decideShape(input(0.5, false, { ...sure, titleShape: 'non-engineering' })).shape).toBe('none');
  });

  it('lets the title decide only where its claim outweighs a thin body, and says so', () => {
    const thin = input(0.8, false, { external: 0.5, internal: 0, titleExternal: 2 });
    expect(decideShape(thin)).toEqual({ shape: 'cto', fromTitle: true });
    expect(decideShape(input(0.8, false, { titleExternal: 2 }))).toEqual({ shape: 'cto' });
    const nothing = input(0.5, false, { external: 0, internal: 0 });
    expect(decideShape(nothing)).toEqual({ shape: 'unknown', unknownReason: 'too-little-evidence' });
  });

  it("leans a thin near-even reading to the title's side, not to where one phrase tipped the share", () => {
    // A CTO title over a body whose only evidence is one team-side phrase: not two substantial halves.
    const thin = { external: 0, internal: 0.9, titleExternal: 2.2, titleInternal: 1.3, hybridMinSide: 0.25 };
    expect(decideShape(input(0.48, false, thin)).shape).toBe('cto');
    expect(
      decideShape(
        input(0.48, false, { ...thin, titleShape: 'vpeng', titleExternal: 1.3, titleInternal: 2.2 }),
      ).shape,
    ).toBe('vpeng');
    // No title claim: the share's side.
    expect(decideShape(input(0.48, false, { ...thin, titleExternal: 0, titleInternal: 0 })).shape).toBe(
      'vpeng',
    );
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
    expect(plain.summary).not.toMatch(/says it is both jobs/);
    expect(both.shape).toBe('hybrid');
    expect(both.summary).toMatch(/the posting says it is both jobs/);
  });
});
