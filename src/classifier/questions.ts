// Questions a candidate should ask the hiring manager, chosen from the verdict: rules as data, each with its
// reason, and a pure chooser, so any context (panel, background, command line) asks the same questions.
import type { ContextNote, Verdict } from './types';

export interface Question {
  id: string;
  /** What to ask, in the candidate's words. */
  question: string;
  /** Why RoleLens suggests it, shown beside it. */
  reason: string;
}

export interface QuestionRule extends Question {
  /** Whether this verdict calls for the question. */
  applies(verdict: Verdict): boolean;
  /** Asked only to make up the minimum when too few other rules apply. */
  filler?: true;
}

export const MIN_QUESTIONS = 2;
export const MAX_QUESTIONS = 4;
/** From this size, running the team is a full-time job of its own (the context notes say so too). */
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
    question: 'Who sets the technical direction today, and who will own architecture decisions?',
    reason:
      'The title says CTO but the duties read VP-Eng-shaped: technical direction may sit with someone else, or with no one.',
    applies: (v) => v.mismatch?.bodyShape === 'vpeng' && ctoTitled(v),
  },
  {
    id: 'mismatch-team-title',
    question:
      'Who runs delivery and grows the engineering managers day to day, if my work is technical direction?',
    reason:
      'The title names a team-leading job but the duties read CTO-shaped: running the team may be expected on top, or left to no one.',
    applies: (v) => v.mismatch?.bodyShape === 'cto' && teamTitled(v),
  },
  {
    id: 'mismatch-not-leadership',
    question: 'Will this role lead people or set direction, or is it a senior individual contributor job?',
    reason:
      'The title claims a leadership job, but the duties do not describe leading a team or the technology.',
    applies: (v) => v.mismatch?.bodyShape === 'none',
  },
  {
    id: 'hybrid',
    question: 'How should my week split between the technology and the team, now and in a year?',
    reason:
      'The duties weigh the technology and the team about equally: the split is the job, and it moves as the company grows.',
    applies: (v) => v.shape === 'hybrid',
  },
  {
    id: 'large-team-cto-title',
    question: 'Who manages the engineering managers day to day: me, or a VP of Engineering beside me?',
    reason: `A CTO title over a team of ${LARGE_TEAM} or more: running a team that size is a full-time job of its own, apart from setting technical direction.`,
    applies: (v) => ctoTitled(v) && (teamSize(v) ?? 0) >= LARGE_TEAM,
  },
  {
    id: 'early-stage',
    question:
      'As the team grows, which half of this job do you expect to hand to someone new: the technology or the team?',
    reason:
      'At seed or Series A, or with a small team, the CTO and the VP of Engineering can be one person; by Series C they usually are two.',
    applies: (v) => leads(v) && ((stageRank(v) ?? 9) <= 2 || (teamSize(v) ?? Infinity) <= SMALL_TEAM),
  },
  {
    id: 'reports-to-cto',
    question: 'Which technical decisions will be mine, and which stay with the CTO?',
    reason:
      'The role reports to the CTO: technical direction sits above it, so where the line falls is worth knowing.',
    applies: (v) => reportsTo(v) === 'cto' && !ctoTitled(v),
  },
  {
    id: 'team-shape-reports-to-ceo',
    question: 'Is there a CTO, and if not, who owns the technical direction?',
    reason:
      'A VP-Eng-shaped role reporting to the CEO: if no one holds the CTO’s job, the technology still needs an owner.',
    applies: (v) => v.shape === 'vpeng' && reportsTo(v) === 'ceo',
  },
  {
    id: 'hands-on',
    question: 'How much of my week do you expect me to spend writing code, now and in a year?',
    reason:
      'The posting expects a leader to code: that time comes out of the team or the technical direction.',
    applies: (v) => leads(v) && handsOn(v) === true,
  },
  {
    id: 'reporting-unstated',
    question: 'Whom would I report to, and who else sits on the leadership team?',
    reason:
      'The posting does not say whom the role reports to; the reporting line shows whether this is the top technology seat.',
    applies: (v) => leads(v) && reportsTo(v) === undefined,
  },
  {
    id: 'hands-on-unstated',
    question: 'Do you expect me to write production code, and on what?',
    reason:
      'The posting does not say whether the role codes; for leaders the answer ranges from daily to never.',
    applies: (v) => leads(v) && handsOn(v) === undefined,
  },
  {
    id: 'first-year',
    question: 'What would make the first year a success, and how would you measure it?',
    reason:
      'Whether success is measured in the technology or in the team says which of the two jobs this is.',
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
