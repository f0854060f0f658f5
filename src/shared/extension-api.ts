// The promise-based `browser` API in a few hundred bytes, in place of webextension-polyfill (vite.config.ts aliases
// it here, so the content script stays small). Firefox has `browser` natively. Chrome's MV3 `chrome` returns
// promises too; only a runtime.onMessage listener must answer through sendResponse, and a message nobody answered
// rejects instead of resolving to undefined: the two differences the polyfill smoothed over, smoothed here.
// Callers import 'webextension-polyfill' and get its types; only the build sees this file, so it types loosely.

interface Api {
  runtime: { onMessage: unknown; sendMessage(message: unknown): Promise<unknown> } & object;
  tabs?: { sendMessage(tabId: number, message: unknown): Promise<unknown> } & object;
}
type Listener = (message: unknown, sender: unknown) => unknown;
type ChromeListener = (message: unknown, sender: unknown, respond: (reply?: unknown) => void) => boolean;
interface ChromeEvent {
  addListener(listener: ChromeListener): void;
  removeListener(listener: ChromeListener): void;
  hasListener(listener: ChromeListener): boolean;
}

const NO_ANSWER = 'The message port closed before a response was received.';

/** A message nobody answered resolves to undefined, as in Firefox. */
const answered = (sent: Promise<unknown>) =>
  sent.catch((error: unknown) => {
    if (error instanceof Error && error.message === NO_ANSWER) return undefined;
    throw error;
  });

/** Forwards everything to `target`, methods bound to it, except `own`. */
function overlay<T extends object>(target: T, own: Record<string, unknown>): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'string' && Object.hasOwn(own, key)) return own[key];
      const value = Reflect.get(t, key);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
}

function fromChrome(chrome: Api): Api {
  const native = chrome.runtime.onMessage as unknown as ChromeEvent;
  const wrapped = new WeakMap<Listener, ChromeListener>();
  const onMessage = {
    addListener(listener: Listener) {
      const adapted: ChromeListener = (message, sender, respond) => {
        const reply = listener(message, sender);
        if (reply === undefined) return false;
        Promise.resolve(reply).then(respond, () => respond(undefined));
        return true;
      };
      wrapped.set(listener, adapted);
      native.addListener(adapted);
    },
    removeListener(listener: Listener) {
      const adapted = wrapped.get(listener);
      if (adapted) native.removeListener(adapted);
      wrapped.delete(listener);
    },
    hasListener: (listener: Listener) => wrapped.has(listener),
  };
  const runtime = overlay(chrome.runtime, {
    onMessage,
    sendMessage: (message: unknown) => answered(chrome.runtime.sendMessage(message)),
  });
  const chromeTabs = chrome.tabs;
  const tabs = chromeTabs
    ? overlay(chromeTabs, {
        sendMessage: (tabId: number, message: unknown) => answered(chromeTabs.sendMessage(tabId, message)),
      })
    : undefined;
  return overlay(chrome, { runtime, ...(tabs ? { tabs } : {}) });
}

const scope = globalThis as { browser?: Api; chrome?: Api };
// Firefox's own `browser` (its `chrome` is another object); in Chrome, `chrome` adapted.
const browser: Api =
  scope.browser?.runtime && scope.browser !== scope.chrome ? scope.browser : fromChrome(scope.chrome as Api);

export default browser;
