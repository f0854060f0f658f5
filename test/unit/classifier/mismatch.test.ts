// A title is a claim the body must back: an executive rank on any engineering title, or a pole, that the duties
// do not carry is named as a mismatch; titles that say plainly what the job is are not.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier';
import { hasRank } from '../../../src/classifier/title';

// Made-up postings: an individual contributor's job, whatever its title says.
const BUILDER = [
  'You will write production code every day in TypeScript and Go, build our data pipelines and fine-tune',
  'models, ship features end to end, fix bugs and take part in code review with the other engineers.',
  'There are no direct reports in this role. You will work alone on the model training stack, profile and',
  'speed up inference, write tests and documentation, and pair with product designers on prototypes.',
  'Requirements: five years of Python or Go, experience with PyTorch, SQL and cloud infrastructure.',
].join('\n');

const mismatchOf = (title: string) => classify({ title, text: BUILDER });

describe('title/body mismatch', () => {
  it('names an executive rank the duties do not back', () => {
    for (const title of [
      'Director, Applied AI',
      'Vice President; Software Engineer',
      'Head of Data Platform',
    ]) {
      const v = mismatchOf(title);
      expect(v.shape, title).toBe('none');
      expect(v.mismatch?.text, title).toMatch(/reads Not a leadership role: the duties do not back/);
    }
  });

  it('leaves titles that claim no leadership, or say plainly it is not engineering, alone', () => {
    for (const title of ['Senior Software Engineer', 'Staff Machine Learning Engineer', 'Head of Product']) {
      const v = mismatchOf(title);
      expect(v.shape, title).toBe('none');
      expect(v.mismatch, title).toBeNull();
    }
  });

  it('reads a rank as a word, not inside other words', () => {
    expect(hasRank('Director of Engineering')).toBe(true);
    expect(hasRank('SVP, Platform')).toBe(true);
    expect(hasRank('Headless CMS Developer')).toBe(false);
    expect(hasRank('Chiefly a backend engineer')).toBe(false);
    expect(hasRank('Directory services engineer')).toBe(false);
  });
});
