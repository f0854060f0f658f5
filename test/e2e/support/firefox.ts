// Firefox ESR through puppeteer-core over WebDriver BiDi: the Firefox build installed as a temporary add-on.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifest-for';
import { hostMatches } from './chromium';
import { type BrowserDriver, MESSAGE_ACTIVE_TAB, type PageHandle, type PanelView, waitFor } from './driver';
import { FIXTURE_HOSTS } from './pages';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
}

interface BidiNode {
  sharedId: string;
  value?: { shadowRoot?: { sharedId: string } | null };
}

interface BidiResult {
  result?: { type: string; value?: unknown } & BidiNode;
  nodes?: BidiNode[];
  type?: string;
  exceptionDetails?: { text: string };
}

export interface FirefoxOptions {
  port: number;
  extensionDir?: string;
}

export async function launchFirefox(options: FirefoxOptions): Promise<BrowserDriver> {
  const uuid = randomUUID();
  const errors: string[] = [];
  const foreign: string[] = [];
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // Every hostname resolves to the fixture server: the real hostnames, the port in the URL.
        'network.dns.forceResolve': '127.0.0.1',
        // MV3 host permissions are opt-in in Firefox; a temporary add-on under test gets them up front.
        'extensions.originControls.grantByDefault': true,
        // A known internal UUID, so the extension's own pages have a known moz-extension:// address.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      },
    });
  } catch (error) {
    throw new Error(`Firefox did not start from ${FIREFOX_PATH}: ${(error as Error).message}`);
  }
  const extensionDir = resolve(options.extensionDir ?? 'dist/firefox');
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox refused the add-on in ${extensionDir}: ${(error as Error).message}`);
  }
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${(e as Error).message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      const local = ['moz-extension:', 'data:', 'blob:', 'about:'].includes(url.protocol);
      if (!local && !FIXTURE_HOSTS.some((h) => hostMatches(h, url.hostname))) foreign.push(request.url());
    });
  };

  const call = async (context: string, fn: string, args: { sharedId: string }[] = []) => {
    const { result } = await connection.send('script.callFunction', {
      functionDeclaration: fn,
      arguments: args,
      target: { context },
      awaitPromise: true,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    });
    if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'script failed');
    return result.result;
  };

  const locate = async (context: string, value: object, start: string) =>
    (
      await connection.send('browsingContext.locateNodes', {
        context,
        locator: { type: 'accessibility', value },
        startNodes: [{ sharedId: start }],
      })
    ).result.nodes ?? [];

  /** Our hosts' closed shadow roots: BiDi serialises them on request, as a debugger may. */
  const shadowRoots = async (context: string): Promise<string[]> => {
    const hosts = await call(
      context,
      '() => [...document.querySelectorAll("rolelens-panel, rolelens-badge")]',
    );
    return ((hosts?.value as BidiNode[] | undefined) ?? []).flatMap(
      (h) => h.value?.shadowRoot?.sharedId ?? [],
    );
  };

  const text = (context: string, nodes: BidiNode[], fn: string) =>
    Promise.all(
      nodes.map(async (n) =>
        String((await call(context, fn, [{ sharedId: n.sharedId }]))?.value ?? '').trim(),
      ),
    );
  const NAME_OF = '(el) => el.getAttribute("aria-label") || el.textContent';

  // Reads the panel as assistive technology does: Firefox's accessibility engine resolves role and name.
  const readPanel = async (context: string): Promise<PanelView | null> => {
    for (const root of await shadowRoots(context)) {
      const [aside] = await locate(context, { role: 'complementary', name: 'RoleLens' }, root);
      if (!aside) continue;
      const headings = await text(
        context,
        await locate(context, { role: 'heading' }, aside.sharedId),
        NAME_OF,
      );
      const names = await text(context, await locate(context, { role: 'button' }, aside.sharedId), NAME_OF);
      return { headings, names: [...headings, ...names] };
    }
    return null;
  };

  // One extension page, opened in the background at launch, runs extension-API calls for the tests.
  let extensionContext: string | undefined;
  const openExtensionContext = async () => {
    const { result } = await connection.send('browsingContext.create', { type: 'tab', background: true });
    const context = (result as unknown as { context: string }).context;
    await connection.send('browsingContext.navigate', {
      context,
      url: `moz-extension://${uuid}/src/popup/index.html`,
      wait: 'complete',
    });
    return context;
  };

  const handle = (page: Page): PageHandle => {
    const context = contextOf(page);
    return {
      url: () => page.url(),
      panel: () => readPanel(context),
      waitForPanel: (predicate = () => true, timeoutMs = 10_000) =>
        waitFor(
          async () => {
            const panel = await readPanel(context);
            return panel && predicate(panel) ? panel : null;
          },
          'the RoleLens panel',
          timeoutMs,
        ),
      panelMarkup: async () => {
        const hosts = await call(context, '() => document.querySelector("rolelens-panel")');
        const root = (hosts as BidiNode | undefined)?.value?.shadowRoot?.sharedId;
        if (!root) return null;
        return String((await call(context, '(root) => root.innerHTML', [{ sharedId: root }]))?.value ?? '');
      },
      accessibleNames: async (role) => {
        const names: string[] = [];
        for (const root of await shadowRoots(context)) {
          const nodes = await locate(context, { role }, root);
          names.push(...(await text(context, nodes, NAME_OF)));
        }
        return names;
      },
      click: async (selector) => {
        const box = await (await page.$(selector))?.boundingBox();
        if (!box) throw new Error(`nothing to click at ${selector}`);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      },
      // JSON across the wire, so callers get plain values rather than BiDi's remote-value encoding.
      evaluate: async <T>(fn: string) =>
        JSON.parse(
          String((await call(context, `async () => JSON.stringify(await (${fn}))`))?.value ?? 'null'),
        ) as T,
      pageHtml: async (selector) =>
        String(
          (await call(context, `() => document.querySelector(${JSON.stringify(selector)})?.outerHTML ?? ''`))
            ?.value ?? '',
        ),
      screenshot: async (path) => {
        await page.screenshot({ path: path as `${string}.png` });
      },
      close: () => page.close(),
    };
  };

  const driver: BrowserDriver = {
    name: 'firefox',
    async open(url) {
      const page = await browser.newPage();
      watch(page);
      const target = new URL(url);
      target.port = String(options.port);
      await page.goto(target.href, { waitUntil: 'load' });
      return handle(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      watch(page);
      // page.goto hangs on moz-extension:// pages; the raw BiDi navigate does not.
      await connection.send('browsingContext.navigate', {
        context: contextOf(page),
        url: `moz-extension://${uuid}/${path}`,
        wait: 'complete',
      });
      return handle(page);
    },
    async inExtension<T>(fn: string, ...args: unknown[]) {
      extensionContext ??= await openExtensionContext();
      const { result } = await connection.send('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${fn})(globalThis.browser ?? globalThis.chrome, ...${JSON.stringify(args)}) ?? null))()`,
        target: { context: extensionContext },
        awaitPromise: true,
      });
      if (result.type === 'exception') throw new Error(result.exceptionDetails?.text ?? 'inExtension failed');
      return JSON.parse(String(result.result?.value ?? 'null')) as T;
    },
    messageTab: (_urlPrefix, message) => driver.inExtension(MESSAGE_ACTIVE_TAB, message),
    // Firefox's background is an event page: reloading it drops its state as a stop and restart would.
    stopBackground: () =>
      driver.inExtension(`async (api) => { (await api.runtime.getBackgroundPage()).location.reload(); }`),
    consoleErrors: () => [...errors],
    foreignRequests: () => [...foreign],
    close: () => browser.close(),
  };
  return driver;
}
