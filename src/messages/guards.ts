// Small hand-written type guards for untrusted values; no dependencies.

export type Guard<T> = (v: unknown) => v is T;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isText = (v: unknown, max: number, min = 0): v is string =>
  typeof v === 'string' && v.length >= min && v.length <= max;

export const isUnit = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

/** Tab ids are non-negative integers; tabs.TAB_ID_NONE (-1) is not a tab. */
export const isTabId = (v: unknown): v is number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
