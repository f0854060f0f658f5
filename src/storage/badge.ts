// The toolbar badge for a tab's verdict; pure, so the background only applies it.

import type { Shape } from '../classifier/types';

export interface Badge {
  /** At most 4 characters: the badge cuts longer text. */
  text: string;
  color: string;
}

// Blue for the external pole (CTO), orange for the internal (VP Eng), purple between, grey for no verdict.
const BADGES: Record<Shape, Badge> = {
  cto: { text: 'CTO', color: '#2563eb' },
  vpeng: { text: 'VP', color: '#ea580c' },
  hybrid: { text: 'HYB', color: '#7c3aed' },
  none: { text: '—', color: '#6b7280' },
  unknown: { text: '?', color: '#6b7280' },
};

/** No shape (no posting on the tab) means an empty badge. */
export function badgeFor(shape: Shape | null): Badge {
  return shape ? { ...BADGES[shape] } : { text: '', color: '#6b7280' };
}
