// The engine with made-up rules: boundaries, overlap, normalisation, offsets, negation, sections, repetition.
import { describe, expect, it } from 'vitest';
import { analyze, compileLexicon, type Lexicon } from '../../../src/classifier';

const LEX: Lexicon = {
  categories: [
    { id: 'alpha', label: 'Alpha', short: 'alpha', pole: 'external', description: 'made up' },
    { id: 'beta', label: 'Beta', short: 'beta', pole: 'internal', description: 'made up' },
  ],
  entries: [
    { id: 'a-board', category: 'alpha', patterns: ['board'], weight: 2, reason: 'board' },
    {
      id: 'a-board-meeting',
      category: 'alpha',
      patterns: ['board meeting{s|}'],
      weight: 3,
      reason: 'meetings',
    },
    { id: 'a-cofounder', category: 'alpha', patterns: ['co-founder'], weight: 1, reason: 'cofounder' },
    {
      id: 'a-build-buy',
      category: 'alpha',
      patterns: ['build {vs|vs.|versus} buy'],
      weight: 1,
      reason: 'bvb',
    },
    { id: 'b-hire', category: 'beta', patterns: ['hir{e|es|ed|ing}'], weight: 1, reason: 'hire' },
    { id: 'b-hiring-plan', category: 'beta', patterns: ['hiring plan{s|}'], weight: 2, reason: 'plan' },
    { id: 'b-reports', category: 'beta', patterns: ['direct reports'], weight: 2, reason: 'reports' },
    { id: 'b-team-health', category: 'beta', patterns: ["team's health"], weight: 1, reason: 'health' },
  ],
  stopPhrases: ['job board'],
};
const compiled = compileLexicon(LEX);
const ids = (text: string): string[] => analyze(text, compiled).evidence.map((e) => e.entryId);
const matched = (text: string): string[] => analyze(text, compiled).evidence.map((e) => e.matched);

describe('word boundaries', () => {
  it('board does not match dashboard, onboarding, keyboard or boardroom', () => {
    expect(matched('dashboard onboarding keyboard boardroom billboard. The board.')).toEqual(['board']);
  });
  it('hire matches its inflections and nothing longer', () => {
    expect(matched('hire, hired, hires, hiring; hireling rehire')).toEqual([
      'hire',
      'hired',
      'hires',
      'hiring',
    ]);
  });
});

describe('overlap', () => {
  it('keeps the longest phrase and never counts the shorter one inside it', () => {
    expect(ids('monthly board meetings')).toEqual(['a-board-meeting']);
    expect(ids('our hiring plans')).toEqual(['b-hiring-plan']);
  });
  it('stop phrases swallow what they contain', () => {
    expect(ids('posted on a job board')).toEqual([]);
  });
  it('adjacent phrases are separate hits', () => {
    expect(ids('board board')).toEqual(['a-board', 'a-board']);
  });
});

describe('normalisation and offsets', () => {
  it('matches through case, hyphens, non-breaking spaces, curly quotes and entities', () => {
    const text =
      'BOARD\u00a0Meetings, co\u2010founder, cofounder, co founder, build-vs.-buy, team\u2019s health, hir&#105;ng';
    const ev = analyze(text, compiled).evidence;
    expect(ev.map((e) => e.entryId)).toEqual([
      'a-board-meeting',
      'a-cofounder',
      'a-cofounder',
      'a-cofounder',
      'a-build-buy',
      'b-team-health',
      'b-hire',
    ]);
    for (const e of ev) expect(text.slice(e.start, e.end)).toBe(e.matched);
    expect(ev[0]!.matched).toBe('BOARD\u00a0Meetings');
    expect(ev[6]!.matched).toBe('hir&#105;ng');
  });
  it('collapsed whitespace still maps back to the original text', () => {
    const text = 'x  \t  direct    reports  and   \r\n  hiring';
    const ev = analyze(text, compiled).evidence;
    expect(ev.map((e) => e.matched)).toEqual(['direct    reports', 'hiring']);
    for (const e of ev) expect(text.slice(e.start, e.end)).toBe(e.matched);
  });
  it('a bullet character is not part of a phrase', () => {
    expect(matched('\u2022 hiring\n\u2022 board')).toEqual(['hiring', 'board']);
  });
});

describe('negation', () => {
  const neg = (text: string) => analyze(text, compiled).evidence.map((e) => [e.matched, e.negated] as const);
  it('discounts what a cue governs', () => {
    expect(neg('This role has no direct reports.')).toEqual([['direct reports', true]]);
    expect(neg("You won't be hiring.")).toEqual([['hiring', true]]);
    expect(neg('There is no need to hire.')).toEqual([['hire', true]]);
    expect(neg('Prior hiring is not required.')).toEqual([['hiring', true]]);
  });
  it('a negated phrase counts against its pole at half its weight', () => {
    const [e] = analyze('No direct reports.', compiled).evidence;
    expect(e!.weight).toBeCloseTo(-0.5 * 2 * 0.5);
    expect(e!.negatedBy).toBe('no');
  });
  it('stays within its clause and ignores "not only"', () => {
    expect(neg('No travel. Hiring is key.')).toEqual([['Hiring', false]]);
    expect(neg('Not only hiring but the board')).toEqual([
      ['hiring', false],
      ['board', false],
    ]);
    expect(neg('no travel, but you will hire')).toEqual([['hire', false]]);
    expect(neg('not a role where you, the leader, would ever hire')).toEqual([['hire', false]]);
  });
  it("a duty given to someone already there is not the hire's", () => {
    expect(neg('Our CTO owns hiring; you run delivery.')).toEqual([['hiring', true]]);
    expect(neg('Our staff engineers own the board relationship.')).toEqual([['board', true]]);
    expect(neg('Hiring sits with our founders.')).toEqual([['Hiring', true]]);
    // "The CTO owns ..." usually describes the hire in the third person.
    expect(neg('The CTO owns hiring.')).toEqual([['hiring', false]]);
  });
});

