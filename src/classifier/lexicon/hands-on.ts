// Building the technology with one's own hands. For a leader, readers count it on the technology's side (the
// player-coach who architects and codes is a hybrid, not a pure manager); for a title whose body is nothing else,
// it is an engineer's job (the fitted leadership model weighs this category on its own: model.ts).
import type { LexiconEntry } from './types';

export const HANDS_ON_ENTRIES: readonly LexiconEntry[] = [
  {
    id: 'ext-write-code',
    category: 'hands-on',
    patterns: [
      '{write|writes|writing} {clean |high-quality |quality |well-tested |maintainable |production |efficient |testable |robust |}code',
      '{hands-on|hands on} {coding|development|engineering|technical leadership|leader|role}',
      '{code|coding} {daily|every day|regularly|alongside}',
      'contribute{s|} {code|to the codebase}',
      '{write|writes|writing} {unit|integration|automated} tests',
    ],
    weight: 1,
    reason:
      'Writing the code oneself: the technology’s side of the job, or an engineer’s job if that is all.',
  },
  {
    id: 'ext-build-features',
    category: 'hands-on',
    patterns: [
      '{implement|implements|implementing|build|builds|building|develop|develops|developing|ship|ships|shipping|code} {new |}features',
      '{fix|fixes|fixing} bugs',
      'bug fix{es|ing|}',
      'turn {designs|mockups|wireframes} into',
      'pixel-perfect',
    ],
    weight: 1,
    reason: 'Building features and fixing bugs oneself is an engineer’s work, whatever the title says.',
  },
  {
    id: 'ext-design-and-build',
    category: 'hands-on',
    patterns: [
      '{design|designs|designing|architect|architects|architecting} and {build|builds|building|implement|implements|implementing|develop|develops|developing|code}',
      '{build|builds|building} {the|our} {mvp|prototype|first version|backend|platform|product}{ from scratch| yourself|}',
      'full{-| }stack development',
    ],
    weight: 1.5,
    reason: 'Designing and building the system oneself is answering for the technology with one’s own hands.',
  },
];
