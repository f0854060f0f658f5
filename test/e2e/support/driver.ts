// One small driver interface over real browsers, so each end-to-end check is written once.

export type BrowserName = 'chromium' | 'firefox';

/** What a screen reader would find of the RoleLens panel. */
export interface PanelView {
  /** The panel's heading texts, top first (the first is the verdict headline). */
  headings: string[];
  /** Every accessible name inside the panel, in tree order. */
  names: string[];
}

export interface PageHandle {
  url(): string;
  /** The RoleLens landmark read through the accessibility tree, or null when there is none. */
  panel(): Promise<PanelView | null>;
  /** Waits until the panel shows and its first heading satisfies the predicate. */
  waitForPanel(predicate?: (view: PanelView) => boolean, timeoutMs?: number): Promise<PanelView>;
  /** The panel's closed shadow root as markup (its stylesheet included), read as a debugger may; null without one. */
  panelMarkup(): Promise<string | null>;
  /** Accessible names of every node with this role, the panel's and badges' closed shadow roots included. */
  accessibleNames(role: string): Promise<string[]>;
  /** Clicks the middle of the first element matching the selector, as a mouse would (closed shadow roots too). */
  click(selector: string): Promise<void>;
  /** Runs an expression in the page's main world. */
  evaluate<T>(fn: string): Promise<T>;
  /** Serialised DOM of the page's own nodes under a selector (our host element excluded). */
  pageHtml(selector: string): Promise<string>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  name: BrowserName;
  /** Opens a page at a real hostname (the fixture server answers for it). */
  open(url: string): Promise<PageHandle>;
  /** Opens one of the extension's own pages, e.g. 'src/popup/index.html'. */
  openExtensionPage(path: string): Promise<PageHandle>;
  /**
   * Runs `fn(api, ...args)` in an extension context (the service worker in Chromium, an extension page in
   * Firefox), where `api` is the extension API (`browser`, else `chrome`). Returns its JSON-able result.
   */
  inExtension<T>(fn: string, ...args: unknown[]): Promise<T>;
  /** Sends a message from the extension to the content script of the active tab (the page opened last). */
  messageTab(urlPrefix: string, message: object): Promise<unknown>;
  /**
   * Stops the extension's background as the browser does when it is idle (Chromium: the service worker, through
   * CDP), or reloads it (Firefox); it must wake again on the next message.
   */
  stopBackground(): Promise<void>;
  /** Console errors and uncaught exceptions seen so far, from pages and the extension. */
  consoleErrors(): string[];
  /** Requests to anything but the fixture server and the extension itself. */
  foreignRequests(): string[];
  close(): Promise<void>;
}

// Without the tabs permission tab URLs are hidden, so the tab is found as the active one: the page opened last.
export const MESSAGE_ACTIVE_TAB = `async (api, message) => {
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return (await api.tabs.sendMessage(tab.id, message)) ?? null;
}`;

export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | null | undefined | false = null;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}
