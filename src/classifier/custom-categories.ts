// The categories of a user's own phrases, in a file of their own: the panel's highlighter needs their ids
// without pulling the engine and the lexicon into the content script.
import type { Category } from './lexicon/types';
import type { Pole } from './types';

export const CUSTOM_CATEGORIES: Readonly<Record<Pole, Category>> = {
  external: {
    id: 'custom-external',
    label: 'Your phrases (external)',
    short: 'your external phrases',
    pole: 'external',
    description: 'Phrases you added in the settings that point toward a CTO-shaped job.',
  },
  internal: {
    id: 'custom-internal',
    label: 'Your phrases (internal)',
    short: 'your internal phrases',
    pole: 'internal',
    description: 'Phrases you added in the settings that point toward a VP-Eng-shaped job.',
  },
};
