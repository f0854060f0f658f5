// Chromium through playwright-core: the built extension loaded unpacked, fixture hosts mapped to the local server.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { type BrowserDriver, MESSAGE_ACTIVE_TAB, type PageHandle, type PanelView, waitFor } from './driver';
import { FIXTURE_HOSTS } from './pages';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

interface AXNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
}

export interface ChromiumOptions {
  port: number;
  extensionDir?: string;
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  /** False launches the same browser without RoleLens, as a baseline for benchmarks. */
  withExtension?: boolean;
  /** Runs in every page's main world before its own scripts (benchmarks observe long tasks this way). */
  initScript?: string;
}

function resolverRules(port: number): string {
  const maps = FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`);
  // Anything else fails to resolve, so a stray request cannot leave the machine.
  return [...maps, 'MAP * ~NOTFOUND'].join(', ');
}

async function axNodes(cdp: CDPSession): Promise<AXNode[]> {
  return ((await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] }).nodes;
}

async function readPanel(cdp: CDPSession): Promise<PanelView | null> {
  const nodes = await axNodes(cdp);
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const root = nodes.find((n) => n.role?.value === 'complementary' && n.name?.value === 'RoleLens');
  if (!root) return null;
  const view: PanelView = { headings: [], names: [] };
  const walk = (node: AXNode) => {
    const name = node.name?.value?.trim();
    if (!node.ignored && name) {
      view.names.push(name);
      if (node.role?.value === 'heading') view.headings.push(name);
    }
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) walk(child);
    }
  };
  walk(root);
  return view;
}

/** The browser itself, for benchmarks that drive Chromium through CDP; `close` removes the profile too. */
export async function launchChromiumContext(
  options: ChromiumOptions,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROME_PATH))
    throw new Error(
      `Chromium was not found at ${CHROME_PATH}: install Debian's chromium or set CHROME_PATH.`,
    );
  const extensionDir = resolve(options.extensionDir ?? 'dist/chrome');
  const withExtension = options.withExtension ?? true;
  const profile = mkdtempSync(join(tmpdir(), 'rolelens-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      `--host-resolver-rules=${resolverRules(options.port)}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--ignore-certificate-errors',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(options: ChromiumOptions): Promise<BrowserDriver> {
  const withExtension = options.withExtension ?? true;
  const errors: string[] = [];
  const foreign: string[] = [];
  const launched = await launchChromiumContext(options);
  const context = launched.context;
  const watchPage = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  };
  context.on('page', watchPage);
  context.on('request', (request) => {
    const url = new URL(request.url());
    const local =
      url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:';
    if (!local && !FIXTURE_HOSTS.some((h) => hostMatches(h, url.hostname))) foreign.push(request.url());
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const worker = withExtension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 })))
    : null;
  worker?.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
  const extensionId = worker ? new URL(worker.url()).host : '';
  const inWorker = () => {
    if (!worker) throw new Error('launched without the extension');
    return worker;
  };

  const handle = async (page: Page): Promise<PageHandle> => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const view: PageHandle = {
      url: () => page.url(),
      panel: () => readPanel(cdp),
      waitForPanel: (predicate = () => true, timeoutMs = 10_000) =>
        waitFor(
          async () => {
            const panel = await readPanel(cdp);
            return panel && predicate(panel) ? panel : null;
          },
          'the RoleLens panel',
          timeoutMs,
        ),
      panelMarkup: async () => {
        interface DomNode {
          nodeId: number;
          localName?: string;
          children?: DomNode[];
          shadowRoots?: DomNode[];
        }
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as {
          root: DomNode;
        };
        const find = (node: DomNode): DomNode | null => {
          if (node.localName === 'rolelens-panel') return node;
          for (const child of node.children ?? []) {
            const hit = find(child);
            if (hit) return hit;
          }
          return null;
        };
        const shadow = find(root)?.shadowRoots?.[0];
        if (!shadow) return null;
        const parts = await Promise.all(
          (shadow.children ?? []).map(
            async (child) =>
              ((await cdp.send('DOM.getOuterHTML', { nodeId: child.nodeId })) as { outerHTML: string })
                .outerHTML,
          ),
        );
        return parts.join('');
      },
      accessibleNames: async (role) =>
        (await axNodes(cdp))
          .filter((n) => !n.ignored && n.role?.value === role)
          .map((n) => n.name?.value?.trim() ?? ''),
      click: async (selector) => {
        const box = await page.locator(selector).first().boundingBox();
        if (!box) throw new Error(`nothing to click at ${selector}`);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      },
      evaluate: (fn) => page.evaluate(fn),
      pageHtml: (selector) =>
        page.evaluate(
          `document.querySelector(${JSON.stringify(selector)})?.outerHTML ?? ''`,
        ) as Promise<string>,
      screenshot: async (path) => {
        await page.screenshot({ path });
      },
      close: () => page.close(),
    };
    return view;
  };

  return {
    name: 'chromium',
    extensionId,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return handle(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
      return handle(page);
    },
    inExtension: <T>(fn: string, ...args: unknown[]) =>
      inWorker().evaluate(
        `(async () => (${fn})(globalThis.browser ?? globalThis.chrome, ...${JSON.stringify(args)}))()`,
      ) as Promise<T>,
    messageTab(_urlPrefix, message) {
      return this.inExtension(MESSAGE_ACTIVE_TAB, message);
    },
    async stopBackground() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    consoleErrors: () => [...errors],
    foreignRequests: () => [...foreign],
    close: () => launched.close(),
  } as BrowserDriver & { extensionId: string };
}

export function hostMatches(pattern: string, host: string): boolean {
  return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;
}
