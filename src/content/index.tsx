// Entry point: runs once per page, whether the manifest injected it or the background did (activeTab).
import { type RoleLensApp, startRoleLens } from './app';

interface Scope {
  roleLens?: Promise<RoleLensApp>;
  /** Set by the background just before it injects this file: 'analyze' for the popup's "Analyze this page". */
  roleLensInjected?: 'analyze' | 'message';
}

const scope = globalThis as Scope;
const analyzeNow = scope.roleLensInjected === 'analyze';
scope.roleLensInjected = undefined;

// Injected again where RoleLens already runs: only the request to analyze is new.
scope.roleLens ??= startRoleLens(document);
if (analyzeNow) void scope.roleLens.then((app) => app.analyze());
