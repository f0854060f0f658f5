// Work that is not leading engineering. A title is a claim the body must back: a "CTO" whose duties are shipping
// features, a "Head of" who sources candidates or closes deals, is the job those duties describe (READ.md's
// "neither"). These phrases count against leadership in the fitted decision (model.ts); they move no pole.
import type { LeadershipMarker } from './types';

export const WORK_MARKERS: readonly LeadershipMarker[] = [
  {
    id: 'work-build-features',
    patterns: [
      '{implement|implements|implementing|build|builds|building|develop|develops|developing|ship|ships|shipping|deliver|code|coding} {new |}features',
      '{fix|fixes|fixing} bugs',
      'bug fix{es|ing|}',
      '{write|writes|writing} {clean|high-quality|quality|well-tested|maintainable|production|efficient|testable|robust} code',
      '{write|writes|writing} {unit|integration|automated} tests',
      'individual contributor',
      'pixel-perfect',
      'turn {designs|mockups|wireframes} into',
    ],
    weight: 1,
    work: 'individual',
    reason: 'Building features and fixing bugs oneself is an engineer’s work, whatever the title says.',
  },
  {
    id: 'work-recruiting',
    patterns: [
      '{source|sources|sourcing} {candidates|talent|passive candidates|engineers|technical talent}',
      'full{-| }{cycle|life cycle|lifecycle} recruit{ing|ment}',
      '{candidate|talent|recruiting} pipeline{s|}',
      '{partner|partners|partnering} with hiring managers',
      'applicant tracking {system|systems}',
      'boolean search{es|}',
      '{candidate|candidates} experience',
      'offer negotiation{s|}',
    ],
    weight: 1.5,
    work: 'recruiting',
    reason:
      'Sourcing candidates and running pipelines for hiring managers is a recruiter’s job, not the leader’s.',
  },
  {
    id: 'work-selling',
    patterns: [
      '{sales|revenue} {quota|quotas|targets}',
      '{close|closing|closes} deals',
      'sales cycle{s|}',
      '{pre-sales|presales}',
      'account {plan|plans|planning|growth}',
      '{strategic|key} accounts',
      '{technical|product} demos',
      'customer implementations',
      '{rfp|rfps|rfi|rfis}',
    ],
    weight: 1.5,
    work: 'selling',
    reason:
      'Winning and growing accounts is customer-facing sales work, not running the company’s technology.',
  },
];
