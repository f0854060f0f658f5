// Serves fixture pages on 127.0.0.1 over https and plain http on one port, so the browser can reach them under
// their real hostnames (some are HSTS-preloaded and get upgraded to https).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect, createServer as createNetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_PAGES, type FixturePage } from './pages';

export interface FixtureServer {
  port: number;
  /** Requests the server answered, as full URLs. */
  served: string[];
  close(): Promise<void>;
}

export interface ServeOptions {
  pages?: FixturePage[];
  /** Extra routes for a test, by full URL. */
  extra?: Record<string, string>;
}

function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rolelens-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=rolelens-fixtures',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The route key of a request: host and path with query, no scheme or port. */
// A capture is a frozen DOM: its scripts must not run, and nothing it links (styles, images, fonts, frames on the
// sites' CDNs) may be fetched. Inline styles stay, so the page looks as captured and RoleLens's panel can style.
const FROZEN_PAGE_POLICY = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function routeKey(url: string): string {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${u.search}`;
}

export async function startFixtureServer(options: ServeOptions = {}): Promise<FixtureServer> {
  const routes = new Map<string, string>();
  const frozen = new Set<string>();
  for (const page of options.pages ?? FIXTURE_PAGES) {
    routes.set(routeKey(page.url), readFileSync(page.file, 'utf8'));
    if (page.frozen) frozen.add(routeKey(page.url));
  }
  for (const [url, body] of Object.entries(options.extra ?? {})) routes.set(routeKey(url), body);
  const served: string[] = [];

  const handle = (secure: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = `${secure ? 'https' : 'http'}://${host}${req.url ?? '/'}`;
    served.push(url);
    const key = routes.has(routeKey(url)) ? routeKey(url) : routeKey(url.replace(/\?.*$/, ''));
    const body = routes.get(key);
    // Fixtures are trimmed pages: their images, styles and icons are answered empty rather than missing.
    if (/\.(ico|png|gif|jpe?g|svg|webp|css|js|woff2?)(\?|$)/.test(req.url ?? '')) {
      res.writeHead(204).end();
      return;
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...(frozen.has(key) ? { 'content-security-policy': FROZEN_PAGE_POLICY } : {}),
      })
      .end(body);
  };
  const httpsServer = createHttpsServer(makeCertificate(), handle(true));
  const httpServer = createHttpServer(handle(false));
  await Promise.all(
    [httpsServer, httpServer].map((srv) => new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))),
  );
  const portOf = (srv: { address(): unknown }) => (srv.address() as AddressInfo).port;
  // One public port: the first byte tells TLS (0x16) from plain http, and the bytes are relayed to the right server.
  const sockets = new Set<Socket>();
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (first) => {
      const upstream = connect(portOf(first[0] === 0x16 ? httpsServer : httpServer), '127.0.0.1');
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => socket.destroy());
      upstream.write(first);
      socket.pipe(upstream).pipe(socket);
    });
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address() as AddressInfo;
  return {
    port,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        httpsServer.close();
        httpServer.close();
        front.close(() => resolve());
      }),
  };
}
