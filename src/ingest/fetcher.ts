import robotsParserModule from 'robots-parser';
import { FetchError, fetchUrl, USER_AGENT, type FetchedResponse, type FetchUrlOptions } from './fetch-url.js';
import { HostScheduler, type HostSchedulerOptions } from './host-scheduler.js';
import { decodeBytes } from './decode-bytes.js';

/** Everything that governs how politely and safely Parallax fetches. */
export interface FetcherOptions
  extends Omit<FetchUrlOptions, 'headers' | 'signal' | 'accept'>, HostSchedulerOptions {
  /** Skip robots.txt (`--ignore-robots`). */
  readonly ignoreRobots?: boolean;
  /** Retries after a 429 or 5xx answer or a dropped connection. */
  readonly retries?: number;
  /** First backoff delay; doubles at each retry. */
  readonly retryBaseMs?: number;
  /** Longest Retry-After honoured; a longer one gives up on the URL. */
  readonly maxRetryAfterMs?: number;
  /** Longest robots.txt Crawl-delay honoured. */
  readonly maxCrawlDelayMs?: number;
  /** Cancels waiting and in-flight requests (e.g. on SIGINT). */
  readonly signal?: AbortSignal;
}

/** Per-request extras. */
export interface FetchRequest {
  readonly headers?: Readonly<Record<string, string>>;
  readonly accept?: string;
}

/** Fetches URLs within the limits; resolves with 2xx and 304 responses, rejects with a FetchError otherwise. */
export interface Fetcher {
  fetch(url: string, request?: FetchRequest): Promise<FetchedResponse>;
}

const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const RETRY_CODES = new Set(['connection-reset']);

/** Reads Retry-After (seconds or an HTTP date) as milliseconds from now. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new FetchError('aborted', 'the fetch was cancelled'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new FetchError('aborted', 'the fetch was cancelled'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The parts of robots-parser's result we use (its typings describe an ESM default export it lacks). */
interface RobotsTxt {
  isDisallowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => RobotsTxt;
type RobotsRules = RobotsTxt | undefined;

/** Builds a fetcher: robots.txt checked per origin, requests scheduled per host, 429/5xx retried with backoff. */
export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const scheduler = new HostScheduler(options);
  const robots = new Map<string, Promise<RobotsRules>>();
  const userAgent = options.userAgent ?? USER_AGENT;
  const retries = options.retries ?? 2;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;

  const fetchOnce = (url: string, request: FetchRequest): Promise<FetchedResponse> =>
    scheduler.run(new URL(url).host, () =>
      fetchUrl(url, { ...options, userAgent, headers: request.headers, accept: request.accept }),
    );

  const withRetries = async (url: string, request: FetchRequest): Promise<FetchedResponse> => {
    for (let attempt = 0; ; attempt++) {
      let waitMs = retryBaseMs * 2 ** attempt;
      try {
        const response = await fetchOnce(url, request);
        if ((response.status >= 200 && response.status < 300) || response.status === 304) return response;
        const failure = new FetchError(
          `http-${response.status}`,
          `the server answered HTTP ${response.status}`,
        );
        if (!RETRY_STATUSES.has(response.status) || attempt >= retries) throw failure;
        const asked = retryAfterMs(response.headers['retry-after']);
        if (asked !== undefined) {
          if (asked > maxRetryAfterMs) {
            throw new FetchError(
              `http-${response.status}`,
              `the server answered HTTP ${response.status} and asked to wait ${Math.round(asked / 1000)}s, longer than allowed`,
            );
          }
          waitMs = Math.max(waitMs, asked);
        }
      } catch (error) {
        if (!(error instanceof FetchError) || !RETRY_CODES.has(error.code) || attempt >= retries) throw error;
      }
      await sleep(waitMs, options.signal);
    }
  };

  const rulesFor = (origin: string): Promise<RobotsRules> => {
    let rules = robots.get(origin);
    if (!rules) {
      const robotsUrl = `${origin}/robots.txt`;
      rules = withRetries(robotsUrl, { accept: 'text/plain' }).then(
        (response) => robotsParser(robotsUrl, decodeBytes(response.body, response.charset)),
        // No robots.txt (or none readable) means no restrictions.
        () => undefined,
      );
      robots.set(origin, rules);
    }
    return rules;
  };

  return {
    async fetch(url, request = {}) {
      if (options.signal?.aborted) throw new FetchError('aborted', 'the fetch was cancelled');
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new FetchError('invalid-url', `${url} is not a valid URL`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new FetchError(
          'unsupported-scheme',
          `${parsed.protocol} URLs are not fetched: only http and https`,
        );
      }
      if (!options.ignoreRobots) {
        const rules = await rulesFor(parsed.origin);
        if (rules?.isDisallowed(url, userAgent)) {
          throw new FetchError(
            'robots-disallowed',
            `robots.txt of ${parsed.host} disallows it (use --ignore-robots to override)`,
          );
        }
        const crawlDelay = rules?.getCrawlDelay(userAgent);
        if (crawlDelay !== undefined) {
          scheduler.setHostDelay(parsed.host, Math.min(crawlDelay * 1000, options.maxCrawlDelayMs ?? 10_000));
        }
      }
      return withRetries(url, request);
    },
  };
}
