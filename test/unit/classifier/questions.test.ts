// Questions to ask: each rule on made-up verdicts that call for it and near twins that do not, and the chooser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LARGE_TEAM,
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  QUESTION_RULES,
  type QuestionRule,
  questionsFor,
} from '../../../src/classifier/questions';
import type { ContextNote, Verdict } from '../../../src/classifier/types';
import { verdict } from '../panel/verdicts';

const stage = (stageRank: number): ContextNote => ({ kind: 'stage', text: 'stage', stageRank });
const team = (teamSize: number): ContextNote => ({ kind: 'team-size', text: 'team', teamSize });
const reports = (reportsTo: ContextNote['reportsTo']): ContextNote => ({
  kind: 'reporting',
  text: 'reports',
  reportsTo,
});
const hands = (handsOn: boolean): ContextNote => ({ kind: 'hands-on', text: 'hands', handsOn });
const mismatch = (titleShape: Verdict['titleShape'], bodyShape: Verdict['shape']): Verdict['mismatch'] => ({
  titleShape,
  bodyShape,
  text: `Titled ${titleShape}, reads ${bodyShape}`,
});

// A CTO-titled, CTO-shaped verdict that states its reporting line and hands-on expectation calls for no rule but
// the filler, so each case below changes only what its rule reads.
const plain = (partial: Partial<Verdict> = {}) =>
  verdict({ context: [reports('ceo'), hands(false)], ...partial });

const rule = (id: string): QuestionRule => {
  const found = QUESTION_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

const CASES: ReadonlyArray<{ id: string; asks: Verdict; not: Verdict }> = [
  {
    id: 'mismatch-cto-title',
    asks: plain({ shape: 'vpeng', mismatch: mismatch('cto', 'vpeng') }),
    not: plain({ shape: 'vpeng', titleShape: 'unknown' }),
  },
  {
    id: 'mismatch-team-title',
    asks: plain({ shape: 'cto', titleShape: 'vpeng', mismatch: mismatch('vpeng', 'cto') }),
    not: plain({ shape: 'vpeng', titleShape: 'vpeng' }),
  },
  {
    id: 'mismatch-not-leadership',
    asks: plain({ shape: 'none', mismatch: mismatch('cto', 'none') }),
    not: plain({ shape: 'none' }),
  },
  { id: 'hybrid', asks: plain({ shape: 'hybrid' }), not: plain({ shape: 'cto' }) },
  {
    id: 'large-team-cto-title',
    asks: plain({ context: [team(40), reports('ceo'), hands(false)] }),
    not: plain({ titleShape: 'vpeng', shape: 'vpeng', context: [team(40), reports('ceo'), hands(false)] }),
  },
  {
    id: 'early-stage',
    asks: plain({ context: [stage(2), reports('ceo'), hands(false)] }),
    not: plain({ context: [stage(4), reports('ceo'), hands(false)] }),
  },
  {
    id: 'early-stage',
    asks: plain({ context: [team(6), reports('ceo'), hands(false)] }),
    not: plain({ context: [team(15), reports('ceo'), hands(false)] }),
  },
  {
    id: 'reports-to-cto',
    asks: plain({ shape: 'vpeng', titleShape: 'vpeng', context: [reports('cto'), hands(false)] }),
    not: plain({ shape: 'vpeng', titleShape: 'vpeng', context: [reports('ceo'), hands(false)] }),
  },
  {
    id: 'team-shape-reports-to-ceo',
    asks: plain({ shape: 'vpeng', titleShape: 'vpeng' }),
    not: plain({ shape: 'cto' }),
  },
  {
    id: 'hands-on',
    asks: plain({ context: [reports('ceo'), hands(true)] }),
    not: plain({ context: [reports('ceo'), hands(false)] }),
  },
  {
    id: 'reporting-unstated',
    asks: plain({ context: [hands(false)] }),
    not: plain(),
  },
  {
    id: 'hands-on-unstated',
    asks: plain({ context: [reports('ceo')] }),
    not: plain(),
  },
];

describe('each question rule', () => {
  it.each(CASES)('$id applies to the verdict that calls for it and not to its twin', ({ id, asks, not }) => {
    expect(rule(id).applies(asks)).toBe(true);
    expect(rule(id).applies(not)).toBe(false);
    expect(questionsFor(asks).map((q) => q.id)).toContain(id);
    expect(questionsFor(not).map((q) => q.id)).not.toContain(id);
  });

  it('covers every rule but the filler', () => {
    const covered = new Set(CASES.map((c) => c.id));
    expect(QUESTION_RULES.filter((r) => !r.filler && !covered.has(r.id))).toEqual([]);
  });

  it('gives every rule a question and a reason a person reads, in the English locale', () => {
    const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
      string,
      { message: string }
    >;
    for (const r of QUESTION_RULES) {
      expect(messages[r.question]?.message).toMatch(/^[A-Z].+\?$/);
      expect(messages[r.reason]?.message).toMatch(/^[A-Z].+[.]$/);
    }
    expect(messages[rule('large-team-cto-title').reason]?.message).toContain(`team of ${LARGE_TEAM} or more`);
  });
});

describe('questionsFor', () => {
  it('asks nothing about a posting that is not a leadership role, or too thin to judge', () => {
    expect(questionsFor(plain({ shape: 'none', titleShape: 'ic' }))).toEqual([]);
    expect(questionsFor(plain({ shape: 'unknown' }))).toEqual([]);
  });

  it('makes up two questions with the filler when only one rule applies', () => {
    const ids = questionsFor(plain({ shape: 'hybrid' })).map((q) => q.id);
    expect(ids).toEqual(['hybrid', 'first-year']);
    expect(questionsFor(plain()).map((q) => q.id)).toEqual(['first-year']);
  });

  it('asks at most four, the most telling first', () => {
    const busy = verdict({
      shape: 'vpeng',
      titleShape: 'cto',
      mismatch: mismatch('cto', 'vpeng'),
      context: [stage(1), team(40), hands(true)],
    });
    const ids = questionsFor(busy).map((q) => q.id);
    expect(ids).toHaveLength(MAX_QUESTIONS);
    expect(ids).toEqual(['mismatch-cto-title', 'large-team-cto-title', 'early-stage', 'hands-on']);
  });

  it('always asks between the minimum and the maximum for a leadership verdict', () => {
    for (const shape of ['cto', 'vpeng', 'hybrid'] as const)
      for (const context of [[], [stage(0), team(3)], [reports('cto'), hands(true), team(60)]]) {
        const n = questionsFor(verdict({ shape, context })).length;
        expect(n).toBeGreaterThanOrEqual(MIN_QUESTIONS);
        expect(n).toBeLessThanOrEqual(MAX_QUESTIONS);
      }
  });

  it('reads its rules as data: a made-up rule set is asked in its own order', () => {
    const rules: QuestionRule[] = [
      { id: 'b', question: 'qB', reason: 'rB', applies: () => true },
      { id: 'a', question: 'qA', reason: 'rA', applies: (v) => v.shape === 'cto' },
    ];
    expect(questionsFor(verdict(), rules)).toEqual([
      { id: 'b', question: 'qB', reason: 'rB' },
      { id: 'a', question: 'qA', reason: 'rA' },
    ]);
  });
});
