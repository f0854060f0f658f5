// Phrases that mark a senior leadership role without leaning either way, and idioms that contain a lexicon word
// but say nothing about the role. Both are matched in the same pass as the lexicon, so the longest phrase wins.
import type { LeadershipMarker } from './types';

export const LEADERSHIP_MARKERS: readonly LeadershipMarker[] = [
  {
    id: 'mk-exec-team',
    patterns: [
      '{executive|exec|senior leadership|leadership|management|c-level} team',
      'c-suite',
      'c-level',
      'executive {leadership|committee|staff|level|role|position|peers|presence}',
      'senior leadership',
      'member of the {executive|leadership|senior leadership} team',
    ],
    weight: 2,
    reason: 'A seat on the executive team marks a senior leadership role, whichever pole it leans to.',
  },
  {
    id: 'mk-reports-to-ceo',
    patterns: [
      'report{s|ing|} {directly |}{in|}to {the|our} {ceo|founder|founders|co-founders|president|coo|chief executive officer|chief executive}',
      '{partner|partners|partnering|work closely|works closely|working closely} with {the|our} {ceo|founders|co-founders|founding team}',
      '{strategic |thought |}partner to {the|our} ceo',
    ],
    weight: 2,
    reason: 'Working directly with the CEO marks an executive role.',
  },
  {
    id: 'mk-owns-function',
    patterns: [
      '{own|owns|owning|responsible for|accountable for} {all|all of|the entire|the whole|our entire} {engineering|technology|technical} {organization|organisation|function|team|department|strategy}',
      'first {engineering|technical|technology} {leader|executive}',
      'technical co-founder',
      'founding {cto|engineering leader|head of engineering}',
      'most senior {engineer|engineering leader|technical leader|technology leader|technologist}',
    ],
    weight: 2.5,
    reason: 'Owning the whole engineering or technology function is a senior leadership role.',
  },
  // Saying "both" is evidence for neither pole; it widens the hybrid band instead (verdict.ts BOTH_BAND).
  {
    id: 'mk-both-jobs',
    patterns: [
      '{both|two} hats',
      '{both|two} halves',
      '{technical|technology} and people leadership',
      'people and {technical|technology} leadership',
      'both {the |}technology and {the |}team',
      'part cto',
      '{cto|vp of engineering} and {vp of engineering|cto} in one',
    ],
    weight: 2,
    both: true,
    reason:
      'The posting says the job is both the technology and the team, which the essay says one person can hold at an early stage.',
  },
];

export const STOP_PHRASES: readonly string[] = [
  'hiring manager{s|}',
  '{we are|we are actively|now|currently|is|are|actively} hiring',
  // "we're hiring", "they're hiring": the scan starts words after an apostrophe, so "re hiring" catches them.
  're hiring',
  'hiring {team|committee}',
  'contract-to-hire',
  'job board{s|}',
  'across the board',
  'on board',
  'computer vision',
  '{dental|dental and|dental,} vision',
  'vision {insurance|coverage|benefits|plan|plans|care}',
  'product vision',
  '{learning|education|training|conference|home office|wellness|equipment|book|l&d|professional development} budget{s|}',
  'professional development {allowance|allowances|stipend|stipends|courses|reimbursement}',
  '{customer|user|data} retention',
  'retention {policy|policies|bonus|bonuses|schedule}',
  'client-side',
  'privacy {policy|notice|statement}',
  'equal opportunity',
  'customer {success|service|support}',
  'mission and vision',
  'our vision',
  // Who funds the company, in its blurb: says nothing about talking to investors.
  'investors {include|includes|including|like|such as}',
  'angel investor{s|}',
  // How to apply: the applicant's interview, not the hire's recruiting.
  // ("involved in the hiring process" or "partner with our recruiters" stay: those are the hire's duties.)
  '{during|throughout|from} {the|our} {interview|interviewing|hiring|application|recruiting|recruitment} process{es|}',
  '{point|stage|step|steps|phase} {in|of} {the|our} {interview|interviewing|hiring|application|recruiting|recruitment} process{es|}',
  'accommodation{s|} {in|for|during} {the|our} {interview|interviewing|hiring|application|recruiting|recruitment} process{es|}',
  'interview process {is|consists|will|includes|involves|begins|takes}',
  'your recruiter{s|}',
  '{our|a|the} recruiter will',
  'call with {our|a|the} recruiter',
  'recruiter {screen|screening|call|calls|interview}',
  // What the organisation recruits when it is not staff (campaigns, studies, communities): not the hire's hiring.
  '{recruit|recruits|recruited|recruiting} {activists|volunteers|crowds|members|voters|users|customers|participants|students|patients|donors}',
  // Public-sector postings: the services the agency provides, not the team's shipping.
  'service{s|} delivery',
];
