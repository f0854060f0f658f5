// How a verdict fits the user's own track; the panel and the history both mark it.
import type { Shape } from '../classifier/types';

export type Track = 'cto' | 'vpeng' | 'either';
export type Fit = 'fits' | 'partial' | 'off-track' | 'n/a';

export function trackFit(shape: Shape, track: Track): Fit {
  if (shape === 'none' || shape === 'unknown') return 'n/a';
  if (track === 'either' || shape === track) return 'fits';
  return shape === 'hybrid' ? 'partial' : 'off-track';
}
