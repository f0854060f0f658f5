// Checks on the real lexicon: every entry is explained and weighted, no phrase is claimed twice, no phrase
// matches inside a longer word, and every phrase is found by the engine as itself.
import { describe, expect, it } from 'vitest';
import {
  analyze,
  CATEGORIES,
  compiledFor,
  compilePattern,
  DEFAULT_LEXICON,
  expandPattern,
  LEADERSHIP_MARKERS,
  LEXICON,
  SHAPE_LABELS,
  STOP_PHRASES,
} from '../../../src/classifier';

const compiled = compiledFor();

describe('categories', () => {
  it('has eight categories per pole, and hands-on building and technical oversight beside the technology, each labelled and described', () => {
    expect(CATEGORIES.filter((c) => c.pole === 'external')).toHaveLength(10);
    expect(CATEGORIES.find((c) => c.id === 'hands-on')?.pole).toBe('external');
    expect(CATEGORIES.find((c) => c.id === 'technical-oversight')?.pole).toBe('external');
    expect(CATEGORIES.filter((c) => c.pole === 'internal')).toHaveLength(8);
    for (const c of CATEGORIES) {
      expect(c.label.length).toBeGreaterThan(3);
      expect(c.short.length).toBeGreaterThan(1);
      expect(c.description).toMatch(/\.$/);
    }
    expect(new Set(CATEGORIES.map((c) => c.id)).size).toBe(CATEGORIES.length);
  });
  it('gives every category several entries', () => {
    for (const c of CATEGORIES)
      expect(LEXICON.filter((e) => e.category === c.id).length, c.id).toBeGreaterThanOrEqual(3);
  });
  it('keeps the shape labels the panel shows', () => {
    expect(SHAPE_LABELS).toEqual({
      cto: 'CTO-shaped',
      vpeng: 'VP-Eng-shaped',
      hybrid: 'Hybrid',
      none: 'Not a leadership role',
      unknown: 'Not enough to judge',
    });
  });
});

describe('entries', () => {
  it('each has a unique id, a known category, a weight from 0.5 to 3 and a one-line reason', () => {
    const ids = new Set<string>();
    for (const e of [...LEXICON, ...LEADERSHIP_MARKERS]) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.weight, e.id).toBeGreaterThanOrEqual(0.5);
      expect(e.weight, e.id).toBeLessThanOrEqual(3);
      expect(e.reason, e.id).toMatch(/^[A-Z].{15,120}\.$/);
      expect(e.reason, e.id).not.toMatch(/\n/);
      expect(e.patterns.length, e.id).toBeGreaterThan(0);
    }
    for (const e of LEXICON)
      expect(
        CATEGORIES.some((c) => c.id === e.category),
        e.id,
      ).toBe(true);
  });

  it('claims no phrase twice, across entries, markers and stop phrases', () => {
    const owner = new Map<string, string>();
    const dupes: string[] = [];
    const claim = (id: string, patterns: readonly string[]) => {
      for (const p of patterns)
        for (const v of expandPattern(p)) {
          const prev = owner.get(v);
          if (prev !== undefined && prev !== id) dupes.push(`${v}: ${prev} / ${id}`);
          owner.set(v, id);
        }
    };
    for (const e of LEXICON) claim(e.id, e.patterns);
    for (const m of LEADERSHIP_MARKERS) claim(m.id, m.patterns);
    claim('stop', STOP_PHRASES);
    expect(dupes).toEqual([]);
  });

  it('weighs common words little and specific phrases more', () => {
    const weightOf = (phrase: string) => analyze(`- ${phrase}`, compiled).evidence[0]?.weight ?? 0;
    for (const common of ['team', 'vision', 'customers', 'culture'])
      expect(weightOf(common)).toBeLessThanOrEqual(0.5);
    for (const specific of [
      'managers of managers',
      'technical due diligence',
      'represent technology to the board',
    ])
      expect(weightOf(specific)).toBeGreaterThanOrEqual(1.5);
  });
});

describe('phrases', () => {
  const all = [
    ...LEXICON.flatMap((e) => e.patterns),
    ...LEADERSHIP_MARKERS.flatMap((m) => m.patterns),
    ...STOP_PHRASES,
  ];

  it('index exactly the first words their matches can start with', () => {
    for (const p of all) {
      const expected = new Set(expandPattern(p).map((v) => /^[a-z0-9]+/.exec(v)![0]));
      expect(new Set(compilePattern(p).firstWords), p).toEqual(expected);
    }
  });

  it('each lexicon phrase, written out, is found as itself by its own entry', () => {
    const misses: string[] = [];
    for (const e of LEXICON)
      for (const p of e.patterns)
        for (const v of expandPattern(p)) {
          // As a bullet, so that a lone line is not read as a heading ("Compensation reviews").
          const ev = analyze(`- ${v}`, compiled).evidence;
          if (ev.length !== 1 || ev[0]!.matched !== v || ev[0]!.entryId !== e.id)
            misses.push(`${v} -> ${ev.map((x) => `${x.matched}[${x.entryId}]`).join(', ')}`);
        }
    expect(misses).toEqual([]);
  });

  it('never match inside a longer word', () => {
    const words =
      'dashboard onboarding keyboard billboard boardwalk hireling architectonic agility scrumptious patently culturally budgetary teamwork riskier pressure pressing rehire shipyard innovativeness deliveryman retentive agiler sprinter clientele customary partnering visionless auditory kpi';
    expect(analyze(words, compiled).evidence.map((e) => e.matched)).toEqual([]);
  });

  it('start and end on word boundaries in every fixture-like text', () => {
    const text = 'Rehiring? Onboarding-dashboards; the board-level budget (headcount) and hiring managers.';
    for (const e of analyze(text, compiled).evidence) {
      expect(/[a-z0-9]/i.test(text[e.start - 1] ?? ' '), e.matched).toBe(false);
      expect(/[a-z0-9]/i.test(text[e.end] ?? ' '), e.matched).toBe(false);
    }
  });
});

it('the default lexicon bundles the entries, markers and stop phrases', () => {
  expect(DEFAULT_LEXICON.entries).toBe(LEXICON);
  expect(DEFAULT_LEXICON.stopPhrases).toBe(STOP_PHRASES);
});

describe('stop phrases and longer phrases', () => {
  const entriesOf = (line: string) => analyze(`- ${line}`, compiled).evidence.map((e) => e.entryId);

  it('leave the applicant side of hiring out but keep the hire hiring', () => {
    expect(entriesOf('Our investors include two funds you know')).toEqual([]);
    expect(entriesOf('Your recruiter will call you during the interview process')).toEqual([]);
    expect(entriesOf('You will be responsible for the hiring process')).toEqual(['int-recruiting']);
    expect(entriesOf('Partner with our recruiters')).toEqual(['int-recruiting']);
  });

  it('do not let a verb pair hide the managers it leads', () => {
    expect(entriesOf('Build and lead engineering managers')).toEqual(['int-managers-of-managers']);
    expect(entriesOf('Build and lead a team')).toContain('int-build-team');
  });

  it('read plain words for running a team, and leave what an organisation recruits that is not staff', () => {
    expect(entriesOf('Manage a small team of developers')).toEqual(['int-people-management']);
    expect(entriesOf('Lead and mentor the engineers')).toEqual(['int-people-management']);
    expect(entriesOf('We recruit volunteers in every county')).toEqual([]);
    expect(entriesOf('Our default is to buy, not build')).toEqual(['ext-build-buy']);
  });
});
