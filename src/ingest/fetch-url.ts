import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPrivateAddress } from './is-private-address.js';

/** Identifies Parallax to the sites it reads, with a page that explains it. */
export const USER_AGENT = 'ParallaxBot/0.1 (Parallax news comparison; obeys robots.txt)';

/** Limits and headers for one HTTP fetch. */
export interface FetchUrlOptions {
  readonly userAgent?: string;
  /** Time allowed to resolve the host and open the connection. */
  readonly connectTimeoutMs?: number;
  /** Time allowed for the whole exchange, redirects and body included (this is what stops a slow drip). */
  readonly totalTimeoutMs?: number;
  readonly maxRedirects?: number;
  /** Largest body accepted, after decompression. */
  readonly maxBytes?: number;
  /** Allow hosts that resolve to private, loopback or link-local addresses. */
  readonly allowPrivate?: boolean;
  /** Extra request headers (e.g. If-None-Match for conditional GET). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly accept?: string;
  readonly signal?: AbortSignal;
}

/** A completed HTTP exchange (any status). */
export interface FetchedResponse {
  /** The URL that was asked for. */
  readonly url: string;
  /** The URL that answered, after redirects. */
  readonly finalUrl: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Media type without parameters, lower-case; undefined when the server sent none. */
  readonly contentType?: string;
  readonly charset?: string;
  readonly body: Uint8Array;
}

/** Why a fetch failed, as a stable code and a message for people. */
export class FetchError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

const DEFAULTS = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxRedirects: 5,
  maxBytes: 5 * 1024 * 1024,
};

