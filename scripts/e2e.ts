// `npm run test:e2e [-- --browser=chromium|firefox] [vitest args]`: the end-to-end suite in one or both browsers.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const browserArg = args.find((a) => a.startsWith('--browser='));
const rest = args.filter((a) => a !== browserArg);
const env = { ...process.env };
if (browserArg) env.E2E_BROWSERS = browserArg.slice('--browser='.length);

const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...rest], {
  stdio: 'inherit',
  env,
});
process.exit(run.status ?? 1);
