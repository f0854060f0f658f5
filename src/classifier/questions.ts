// Questions a candidate should ask the hiring manager, chosen from the verdict: rules as data, each naming its
// question and its reason (message keys: the words live in the locale files, not in the content script), and a pure
// chooser, so any context (panel, background) asks the same questions.
import type { ContextNote, ShownQuestion, Verdict } from './types';

/** `question`: the message key of what to ask, in the candidate's words; `reason`: of why RoleLens suggests it. */
export type Question = ShownQuestion;

export interface QuestionRule extends Question {
  /** Whether this verdict calls for the question. */
  applies(verdict: Verdict): boolean;
  /** Asked only to make up the minimum when too few other rules apply. */
  filler?: true;
}

export const MIN_QUESTIONS = 2;
export const MAX_QUESTIONS = 4;
/** From this size, running the team is a full-time job of its own (the context notes and the reason say so too). */
export const LARGE_TEAM = 25;
/** Up to this size, one person can set direction and run the team. */
export const SMALL_TEAM = 10;

const note = (v: Verdict, kind: ContextNote['kind']) => v.context.find((n) => n.kind === kind);
const teamSize = (v: Verdict) => note(v, 'team-size')?.teamSize;
const stageRank = (v: Verdict) => note(v, 'stage')?.stageRank;
const reportsTo = (v: Verdict) => note(v, 'reporting')?.reportsTo;
const handsOn = (v: Verdict) => note(v, 'hands-on')?.handsOn;
const leads = (v: Verdict) => v.shape === 'cto' || v.shape === 'vpeng' || v.shape === 'hybrid';
const ctoTitled = (v: Verdict) => v.titleShape === 'cto';
const teamTitled = (v: Verdict) => v.titleShape === 'vpeng' || v.titleShape === 'eng-manager';

/** In the order they are asked: the most telling first. */
export const QUESTION_RULES: readonly QuestionRule[] = [
  {
    id: 'mismatch-cto-title',
    question: 'questionMismatchCtoTitle',
    reason: 'questionMismatchCtoTitleWhy',
    applies: (v) => v.mismatch?.bodyShape === 'vpeng' && ctoTitled(v),
  },
  {
    id: 'mismatch-team-title',
    question: 'questionMismatchTeamTitle',
    reason: 'questionMismatchTeamTitleWhy',
    applies: (v) => v.mismatch?.bodyShape === 'cto' && teamTitled(v),
  },
  {
    id: 'mismatch-not-leadership',
    question: 'questionMismatchNotLeadership',
    reason: 'questionMismatchNotLeadershipWhy',
    applies: (v) => v.mismatch?.bodyShape === 'none',
  },
  {
    id: 'hybrid',
    question: 'questionHybrid',
    reason: 'questionHybridWhy',
    applies: (v) => v.shape === 'hybrid',
  },
  {
    id: 'large-team-cto-title',
    question: 'questionLargeTeamCtoTitle',
    reason: 'questionLargeTeamCtoTitleWhy',
    applies: (v) => ctoTitled(v) && (teamSize(v) ?? 0) >= LARGE_TEAM,
  },
  {
    id: 'early-stage',
    question: 'questionEarlyStage',
    reason: 'questionEarlyStageWhy',
    applies: (v) => leads(v) && ((stageRank(v) ?? 9) <= 2 || (teamSize(v) ?? Infinity) <= SMALL_TEAM),
  },
  {
    id: 'reports-to-cto',
    question: 'questionReportsToCto',
    reason: 'questionReportsToCtoWhy',
    applies: (v) => reportsTo(v) === 'cto' && !ctoTitled(v),
  },
  {
    id: 'team-shape-reports-to-ceo',
    question: 'questionTeamShapeReportsToCeo',
    reason: 'questionTeamShapeReportsToCeoWhy',
    applies: (v) => v.shape === 'vpeng' && reportsTo(v) === 'ceo',
  },
  {
    id: 'hands-on',
    question: 'questionHandsOn',
    reason: 'questionHandsOnWhy',
    applies: (v) => leads(v) && handsOn(v) === true,
  },
  {
    id: 'reporting-unstated',
    question: 'questionReportingUnstated',
    reason: 'questionReportingUnstatedWhy',
    applies: (v) => leads(v) && reportsTo(v) === undefined,
  },
  {
    id: 'hands-on-unstated',
    question: 'questionHandsOnUnstated',
    reason: 'questionHandsOnUnstatedWhy',
    applies: (v) => leads(v) && handsOn(v) === undefined,
  },
  {
    id: 'first-year',
    question: 'questionFirstYear',
    reason: 'questionFirstYearWhy',
    applies: leads,
    filler: true,
  },
];

/** Two to four questions for a leadership verdict (or a title claiming one), none otherwise. */
export function questionsFor(verdict: Verdict, rules: readonly QuestionRule[] = QUESTION_RULES): Question[] {
  if (!leads(verdict) && !verdict.mismatch) return [];
  const chosen = rules.filter((r) => !r.filler && r.applies(verdict)).slice(0, MAX_QUESTIONS);
  for (const rule of rules) {
    if (chosen.length >= MIN_QUESTIONS) break;
    if (rule.filler && rule.applies(verdict)) chosen.push(rule);
  }
  return chosen.map(({ id, question, reason }) => ({ id, question, reason }));
}
