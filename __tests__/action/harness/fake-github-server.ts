// A recording stand-in for the GitHub REST API on 127.0.0.1: check runs, pull request files with
// Link-header pagination, SARIF upload, and injectable faults.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many matching requests fail before the route answers normally (default: all). */
  times?: number;
  headers?: Record<string, string>;
  message?: string;
  /** Never answer (a hung API); `status` is then ignored. */
  hang?: boolean;
}

export interface PullRequestFileStub {
  filename: string;
  status: string;
  changes: number;
  patch?: string;
}

export interface FakeGitHubOptions {
  /** Files of pull request number `pullNumber` (any number), served in pages of `per_page`. */
  pullFiles?: PullRequestFileStub[];
  faults?: Fault[];
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const CHECK_RUN_ID = 4242;

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** Starts the server on an ephemeral loopback port. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const faultHits = new Map<Fault, number>();
  let base = '';

  const route = (req: RecordedRequest, res: ServerResponse): void => {
    for (const fault of options.faults ?? []) {
      if (fault.method !== req.method || !fault.path.test(req.path)) continue;
      const hits = faultHits.get(fault) ?? 0;
      if (fault.times !== undefined && hits >= fault.times) continue;
      faultHits.set(fault, hits + 1);
      if (fault.hang) return;
      send(
        res,
        fault.status,
        { message: fault.message ?? 'Resource not accessible by integration' },
        fault.headers,
      );
      return;
    }
    let m: RegExpMatchArray | null;
    if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(req.path)) {
      send(res, 201, { id: CHECK_RUN_ID, html_url: `${base}/checks/${CHECK_RUN_ID}` });
    } else if (req.method === 'PATCH' && (m = req.path.match(/^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/))) {
      send(res, 200, { id: Number(m[1]) });
    } else if (
      req.method === 'GET' &&
      (m = req.path.match(/^\/(?:repos\/[^/]+\/[^/]+|repositories\/\d+)\/pulls\/(\d+)\/files$/))
    ) {
      const perPage = Number(req.query.per_page ?? 30);
      const page = Number(req.query.page ?? 1);
      const all = options.pullFiles ?? [];
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        // Like GitHub, the next link uses the repository id form of the URL.
        headers.link = `<${base}/repositories/1/pulls/${m[1]}/files?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      }
      send(res, 200, all.slice((page - 1) * perPage, page * perPage), headers);
    } else if (req.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/code-scanning\/sarifs$/.test(req.path)) {
      send(res, 202, { id: 'sarif-47', url: `${base}/sarifs/sarif-47` });
    } else {
      send(res, 404, { message: 'Not Found' });
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // keep the raw text
      }
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
      };
      requests.push(recorded);
      route(recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
