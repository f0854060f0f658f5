// Work that is not engineering at all. A title is a claim the body must back: a "Head of" who sources candidates
// or closes deals has the job those duties describe (READ.md's "neither"). These phrases count against leadership
// in the fitted decision (model.ts); they move no pole. Building the technology oneself is lexicon/hands-on.ts.
import type { LeadershipMarker } from './types';

export const WORK_MARKERS: readonly LeadershipMarker[] = [
  {
    id: 'work-manages-no-one',
    patterns: [
      // A role the posting calls an individual contributor's, not past experience as one ("as an individual
      // contributor") or the people the hire leads ("managers and individual contributors").
      'individual contributor {role|position}',
      '{this is|it is|will be|you are|you will be|remain|stay} {an |a |}individual contributor',
      '{senior |}ic role',
      '{no|without|zero} {direct reports|reports|line management|people management|management responsibilities}',
      "{won't|will not|wont|don't|do not|doesn't|does not} {manage|line manage|have} {people|anyone|direct reports|reports}",
      'not a {people |line |}{management|manager} {role|position}',
      'not a people manager',
    ],
    weight: 2.5,
    work: 'individual',
    reason:
      'The posting says outright the role manages no one: an individual contributor’s job, whatever its title.',
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
