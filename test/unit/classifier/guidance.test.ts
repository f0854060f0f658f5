// Writer's guidance on made-up verdicts: what pulls the other way, which duties go unnamed, how it reads.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/classifier';
import { NOT_A_GAP, writerGuidance } from '../../../src/classifier/guidance';
import { hit, verdict } from '../panel/verdicts';

const evidence = [
  hit({ matched: 'technical vision', pole: 'external', start: 0, category: 'vision', weight: 2 }),
  hit({ matched: 'hiring', pole: 'internal', start: 30, category: 'hiring', weight: 1 }),
  hit({ matched: 'run delivery', pole: 'internal', start: 50, category: 'delivery', weight: 3 }),
  hit({ matched: 'no board', pole: 'external', start: 70, category: 'board', weight: 1, negated: true }),
];

describe('writerGuidance', () => {
  it('for a CTO posting, lists the internal phrases heaviest first and the external duties never named', () => {
    const g = writerGuidance(verdict({ evidence }), 'cto');
    expect(g.reads).toBe('as-meant');
    expect(g.pulls.map((e) => e.matched)).toEqual(['run delivery', 'hiring']);
    const missing = g.missing.map((m) => m.id);
    expect(missing).not.toContain('vision');
    // A negated mention does not name the duty.
    expect(missing).toContain('board');
    for (const id of NOT_A_GAP.keys()) expect(missing).not.toContain(id);
    const board = g.missing.find((m) => m.id === 'board');
    expect(board?.reason).toBe(CATEGORIES.find((c) => c.id === 'board')?.description);
  });

  it('for a VP of Engineering posting, the external phrases pull and the unnamed internal duties are listed', () => {
    const g = writerGuidance(verdict({ evidence }), 'vpeng');
    expect(g.reads).toBe('other-job');
    expect(g.pulls.map((e) => e.matched)).toEqual(['technical vision']);
    expect(g.missing.map((m) => m.id)).toEqual(
      CATEGORIES.filter((c) => c.pole === 'internal' && !['hiring', 'delivery'].includes(c.id)).map(
        (c) => c.id,
      ),
    );
  });

  it('never asks for a category the user switched off', () => {
    const g = writerGuidance(verdict({ evidence: [] }), 'vpeng', ['budget', 'culture']);
    expect(g.missing.map((m) => m.id)).not.toContain('budget');
    expect(g.missing.map((m) => m.id)).not.toContain('culture');
  });

  it.each([
    ['hybrid', 'hybrid'],
    ['none', 'not-leadership'],
    ['unknown', 'too-thin'],
    ['vpeng', 'as-meant'],
  ] as const)('reads a %s verdict for a VP of Engineering posting as %s', (shape, reads) => {
    expect(writerGuidance(verdict({ shape }), 'vpeng').reads).toBe(reads);
  });
});
