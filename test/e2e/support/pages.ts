// The sample pages served under real hostnames: the end-to-end tests and `npm start` both use this table.
import { readFileSync } from 'node:fs';

export interface FixturePage {
  /** Short name, used for screenshots. */
  id: string;
  /** The real URL the page is served at. */
  url: string;
  /** The fixture file, relative to the repository root. */
  file: string;
  /** Shown by `npm start`. */
  sample?: boolean;
}

export const FIXTURE_PAGES: FixturePage[] = [
  {
    id: 'greenhouse-no-posting',
    url: 'https://boards.greenhouse.io/acme',
    file: 'test/fixtures/e2e/greenhouse-board-index.html',
  },
];

interface ManifestShape {
  content_scripts: { matches: string[] }[];
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as ManifestShape;

/** Every host the content script matches, as host-resolver patterns ('*.indeed.com' stays a wildcard). */
export const FIXTURE_HOSTS: string[] = [
  ...new Set(
    manifest.content_scripts.flatMap((s) =>
      s.matches.map((m) => new URL(m.replace('*://', 'https://')).host),
    ),
  ),
];
