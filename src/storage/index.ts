// The storage API in one import for entry points.

export * from './area';
export * from './badge';
export * from './history';
export * from './history-entry';
export * from './history-export';
export * from './history-query';
export * from './migrations';
export * from './phrases';
export * from './run-migrations';
export * from './settings';
export * from './settings-io';
export * from './settings-schema';
export * from './settings-text';
export * from './settings-validate';
export * from './strings';
export * from './tab-state';
