// The messaging API in one import for entry points.

export * from './parse';
export * from './send';
export * from './shown-verdict';
export * from './types';
