import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../src/storage/badge';
import { SHAPES } from '../../../src/storage/history-entry';

describe('badgeFor', () => {
  it('gives each shape short text and its colour', () => {
    expect(badgeFor('cto')).toEqual({ text: 'CTO', color: '#2563eb' });
    expect(badgeFor('vpeng')).toEqual({ text: 'VP', color: '#ea580c' });
    expect(badgeFor('hybrid').text).toBe('HYB');
    expect(badgeFor('none').text).toBe('—');
    expect(badgeFor('unknown').text).toBe('?');
    expect(badgeFor(null)).toEqual({ text: '', color: '#6b7280' });
  });

  it('keeps text within 4 characters and the decided shapes distinct', () => {
    for (const shape of SHAPES) expect([...badgeFor(shape).text].length).toBeLessThanOrEqual(4);
    const colours = new Set(['cto', 'vpeng', 'hybrid'].map((s) => badgeFor(s as 'cto').color));
    expect(colours.size).toBe(3);
  });

  it('returns a copy', () => {
    badgeFor('cto').text = 'X';
    expect(badgeFor('cto').text).toBe('CTO');
  });
});
