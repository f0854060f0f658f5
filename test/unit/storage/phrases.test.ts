import { describe, expect, it } from 'vitest';
import { checkNewPhrase, normalizePhrase, phraseIdentity } from '../../../src/storage/phrases';

const p = (phrase: string, weight = 1) => ({ phrase, weight });

describe('checkNewPhrase (options page input)', () => {
  it('accepts a good phrase', () => {
    expect(checkNewPhrase(p('board reporting'), [], [])).toBeNull();
  });

  it.each([
    [p('x'), 'length'],
    [p('y'.repeat(61)), 'length'],
    [p('ci/cd'), 'chars'],
    [p('fine', 0), 'weight'],
    [p('fine', Number.NaN), 'weight'],
  ])('%j -> %s', (candidate, problem) => {
    expect(checkNewPhrase(candidate, [], [])).toBe(problem);
  });

  it('finds duplicates across both poles, ignoring case and spacing', () => {
    expect(checkNewPhrase(p('Board  Reporting'), [], [p('board reporting')])).toBe('duplicate');
  });

  it('stops at 50 per pole', () => {
    const pole = Array.from({ length: 50 }, (_, i) => p(`phrase ${i}`));
    expect(checkNewPhrase(p('one more'), pole, pole)).toBe('too-many');
  });

  it('normalises', () => {
    expect(normalizePhrase('  a \t b ')).toBe('a b');
    expect(normalizePhrase('team -- lead')).toBe('team-lead');
    expect(normalizePhrase('team - - lead')).toBe('team-lead');
    expect(phraseIdentity('Team’s  Health')).toBe("team's health");
  });
});
