// The set-up every end-to-end file shares: one fixture server per file, one browser per `describe.each` block.
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browsers';
import type { BrowserDriver, BrowserName } from './driver';
import { type FixtureServer, type ServeOptions, startFixtureServer } from './fixture-server';

/** Starts the fixture server before the file's tests and stops it after; returns a getter for it. */
export function serveFixtures(options?: ServeOptions): () => FixtureServer {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('the fixture server is not running');
    return server;
  };
}

/** Launches the browser before the block's tests and closes it after; the driver stands in for it meanwhile. */
export function launchForSuite(browser: BrowserName, server: () => FixtureServer): BrowserDriver {
  let driver: BrowserDriver | undefined;
  beforeAll(async () => {
    driver = await launchBrowser(browser, server().port);
  });
  afterAll(async () => {
    await driver?.close();
  });
  // Tests are declared before the browser exists; each call reaches the one launched for them.
  return new Proxy({} as BrowserDriver, {
    get(_target, key: keyof BrowserDriver) {
      if (!driver) throw new Error(`${browser} is not running`);
      const value = driver[key];
      return typeof value === 'function' ? value.bind(driver) : value;
    },
  });
}
