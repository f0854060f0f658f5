// Every unit test file gets the fake `browser` in place of webextension-polyfill (which throws outside an
// extension), fresh for each test; a file that needs it imports `fakeBrowser` from './browser'.
import { beforeEach, vi } from 'vitest';
import { resetFakeBrowser } from './browser';

vi.mock('webextension-polyfill', () => import('./browser'));

beforeEach(() => {
  resetFakeBrowser();
});
