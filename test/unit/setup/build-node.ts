// Vitest global setup: the tests that start `rolelens` run the built command line, so build it when a source it is
// made of is newer than the build (a fresh clone has none). Once per run, before any test file.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
// The last file the build writes: a build that stopped half-way is rebuilt.
const BUILT = join(ROOT, 'dist/node/types/lib/index.d.ts');
const SOURCES = ['src', 'scripts', 'package.json', 'vite.node.config.ts', 'tsconfig.lib.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

export default function setup(): void {
  const built = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (newest <= built) return;
  execFileSync('npm', ['run', '--silent', 'build:node'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
