// Words for shapes and poles, all through i18n so the panel, popup and options say the same thing.
import type { Pole, Shape } from '../classifier/types';
import { t } from '../shared/i18n';

const SHAPE_KEYS: Record<Shape, string> = {
  cto: 'shapeCto',
  vpeng: 'shapeVpeng',
  hybrid: 'shapeHybrid',
  none: 'shapeNone',
  unknown: 'shapeUnknown',
};

export function shapeLabel(shape: Shape): string {
  return t(SHAPE_KEYS[shape]);
}

export function poleLabel(pole: Pole): string {
  return t(pole === 'external' ? 'poleExternal' : 'poleInternal');
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
