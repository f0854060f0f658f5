// Labels and settings every layer shares: the options page lists them, the panel shows them.
import { FITTED_MODEL } from './fitted-model';
import type { ClassifierSettings, Shape, TitleShape } from './types';

export const SHAPE_LABELS: Readonly<Record<Shape, string>> = {
  cto: 'CTO-shaped',
  vpeng: 'VP-Eng-shaped',
  hybrid: 'Hybrid',
  none: 'Not a leadership role',
  unknown: 'Not enough to judge',
};

export const TITLE_SHAPE_LABELS: Readonly<Record<TitleShape, string>> = {
  cto: 'CTO',
  vpeng: 'VP of Engineering',
  'field-cto': 'Field CTO',
  'eng-manager': 'Engineering Manager',
  architect: 'Architect',
  'tech-lead': 'Tech lead',
  ic: 'individual contributor',
  'non-engineering': 'non-engineering role',
  support: 'support role',
  unknown: 'unknown',
};

export const DEFAULT_CLASSIFIER_SETTINGS: ClassifierSettings = {
  // The band that agreed best with readers (fitted-model.ts); a user may widen or narrow it.
  hybridBand: FITTED_MODEL.halfBand,
  extraPhrases: { external: [], internal: [] },
  disabledCategories: [],
};

/** Fill in defaults and clamp: settings come from storage and a user's hands. */
export function resolveSettings(partial?: Partial<ClassifierSettings>): ClassifierSettings {
  const band = partial?.hybridBand;
  return {
    hybridBand:
      typeof band === 'number' && Number.isFinite(band)
        ? Math.max(0, Math.min(0.5, band))
        : DEFAULT_CLASSIFIER_SETTINGS.hybridBand,
    extraPhrases: {
      external: partial?.extraPhrases?.external ?? [],
      internal: partial?.extraPhrases?.internal ?? [],
    },
    disabledCategories: partial?.disabledCategories ?? [],
  };
}
