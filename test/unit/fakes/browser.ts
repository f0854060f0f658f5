// A fake of the webextension-polyfill `browser` object for unit tests: storage areas with quotas and
// onChanged, runtime and tab messaging, i18n from the English locale, and recorders for action/scripting.
// Use: vi.mock('webextension-polyfill', () => import('../fakes/browser')); then resetFakeBrowser() in beforeEach.

import englishMessages from '../../../public/_locales/en/messages.json';

type Listener = (...args: never[]) => unknown;

/** An extension event: add/remove listeners, and `emit` to fire it from a test. */
export class FakeEvent<L extends Listener> {
  readonly listeners: L[] = [];
  addListener(listener: L): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }
  removeListener(listener: L): void {
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  }
  hasListener(listener: L): boolean {
    return this.listeners.includes(listener);
  }
  hasListeners(): boolean {
    return this.listeners.length > 0;
  }
  emit(...args: Parameters<L>): ReturnType<L>[] {
    return [...this.listeners].map((l) => l(...(args as never[])) as ReturnType<L>);
  }
  reset(): void {
    this.listeners.length = 0;
  }
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}
export type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface FakeStorageQuota {
  /** Bytes of key + JSON value per item; Chrome's sync area allows 8192. */
  perItem?: number;
  /** Bytes of all items together; Chrome's sync area allows 102400. */
  total?: number;
}

const bytes = (key: string, json: string) => new TextEncoder().encode(key + json).length;

/** One storage area; values are kept as JSON, so callers get copies, as from real storage. */
export class FakeStorageArea {
  private readonly data = new Map<string, string>();
  private failures: { op: 'read' | 'write'; message: string }[] = [];
  readonly onChanged = new FakeEvent<(changes: Record<string, StorageChange>) => void>();
  /** Every set/remove/clear call, for asserting how often storage was written. */
  readonly writes: { op: 'set' | 'remove' | 'clear'; keys: string[] }[] = [];

  constructor(
    readonly areaName: string,
    private readonly notify: (changes: Record<string, StorageChange>, areaName: string) => void,
    public quota: FakeStorageQuota = {},
  ) {}

  /** Puts raw values in place without quota checks or events: for corrupted or legacy data. */
  seed(items: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(items)) this.data.set(key, JSON.stringify(value));
  }

  /** A plain copy of everything stored. */
  dump(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([k, v]) => [k, JSON.parse(v)]));
  }

  /** Makes the next read or write reject with this message, e.g. 'QUOTA_BYTES_PER_ITEM quota exceeded'. */
  failNext(op: 'read' | 'write', message: string): void {
    this.failures.push({ op, message });
  }

  private maybeFail(op: 'read' | 'write'): void {
    const i = this.failures.findIndex((f) => f.op === op);
    if (i < 0) return;
    const [failure] = this.failures.splice(i, 1);
    throw new Error(failure!.message);
  }

  async get(keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
    this.maybeFail('read');
    const all = this.dump();
    if (keys === null || keys === undefined) return all;
    if (typeof keys === 'string') return keys in all ? { [keys]: all[keys] } : {};
    if (Array.isArray(keys)) return Object.fromEntries(keys.filter((k) => k in all).map((k) => [k, all[k]]));
    return Object.fromEntries(Object.entries(keys).map(([k, fallback]) => [k, k in all ? all[k] : fallback]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.maybeFail('write');
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) {
      if (value === undefined) continue;
      const json = JSON.stringify(value);
      if (this.quota.perItem !== undefined && bytes(key, json) > this.quota.perItem) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      next.set(key, json);
    }
    const total = [...next].reduce((sum, [k, v]) => sum + bytes(k, v), 0);
    if (this.quota.total !== undefined && total > this.quota.total)
      throw new Error('QUOTA_BYTES quota exceeded');
    const changes: Record<string, StorageChange> = {};
    for (const [key, json] of next) {
      const old = this.data.get(key);
      if (old !== json && key in items) changes[key] = withOld({ newValue: JSON.parse(json) }, old);
    }
    this.writes.push({ op: 'set', keys: Object.keys(items) });
    this.replace(next, changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.maybeFail('write');
    const list = typeof keys === 'string' ? [keys] : keys;
    this.writes.push({ op: 'remove', keys: list });
    this.drop(list);
  }

  async clear(): Promise<void> {
    this.maybeFail('write');
    this.writes.push({ op: 'clear', keys: [...this.data.keys()] });
    this.drop([...this.data.keys()]);
  }

  async getBytesInUse(keys?: null | string | string[]): Promise<number> {
    const list = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    return list.reduce((sum, k) => sum + (this.data.has(k) ? bytes(k, this.data.get(k)!) : 0), 0);
  }

  private drop(keys: string[]): void {
    const next = new Map(this.data);
    const changes: Record<string, StorageChange> = {};
    for (const key of keys) {
      const old = this.data.get(key);
      if (old === undefined) continue;
      next.delete(key);
      changes[key] = withOld({}, old);
    }
    this.replace(next, changes);
  }

  private replace(next: Map<string, string>, changes: Record<string, StorageChange>): void {
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    if (Object.keys(changes).length === 0) return;
    // Browsers deliver onChanged after the write resolves, never inside it.
    queueMicrotask(() => {
      this.onChanged.emit(changes);
      this.notify(changes, this.areaName);
    });
  }

  reset(): void {
    this.data.clear();
    this.failures = [];
    this.writes.length = 0;
    this.onChanged.reset();
  }
}

function withOld(change: StorageChange, oldJson: string | undefined): StorageChange {
  return oldJson === undefined ? change : { ...change, oldValue: JSON.parse(oldJson) };
}

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id: number; url?: string };
  frameId?: number;
}
export type MessageListener = (message: unknown, sender: MessageSender) => unknown;

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

