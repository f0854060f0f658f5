// Zips dist/chrome and dist/firefox into store-ready archives named with the manifest version.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string };

for (const browser of ['chrome', 'firefox']) {
  const name = `rolelens-${browser}-${version}.zip`;
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `dist/${browser}`,
      '--artifacts-dir',
      'dist',
      '--filename',
      name,
      '--overwrite-dest',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`dist/${name}`);
}