describe('sections', () => {
  const text = [
    'Acme makes widgets and is hiring.',
    'About us',
    'We hire fast.',
    'Responsibilities:',
    '- Hire the team',
    'Requirements',
    '- You have hired before',
    'Nice to have',
    '- Board experience',
    'Benefits',
    '- We hire from within: career growth',
    'Acme is an equal opportunity employer and does not discriminate in hiring.',
  ].join('\n');
  const ev = analyze(text, compiled).evidence;
  it('reads the usual headings and skips benefits and legal text', () => {
    expect(ev.map((e) => e.section)).toEqual(['intro', 'about', 'duties', 'requirements', 'nice-to-have']);
  });
  it('weighs duties most, requirements less, the blurb little', () => {
    const w = Object.fromEntries(ev.map((e) => [e.section, e.weight]));
    expect(w.duties).toBeGreaterThan(w.requirements!);
    expect(w.requirements).toBeGreaterThan(w.about!);
  });
  it('understands markdown and inline headings', () => {
    const md = analyze(
      '**About us**\nwe hire\n## What you will do\n- hire\nBenefits: we hire',
      compiled,
    ).evidence;
    expect(md.map((e) => e.section)).toEqual(['about', 'duties']);
  });
  it('opens the section a sentence introduces, however long, and reads "what we look for" as requirements', () => {
    const sections = (text: string) => analyze(text, compiled).evidence.map((e) => e.section);
    expect(
      sections(
        'This is a new position in our growing company and it will include the following responsibilities:\n- hire',
      ),
    ).toEqual(['duties']);
    expect(sections('Acme is small.\nWhat we look for\n- you have hired before')).toEqual(['requirements']);
  });
  it('ends a section a field opened at the next field, so a pay field does not swallow the rest', () => {
    const fields = analyze(
      'Compensation: we pay well\nYou: you hire fast.\nBenefits: we hire from within\n- Dental: we hire dentists',
      compiled,
    ).evidence;
    expect(fields.map((e) => e.section)).toEqual(['other']);
    // A section opened by a heading of its own keeps its labelled items.
    const list = analyze('Benefits\nDental: we hire dentists\nHealth: we hire nurses', compiled).evidence;
    expect(list).toEqual([]);
  });
});

describe('repetition and settings', () => {
  it('the k-th repeat of an entry counts 1/k', () => {
    const ev = analyze('board. board. board.', compiled).evidence;
    expect(ev.map((e) => Number(e.weight.toFixed(3)))).toEqual([1, 0.5, 0.333]);
  });
  it('switched-off categories leave no evidence', () => {
    const ev = analyze('board and hiring', compiled, { disabledCategories: new Set(['alpha']) }).evidence;
    expect(ev.map((e) => e.category)).toEqual(['beta']);
  });
  it('extra phrases join the lexicon and win ties', () => {
    const withExtra = compileLexicon(LEX, {
      external: [{ phrase: 'Widget Wizardry', weight: 2 }],
      internal: [],
    });
    const ev = analyze('Pure widget-wizardry here, and the board.', withExtra).evidence;
    expect(ev.map((e) => [e.category, e.matched])).toEqual([
      ['custom-external', 'widget-wizardry'],
      ['alpha', 'board'],
    ]);
  });
});

describe('markers of other work', () => {
  const withMarker = compileLexicon({
    ...LEX,
    markers: [
      {
        id: 'work-solo',
        patterns: ['{a |}solo builder', 'solo builder role'],
        weight: 2,
        reason: 'made up',
        work: 'individual',
      },
    ],
  });
  const markers = (text: string) => analyze(text, withMarker).markers.map((m) => [m.start, m.end, m.weight]);

  it('counts words two patterns of one marker match once', () => {
    expect(markers('This is a solo builder role.')).toEqual([[8, 22, 1]]);
  });

  it('counts each place the words stand', () => {
    expect(markers('A solo builder. Then a solo builder again.')).toHaveLength(2);
  });
});

describe('a hand in a call', () => {
  const owning = compileLexicon({
    ...LEX,
    categories: LEX.categories.map((c) => (c.id === 'alpha' ? { ...c, owned: true } : c)),
  });
  const weights = (text: string) =>
    analyze(text, owning).evidence.map((e) => [e.matched, e.weight, e.reason.includes('Counted at half')]);

  it('counts a call the hire only helps with at half, and says why', () => {
    expect(weights('Responsibilities\n- Help prepare the board meeting.')).toEqual([
      ['board meeting', 1.5, true],
    ]);
    expect(weights('Responsibilities\n- Run the board meeting.')).toEqual([['board meeting', 3, false]]);
  });

  it('leaves categories that are not about owning a call, and negated phrases, as they were', () => {
    expect(weights('Responsibilities\n- Help hire engineers.')).toEqual([['hire', 1, false]]);
    expect(weights('Responsibilities\n- Help with no board meeting.')[0]![1]).toBeLessThan(0);
  });
});
