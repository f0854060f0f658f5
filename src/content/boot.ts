// What every content script file runs once per page, whether the manifest injected it or the background did
// (activeTab): each file differs only in the site readers it carries (and Hacker News's in its badges).
import { type Carried, type RoleLensApp, startRoleLens } from './app';

interface Scope {
  roleLens?: Promise<RoleLensApp>;
  /** Set by the background just before it injects this file: 'analyze' for the popup's "Analyze this page". */
  roleLensInjected?: 'analyze' | 'message';
}

export function boot(carried: Carried): void {
  const scope = globalThis as Scope;
  const analyzeNow = scope.roleLensInjected === 'analyze';
  scope.roleLensInjected = undefined;
  // Injected again where RoleLens already runs: only the request to analyze is new.
  scope.roleLens ??= startRoleLens(document, carried);
  if (analyzeNow) void scope.roleLens.then((app) => app.analyze());
}