/** The polyfill's rule: the first listener that returns a promise (or a value) answers. */
async function deliver(
  listeners: MessageListener[],
  message: unknown,
  sender: MessageSender,
): Promise<unknown> {
  if (listeners.length === 0) throw new Error(NO_RECEIVER);
  const copy = structuredClone(message); // messages are serialized between contexts
  const replies = listeners.map((l) => l(copy, sender)).filter((r) => r !== undefined && r !== false);
  return replies.length > 0 ? structuredClone(await replies[0]) : undefined;
}

export interface FakeTab {
  id: number;
  url?: string;
  title?: string;
  active?: boolean;
  windowId?: number;
}

interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** browser.i18n.getMessage over public/_locales/en/messages.json; a missing key comes back as the key itself. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = (englishMessages as Record<string, LocaleEntry>)[key];
  if (!entry) return key;
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? fill(placeholder.content) : whole;
  });
}

export function createFakeBrowser() {
  const onChanged = new FakeEvent<ChangeListener>();
  const notify = (changes: Record<string, StorageChange>, areaName: string) =>
    onChanged.emit(changes, areaName);
  const sync = new FakeStorageArea('sync', notify, { perItem: 8192, total: 102400 });
  const local = new FakeStorageArea('local', notify);
  const sessionArea = new FakeStorageArea('session', notify);
  const tabHandlers = new Map<number, MessageListener>();
  const recorded = {
    runtimeMessages: [] as unknown[],
    tabMessages: [] as { tabId: number; message: unknown }[],
    badge: [] as { method: string; details: unknown }[],
    scripts: [] as unknown[],
    menus: [] as unknown[],
  };
  const fake = {
    storage: {
      sync,
      local,
      /** Set to undefined to play a browser without storage.session. */
      session: sessionArea as FakeStorageArea | undefined,
      onChanged,
    },
    runtime: {
      id: 'rolelens-test',
      onMessage: new FakeEvent<MessageListener>(),
      onInstalled: new FakeEvent<(details: { reason: string; previousVersion?: string }) => void>(),
      onStartup: new FakeEvent<() => void>(),
      getURL: (path: string) => `chrome-extension://rolelens-test/${path.replace(/^\//, '')}`,
      openOptionsPage: async () => {},
      /** Who runtime.sendMessage sends as: the popup unless a test plays a content script (see contentSender). */
      sender: undefined as MessageSender | undefined,
      async sendMessage(message: unknown): Promise<unknown> {
        recorded.runtimeMessages.push(message);
        const sender = fake.runtime.sender ?? { id: fake.runtime.id, url: fake.runtime.getURL('popup.html') };
        return deliver(fake.runtime.onMessage.listeners, message, sender);
      },
    },
    tabs: {
      list: [] as FakeTab[],
      onRemoved: new FakeEvent<(tabId: number) => void>(),
      onUpdated: new FakeEvent<(tabId: number, change: { url?: string; status?: string }) => void>(),
      onActivated: new FakeEvent<(info: { tabId: number; windowId: number }) => void>(),
      /** Matches on the given properties that tabs carry (active, id, url, windowId); others are ignored. */
      async query(info: Partial<FakeTab> & Record<string, unknown> = {}): Promise<FakeTab[]> {
        return fake.tabs.list.filter((tab) =>
          Object.entries(info).every(
            ([k, v]) => !(k in tab) || (tab as unknown as Record<string, unknown>)[k] === v,
          ),
        );
      },
      async get(tabId: number): Promise<FakeTab> {
        const tab = fake.tabs.list.find((t) => t.id === tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        return tab;
      },
      /** Stands in for the content script of a tab: it receives what tabs.sendMessage sends there. */
      setTabHandler(tabId: number, handler: MessageListener | null): void {
        if (handler) tabHandlers.set(tabId, handler);
        else tabHandlers.delete(tabId);
      },
      async sendMessage(tabId: number, message: unknown): Promise<unknown> {
        recorded.tabMessages.push({ tabId, message });
        const handler = tabHandlers.get(tabId);
        return deliver(handler ? [handler] : [], message, { id: fake.runtime.id });
      },
    },
    i18n: { getMessage, getUILanguage: () => 'en' },
    action: {
      async setBadgeText(details: { text: string; tabId?: number }) {
        recorded.badge.push({ method: 'setBadgeText', details });
      },
      async setBadgeBackgroundColor(details: { color: string; tabId?: number }) {
        recorded.badge.push({ method: 'setBadgeBackgroundColor', details });
      },
      async setTitle(details: { title: string; tabId?: number }) {
        recorded.badge.push({ method: 'setTitle', details });
      },
    },
    scripting: {
      async executeScript(injection: unknown): Promise<unknown[]> {
        recorded.scripts.push(injection);
        return [];
      },
    },
    contextMenus: {
      create(properties: unknown) {
        recorded.menus.push(properties);
      },
      async removeAll() {
        recorded.menus.length = 0;
      },
      onClicked: new FakeEvent<
        (info: { menuItemId: string | number; selectionText?: string }, tab?: FakeTab) => void
      >(),
    },
    commands: { onCommand: new FakeEvent<(command: string, tab?: FakeTab) => void>() },
    recorded,
    /** Back to a fresh browser: empty storage with default quotas, no listeners, no tabs, nothing recorded. */
    reset(): void {
      for (const area of [sync, local, sessionArea]) area.reset();
      sync.quota = { perItem: 8192, total: 102400 };
      fake.storage.session = sessionArea;
      for (const event of [
        onChanged,
        fake.runtime.onMessage,
        fake.runtime.onInstalled,
        fake.runtime.onStartup,
        fake.tabs.onRemoved,
        fake.tabs.onUpdated,
        fake.tabs.onActivated,
        fake.contextMenus.onClicked,
        fake.commands.onCommand,
      ]) {
        (event as FakeEvent<Listener>).reset();
      }
      tabHandlers.clear();
      fake.runtime.sender = undefined;
      fake.tabs.list = [];
      for (const list of Object.values(recorded)) list.length = 0;
    },
  };
  return fake;
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** The sender the browser records for a content script in a tab's frame (0: the top frame). */
export function contentSender(tabId: number, url: string, frameId = 0): MessageSender {
  return { id: 'rolelens-test', url, frameId, tab: { id: tabId, url } };
}

/** The instance `vi.mock('webextension-polyfill', () => import('../fakes/browser'))` hands to production code. */
export const fakeBrowser: FakeBrowser = createFakeBrowser();
export default fakeBrowser;

export function resetFakeBrowser(): FakeBrowser {
  fakeBrowser.reset();
  return fakeBrowser;
}

/** Lets queued onChanged events and promise chains run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
