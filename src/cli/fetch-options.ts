import { Option, type Command } from 'commander';
import type { FetcherOptions } from '../ingest/index.js';

/** Reads a duration such as `500ms`, `30s`, `10m`, `1h` or `2d` (a bare number is seconds) as milliseconds. */
export function parseDuration(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(value);
  if (!match) throw new Error(`"${value}" is not a duration (e.g. 30s, 10m, 1h)`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[
    (match[2] ?? 's').toLowerCase() as 'ms'
  ];
  return Math.round(Number(match[1]) * unit);
}

/** Reads a size such as `5mb`, `512kb` or a number of bytes. */
export function parseSize(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!match) throw new Error(`"${value}" is not a size (e.g. 5mb)`);
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`"${value}" is not a whole number`);
  return n;
}

/** The fetch options as commander parses them. */
export interface FetchCliOptions {
  ignoreRobots?: boolean;
  allowPrivate?: boolean;
  timeout: number;
  connectTimeout: number;
  maxSize: number;
  maxRedirects: number;
  concurrency: number;
  perHost: number;
  delay: number;
  retries: number;
  userAgent?: string;
}

/** Adds the network options shared by every command that fetches. */
export function addFetchOptions(command: Command): Command {
  return command
    .option('--ignore-robots', 'fetch pages even where robots.txt disallows it')
    .option('--allow-private', 'allow hosts on private, loopback or link-local addresses')
    .addOption(
      new Option('--timeout <duration>', 'total time allowed per request')
        .argParser(parseDuration)
        .default(30_000, '30s'),
    )
    .addOption(
      new Option('--connect-timeout <duration>', 'time allowed to connect')
        .argParser(parseDuration)
        .default(10_000, '10s'),
    )
    .addOption(
      new Option('--max-size <size>', 'largest response body')
        .argParser(parseSize)
        .default(5 * 1024 ** 2, '5mb'),
    )
    .addOption(
      new Option('--max-redirects <n>', 'redirects followed per request').argParser(positiveInt).default(5),
    )
    .addOption(
      new Option('--concurrency <n>', 'requests in flight at once').argParser(positiveInt).default(4),
    )
    .addOption(
      new Option('--per-host <n>', 'requests in flight at once to one host')
        .argParser(positiveInt)
        .default(2),
    )
    .addOption(
      new Option('--delay <duration>', 'least time between requests to one host')
        .argParser(parseDuration)
        .default(1000, '1s'),
    )
    .addOption(
      new Option('--retries <n>', 'retries after a 429 or 5xx answer').argParser(positiveInt).default(2),
    )
    .addOption(
      // Site owners expect a crawler to say who runs it: operators put their contact here.
      new Option(
        '--user-agent <text>',
        'User-Agent sent with every request (e.g. with your contact URL)',
      ).env('PARALLAX_USER_AGENT'),
    );
}

/** Turns the parsed CLI options into fetcher options. */
export function fetcherOptions(options: FetchCliOptions, signal?: AbortSignal): FetcherOptions {
  return {
    ignoreRobots: options.ignoreRobots ?? false,
    allowPrivate: options.allowPrivate ?? false,
    totalTimeoutMs: options.timeout,
    connectTimeoutMs: options.connectTimeout,
    maxBytes: options.maxSize,
    maxRedirects: options.maxRedirects,
    concurrency: options.concurrency,
    perHost: options.perHost,
    delayMs: options.delay,
    retries: options.retries,
    ...(options.userAgent?.trim() && { userAgent: options.userAgent.trim() }),
    ...(signal && { signal }),
  };
}

/**
 * Turns the first SIGINT/SIGTERM into an abort (the item in hand is finished, nothing new starts); a second
 * one exits at once. Returns the signal and a function that removes the handlers.
 */
export function abortOnSignals(onFirst?: (signal: string) => void): {
  signal: AbortSignal;
  dispose: () => void;
} {
  const controller = new AbortController();
  const handler = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(130);
    onFirst?.(name);
    controller.abort();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
