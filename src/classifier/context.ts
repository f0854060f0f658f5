// Context notes shown beside the verdict: company stage, team size, reporting line, hands-on coding. They inform
// the reader and never change the verdict. Their phrases are found in the same scan as the lexicon.
import { type CompiledNegation, negationCue } from './negation';
import { type Normalized, toOriginal } from './normalize';
import type { Sections } from './sections';
import type { ContextNote, ReportsTo } from './types';

export type ContextRuleKind = 'stage' | 'team' | 'reports' | 'hands';

export interface ContextRule {
  kind: ContextRuleKind;
  /** Words a match starts with, or 'number' for matches that start with one ("40-person team"). */
  firstWords: readonly string[] | 'number';
  /** Regex source, matched at the start of one of those words. */
  source: string;
}

const SIZE_WORDS = '(?:software engineers|product engineers|engineers|developers|people|technologists)';
const APPROX = '(?:about |around |over |more than |nearly |approximately |roughly |almost |~)?';
const BOSS =
  'ceo|cto|coo|cpo|founders?|co-founders?|president|board|vp of engineering|vp engineering|vice president of engineering|head of engineering|director of engineering|chief technology officer|chief executive officer|chief product officer|chief operating officer';

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    kind: 'stage',
    firstWords: [
      'pre',
      'preseed',
      'seed',
      'series',
      'publicly',
      'public',
      'ipo',
      'fortune',
      'nasdaq',
      'nyse',
    ],
    source:
      '(?:pre-?seed|seed[ -](?:stage|round|funded|funding|startup|company)|series [a-f]|publicly (?:traded|listed)|public company|ipo|fortune (?:500|100)|nasdaq|nyse)(?![a-z0-9])',
  },
  {
    kind: 'team',
    firstWords: ['team', 'org', 'organization', 'organisation', 'department', 'group', 'from'],
    source: `(?:(?:team|org|organization|organisation|department|group) of ${APPROX}\\d{1,4}\\+? ${SIZE_WORDS}|from \\d{1,4} to \\d{1,4}\\+? ${SIZE_WORDS})(?![a-z0-9])`,
  },
  {
    kind: 'team',
    firstWords: 'number',
    source:
      '\\d{1,4}\\+?[ -](?:person|people|engineer|member|strong)[ -](?:engineering |tech |product |dev |development |software )?(?:team|org|organization|organisation|department)(?![a-z0-9])',
  },
  {
    kind: 'reports',
    firstWords: ['report', 'reports', 'reporting'],
    source: `report(?:s|ing)? (?:directly )?(?:in)?to (?:the |our |a |an )?(?:${BOSS})(?![a-z0-9])`,
  },
  {
    kind: 'hands',
    firstWords: ['hands', 'handson', 'write', 'writing', 'writes', 'code', 'coding', 'contribute'],
    source:
      '(?:hands-?on|hands on|(?:write|writing|writes) (?:production |some |real |)code|code (?:daily|every day|regularly)|coding|contribute (?:code|to the codebase))(?![a-z0-9])',
  },
];

export interface ContextHit {
  kind: ContextRuleKind;
  start: number;
  end: number;
}

const STAGE_RANK: ReadonlyArray<readonly [RegExp, number]> = [
  [/pre-?seed/, 0],
  [/seed/, 1],
  [/series a/, 2],
  [/series b/, 3],
  [/series [c-f]/, 4],
  [/public|ipo|fortune|nasdaq|nyse/, 5],
];

function stageRank(matched: string): number {
  return STAGE_RANK.find(([re]) => re.test(matched))?.[1] ?? 1;
}

function stageNote(matched: string, rank: number): { rank: number; text: string } {
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

function teamNote(matched: string): string {
  const nums = (matched.match(/\d+/g) ?? []).map(Number);
  const word = /people|person|member|strong/.test(matched) ? 'people' : 'engineers';
  if (matched.startsWith('from') && nums.length >= 2)
    return `Team growing from ${nums[0]} to ${nums[1]} ${word}: scaling the team is part of the job.`;
  const size = nums[0] ?? 0;
  if (size >= 25)
    return `A team of ${size} ${word}: at this size running the team is a full-time job of its own.`;
  if (size <= 10)
    return `A team of ${size} ${word}: small enough that one person can set direction and run the team.`;
  return `A team of ${size} ${word}.`;
}

function reportsNote(matched: string): { text: string; reportsTo: ReportsTo } {
  const boss = matched.replace(/^report(?:s|ing)? (?:directly )?(?:in)?to (?:the |our |a |an )?/, '');
  if (
    /^(?:ceo|chief executive officer|founders?|co-founders?|president|coo|chief operating officer)$/.test(
      boss,
    )
  )
    return { text: 'Reports to the CEO or founders: an executive seat.', reportsTo: 'ceo' };
  if (/^(?:cto|chief technology officer)$/.test(boss))
    return {
      text: 'Reports to the CTO: technical direction sits above this role, which leans VP-Eng-shaped.',
      reportsTo: 'cto',
    };
  if (boss === 'board') return { text: 'Reports to the board.', reportsTo: 'board' };
  if (/^(?:cpo|chief product officer)$/.test(boss))
    return { text: 'Reports to the head of product.', reportsTo: 'product' };
  return {
    text: 'Reports to an engineering leader: a role below the head of engineering.',
    reportsTo: 'engineering',
  };
}

/** Notes from the context hits of the scan: the highest stage named, and the first of each other kind. */
export function contextNotes(
  norm: Normalized,
  sections: Sections,
  hits: readonly ContextHit[],
  negation: CompiledNegation,
): ContextNote[] {
  let stage: { note: ContextNote; rank: number } | undefined;
  const first = new Map<ContextRuleKind, ContextNote>();
  let line = 0;
  for (const hit of hits) {
    while (line + 1 < sections.count && sections.start[line + 1]! <= hit.start) line++;
    // Legal and benefits text ("we are a public company and an equal opportunity employer") is not about the role.
    if (sections.weight[line] === 0) continue;
    if (hit.kind !== 'stage' && first.has(hit.kind)) continue;
    const matched = norm.text.slice(hit.start, hit.end);
    const span = toOriginal(norm, hit.start, hit.end);
    if (hit.kind === 'stage') {
      // The note's words are built only for a stage above the highest so far.
      const rank = stageRank(matched);
      if (!stage || rank > stage.rank) {
        const s = stageNote(matched, rank);
        stage = { note: { kind: 'stage', text: s.text, ...span, stageRank: s.rank }, rank: s.rank };
      }
    } else if (hit.kind === 'team') {
      const teamSize = Math.max(0, ...(matched.match(/\d+/g) ?? []).map(Number));
      first.set('team', { kind: 'team-size', text: teamNote(matched), ...span, teamSize });
    } else if (hit.kind === 'reports') {
      first.set('reports', { kind: 'reporting', ...reportsNote(matched), ...span });
    } else {
      const negated = negationCue(norm.text, hit.start, hit.end, negation) !== undefined;
      const text = negated
        ? 'Not hands-on: little or no coding expected.'
        : 'Hands-on: coding is expected in this role.';
      first.set('hands', { kind: 'hands-on', text, ...span, handsOn: !negated });
    }
  }
  const notes: ContextNote[] = stage ? [stage.note] : [];
  for (const kind of ['team', 'reports', 'hands'] as const) {
    const note = first.get(kind);
    if (note) notes.push(note);
  }
  return notes;
}