/** A DNS lookup that refuses private addresses, so no redirect or DNS answer can point us inside. */
function safeLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const blocked = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (blocked) {
        const refused = Object.assign(
          new Error(`${hostname} resolves to the private address ${blocked.address}`),
          { code: 'EPRIVATE' },
        );
        return callback(refused, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

function errorFromSocket(error: NodeJS.ErrnoException, url: string, host: string): FetchError {
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NODATA':
    case 'EAI_NONAME':
      return new FetchError('dns-failure', `the host ${host} could not be resolved (${error.code})`);
    case 'ECONNREFUSED':
      return new FetchError('connection-refused', `${host} refused the connection`);
    case 'ECONNRESET':
    case 'EPIPE':
      return new FetchError('connection-reset', `${host} closed the connection before the response ended`);
    case 'EPRIVATE':
      return new FetchError(
        'private-address',
        `${error.message}; refused (use --allow-private to fetch from private networks)`,
      );
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new FetchError('unreachable', `${host} is unreachable (${error.code})`);
    default:
      if (/certificate|SSL|TLS/i.test(error.message)) {
        return new FetchError('tls-error', `TLS failed for ${url}: ${error.message}`);
      }
      return new FetchError('network-error', `${error.code ?? 'network error'}: ${error.message}`);
  }
}

function headerRecord(response: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

interface Hop {
  readonly response: IncomingMessage;
  readonly body?: Uint8Array;
}

/** One request without following redirects; reads the body unless the status is a redirect. */
function requestOnce(
  url: URL,
  options: FetchUrlOptions,
  limits: typeof DEFAULTS,
  deadline: AbortSignal,
): Promise<Hop> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const host = url.hostname;
    let settled = false;
    const fail = (error: FetchError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      deadline.removeEventListener('abort', onAbort);
      request.destroy();
      reject(error);
    };
    const onAbort = (): void => fail(deadline.reason as FetchError);
    const request = client.request(url, {
      method: 'GET',
      lookup: safeLookup(options.allowPrivate ?? false),
      headers: {
        'user-agent': options.userAgent ?? USER_AGENT,
        accept: options.accept ?? '*/*',
        'accept-encoding': 'gzip, deflate, br',
        ...options.headers,
      },
    });
    const connectTimer = setTimeout(
      () =>
        fail(
          new FetchError(
            'connect-timeout',
            `could not connect to ${host} within ${limits.connectTimeoutMs / 1000}s`,
          ),
        ),
      limits.connectTimeoutMs,
    );
    request.on('socket', (socket) => {
      // A reused keep-alive socket is already connected; only a new one is waited for.
      const connected = (): void => clearTimeout(connectTimer);
      if (!socket.connecting) connected();
      else socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
    });
    deadline.addEventListener('abort', onAbort, { once: true });
    request.on('error', (error) => fail(errorFromSocket(error, url.href, host)));
    request.on('response', (response) => {
      clearTimeout(connectTimer);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        settled = true;
        deadline.removeEventListener('abort', onAbort);
        resolve({ response });
        return;
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        fail(
          new FetchError(
            'too-large',
            `the body is ${declared} bytes, over the ${limits.maxBytes}-byte limit`,
          ),
        );
        return;
      }
      const encoding = (response.headers['content-encoding'] ?? '').toLowerCase().trim();
      const stream =
        encoding === 'gzip' || encoding === 'x-gzip'
          ? response.pipe(createGunzip())
          : encoding === 'deflate'
            ? response.pipe(createInflate())
            : encoding === 'br'
              ? response.pipe(createBrotliDecompress())
              : response;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          fail(new FetchError('too-large', `the body is over the ${limits.maxBytes}-byte limit`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (error: NodeJS.ErrnoException) =>
        fail(
          error.code?.startsWith('Z_')
            ? new FetchError('bad-encoding', `the ${encoding} body could not be decompressed`)
            : errorFromSocket(error, url.href, host),
        ),
      );
      response.on('aborted', () =>
        fail(new FetchError('connection-reset', `${host} closed the connection before the body ended`)),
      );
      stream.on('end', () => {
        if (settled) return;
        settled = true;
        deadline.removeEventListener('abort', onAbort);
        resolve({ response, body: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    request.end();
  });
}

function parseContentType(value: string | undefined): { type?: string; charset?: string } {
  if (!value) return {};
  const [type, ...params] = value.split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1])
    .find((c): c is string => c !== undefined);
  return { type: type!.trim().toLowerCase() || undefined, charset: charset?.toLowerCase() };
}

/**
 * Fetches an http(s) URL with a connect timeout, a total timeout, a redirect limit, loop detection and a
 * size cap; refuses private addresses (checked at every hop) unless allowed. Any HTTP status resolves;
 * network failures and limits reject with a FetchError.
 */
export async function fetchUrl(input: string, options: FetchUrlOptions = {}): Promise<FetchedResponse> {
  const limits = {
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
    totalTimeoutMs: options.totalTimeoutMs ?? DEFAULTS.totalTimeoutMs,
    maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
  };
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new FetchError(
          'timeout',
          `no complete response within ${limits.totalTimeoutMs / 1000}s (the server is too slow or stalled)`,
        ),
      ),
    limits.totalTimeoutMs,
  );
  const onOuterAbort = (): void => controller.abort(new FetchError('aborted', 'the fetch was cancelled'));
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    if (options.signal?.aborted) throw new FetchError('aborted', 'the fetch was cancelled');
    let url = parseHttpUrl(input);
    const visited = new Set<string>([url.href]);
    for (let hops = 0; ; hops++) {
      if (!options.allowPrivate && isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0) {
        if (isPrivateAddress(url.hostname)) {
          throw new FetchError(
            'private-address',
            `${url.hostname} is a private address; refused (use --allow-private to fetch from private networks)`,
          );
        }
      }
      const { response, body } = await requestOnce(url, options, limits, controller.signal);
      const status = response.statusCode ?? 0;
      if (body === undefined) {
        const next = parseHttpUrl(response.headers.location!, url);
        if (visited.has(next.href)) {
          throw new FetchError('redirect-loop', `the redirects loop back to ${next.href}`);
        }
        if (hops + 1 > limits.maxRedirects) {
          throw new FetchError('too-many-redirects', `more than ${limits.maxRedirects} redirects`);
        }
        visited.add(next.href);
        url = next;
        continue;
      }
      const { type, charset } = parseContentType(response.headers['content-type']);
      return {
        url: input,
        finalUrl: url.href,
        status,
        headers: headerRecord(response),
        ...(type && { contentType: type }),
        ...(charset && { charset }),
        body,
      };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function parseHttpUrl(value: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new FetchError('invalid-url', `${value} is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('unsupported-scheme', `${url.protocol} URLs are not fetched: only http and https`);
  }
  return url;
}
