// The context notes carry what they found as data (stage, team size, reporting line, coding), for the question rules.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classifier';

const notes = (text: string) => classify({ title: 'VP of Engineering', text }).context;

describe('context note facts', () => {
  it('ranks the stage, counts the team, names the boss and reads whether coding is expected', () => {
    const context = notes(
      [
        'We are a Series B company building payments software.',
        'You will lead a team of 40 engineers and report to the CTO.',
        'You will hire engineering managers, run delivery and grow the engineering culture.',
        'This role is hands-on: you will write code every week.',
      ].join('\n'),
    );
    expect(context.find((n) => n.kind === 'stage')?.stageRank).toBe(3);
    expect(context.find((n) => n.kind === 'team-size')?.teamSize).toBe(40);
    expect(context.find((n) => n.kind === 'reporting')?.reportsTo).toBe('cto');
    expect(context.find((n) => n.kind === 'hands-on')?.handsOn).toBe(true);
  });

  it('takes the larger number of a growing team, the CEO as boss, and a posting that rules coding out', () => {
    const context = notes(
      [
        'A seed-stage startup.',
        'You will grow the team from 8 to 30 engineers and report to the CEO.',
        'You will hire, coach managers and run delivery.',
        'This is not a hands-on role.',
      ].join('\n'),
    );
    expect(context.find((n) => n.kind === 'stage')?.stageRank).toBe(1);
    expect(context.find((n) => n.kind === 'team-size')?.teamSize).toBe(30);
    expect(context.find((n) => n.kind === 'reporting')?.reportsTo).toBe('ceo');
    expect(context.find((n) => n.kind === 'hands-on')?.handsOn).toBe(false);
  });
});
