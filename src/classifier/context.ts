// Context notes shown beside the verdict: company stage, team size, reporting line, hands-on coding. They inform
// the reader and never change the verdict.
import { type CompiledNegation, negationCue } from './negation';
import { type Normalized, toOriginal } from './normalize';
import type { Sections } from './sections';
import type { ContextNote } from './types';

const STAGE = String.raw`pre-seed|seed[ -](?:stage|round|funded|funding|startup|company)|series [a-f](?![a-z0-9])|publicly (?:traded|listed)|public company|\bipo\b|fortune (?:500|100)|nasdaq|nyse`;
const SIZE_WORDS = `(?:software engineers|product engineers|engineers|developers|people|technologists|engineering team members)`;
const APPROX = `(?:about |around |over |more than |nearly |approximately |roughly |almost |~)?`;
const TEAM = String.raw`(?:team|org|organization|organisation|department|group) of ${APPROX}(\d{1,4})\+? ${SIZE_WORDS}|(\d{1,4})\+?[ -](?:person|people|engineer|member|strong)[ -](?:engineering |tech |product |dev |development |software )?(?:team|org|organization|organisation|department)|from (\d{1,4}) to (\d{1,4}) ${SIZE_WORDS}`;
const BOSS = `ceo|cto|coo|cpo|founders?|co-founders?|president|board|vp of engineering|vp engineering|vice president of engineering|head of engineering|director of engineering|chief technology officer|chief executive officer|chief product officer|chief operating officer`;
const REPORTS = `report(?:s|ing)? (?:directly )?(?:in)?to (?:the |our |a |an )?(${BOSS})(?![a-z])`;
const HANDS = `hands-on|hands on|(?:write|writing|writes) (?:production |some |real |)code|code (?:daily|every day|regularly)|coding|contribute (?:code|to the codebase)|in the codebase`;

const CONTEXT = new RegExp(`\\b(?:(${STAGE})|${TEAM}|${REPORTS}|(${HANDS}))(?![a-z])`, 'g');

const STAGE_RANK: ReadonlyArray<readonly [RegExp, number]> = [
  [/pre-seed/, 0],
  [/seed/, 1],
  [/series a/, 2],
  [/series b/, 3],
  [/series [c-f]/, 4],
  [/public|ipo|fortune|nasdaq|nyse/, 5],
];

function stageNote(matched: string): { rank: number; text: string } {
  const rank = STAGE_RANK.find(([re]) => re.test(matched))?.[1] ?? 1;
  const name = matched.replace(/\b[a-f]$/, (c) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase());
  if (rank <= 2)
    return { rank, text: `${name}: at this stage the CTO and the VP of Engineering can be one person.` };
  if (rank === 3)
    return {
      rank,
      text: `${name}: the two roles are starting to pull apart; one person rarely does both for long.`,
    };
  if (rank === 4)
    return { rank, text: `${name}: at this stage CTO and VP of Engineering usually can't be one person.` };
  return { rank, text: 'Public company: CTO and VP of Engineering are separate jobs here.' };
}

function teamNote(size: number, word: string, from?: number): string {
  if (from !== undefined)
    return `Team growing from ${from} to ${size} ${word}: scaling the team is part of the job.`;
  if (size >= 25)
    return `A team of ${size} ${word}: at this size running the team is a full-time job of its own.`;
  if (size <= 10)
    return `A team of ${size} ${word}: small enough that one person can set direction and run the team.`;
  return `A team of ${size} ${word}.`;
}

function reportsNote(boss: string): string {
  if (
    /^(?:ceo|chief executive officer|founders?|co-founders?|president|coo|chief operating officer)$/.test(
      boss,
    )
  )
    return 'Reports to the CEO or founders: an executive seat.';
  if (/^(?:cto|chief technology officer)$/.test(boss))
    return 'Reports to the CTO: technical direction sits above this role, which leans VP-Eng-shaped.';
  if (boss === 'board') return 'Reports to the board.';
  if (/^(?:cpo|chief product officer)$/.test(boss)) return 'Reports to the head of product.';
  return 'Reports to an engineering leader: a role below the head of engineering.';
}

/** Notes on stage, team size, reporting line and hands-on coding, each from the first place it is said. */
export function contextNotes(
  norm: Normalized,
  sections: Sections,
  negation: CompiledNegation,
): ContextNote[] {
  const text = norm.text;
  let stage: (ContextNote & { rank: number }) | undefined;
  let team: ContextNote | undefined;
  let reports: ContextNote | undefined;
  let hands: ContextNote | undefined;
  let line = 0;
  CONTEXT.lastIndex = 0;
  for (let m = CONTEXT.exec(text); m; m = CONTEXT.exec(text)) {
    while (line + 1 < sections.lines.length && sections.lines[line + 1]!.start <= m.index) line++;
    // Legal and benefits text ("we are a public company and equal opportunity employer") is not about the role.
    if (sections.lines[line]!.weight === 0) continue;
    const span = toOriginal(norm, m.index, m.index + m[0].length);
    if (m[1] !== undefined) {
      const s = stageNote(m[1]);
      if (!stage || s.rank > stage.rank) stage = { kind: 'stage', text: s.text, ...span, rank: s.rank };
    } else if (m[2] !== undefined || m[3] !== undefined || m[5] !== undefined) {
      if (team) continue;
      const size = Number(m[2] ?? m[3] ?? m[5]);
      const word = /people|person|member|strong/.test(m[0]) ? 'people' : 'engineers';
      team = {
        kind: 'team-size',
        text: teamNote(size, word, m[4] === undefined ? undefined : Number(m[4])),
        ...span,
      };
    } else if (m[6] !== undefined) {
      if (!reports) reports = { kind: 'reporting', text: reportsNote(m[6]), ...span };
    } else if (m[7] !== undefined && !hands) {
      const negated = negationCue(text, m.index, m.index + m[0].length, negation) !== undefined;
      hands = {
        kind: 'hands-on',
        text: negated
          ? 'Not hands-on: little or no coding expected.'
          : 'Hands-on: coding is expected in this role.',
        ...span,
      };
    }
  }
  const notes: ContextNote[] = [];
  if (stage) {
    const { rank: _rank, ...note } = stage;
    notes.push(note);
  }
  for (const n of [team, reports, hands]) if (n) notes.push(n);
  return notes;
}
