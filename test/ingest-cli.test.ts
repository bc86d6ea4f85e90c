import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/model/index.js';
import { openPgliteClient } from '../src/store/index.js';
import {
  articlePage,
  bulkRoutes,
  rssFeed,
  SAMPLE_TEXTS,
  send,
  startFixtureServer,
  type FixtureServer,
} from './fixtures/ingest/fixture-server.js';
import { killLiveChildren, runCli, startCli, waitFor } from './fixtures/ingest/run-cli.js';

const NET = ['--allow-private', '--delay', '0', '--timeout', '5s', '--retries', '0'];

let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-ingest-'));
  server = await startFixtureServer();
  const routes: Record<string, ReturnType<typeof send>> = {
    '/robots.txt': send('User-agent: *\nDisallow: /private/\n', 'text/plain'),
    '/news.rss': send(
      rssFeed('News', [
        ...SAMPLE_TEXTS.map((_, i) => ({
          link: `${server.base}/a/${i}.html?utm_source=rss`,
          title: `Story ${i}`,
        })),
        { link: `${server.base}/missing.html`, title: 'Gone' },
      ]),
      'application/rss+xml',
    ),
  };
  SAMPLE_TEXTS.forEach(
    (text, i) => (routes[`/a/${i}.html`] = send(articlePage(text), 'text/html; charset=utf-8')),
  );
  for (const [path, route] of Object.entries({ ...routes, ...bulkRoutes(server.base, 200, 15) })) {
    server.routes.set(path, route);
  }
});

afterAll(async () => {
  killLiveChildren();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('parallax analyze <url>', () => {
  it(
    'fetches pages and feeds and reports them, naming the URLs that failed',
    { timeout: 120_000 },
    async () => {
      const { code, stdout, stderr } = await runCli([
        'analyze',
        `${server.base}/news.rss`,
        'http://nonexistent.invalid/story',
        '--format',
        'json',
        '--no-store',
        ...NET,
      ]);
      expect(code).toBe(0);
      const report = ReportSchema.parse(JSON.parse(stdout));
      expect(report.articles).toHaveLength(5);
      expect(report.articles.map((a) => a.url).sort()).toEqual(
        SAMPLE_TEXTS.map((_, i) => `${server.base}/a/${i}.html`).sort(),
      );
      expect(report.stories.length).toBeGreaterThan(0);
      expect(stderr).toContain(`${server.base}/missing.html: the server answered HTTP 404 (http-404)`);
      expect(stderr).toContain(
        'http://nonexistent.invalid/story: the host nonexistent.invalid could not be resolved',
      );
    },
  );

  it(
    'sends the User-Agent the operator sets, with the flag or PARALLAX_USER_AGENT',
    { timeout: 120_000 },
    async () => {
      const agents: string[] = [];
      server.routes.set('/ua.html', (req, res) => {
        agents.push(req.headers['user-agent'] ?? '');
        send(articlePage(SAMPLE_TEXTS[0]!), 'text/html; charset=utf-8')(req, res);
      });
      const url = `${server.base}/ua.html`;
      const flag = await runCli([
        'analyze',
        url,
        '--no-store',
        ...NET,
        '--user-agent',
        'NewsDesk/2 (+https://desk.example/bot)',
      ]);
      const env = await runCli(['analyze', url, '--no-store', ...NET], 120_000, {
        PARALLAX_USER_AGENT: 'EnvDesk/1 (+mailto:ops@desk.example)',
      });
      expect([flag.code, env.code]).toEqual([0, 0]);
      expect(agents).toEqual([
        'NewsDesk/2 (+https://desk.example/bot)',
        'EnvDesk/1 (+mailto:ops@desk.example)',
      ]);
    },
  );

  it('refuses a local server without --allow-private', { timeout: 120_000 }, async () => {
    const { code, stderr } = await runCli(['analyze', `${server.base}/a/0.html`, '--no-store']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/127\.0\.0\.1 is a private address; refused/);
  });
});

describe('parallax ingest', () => {
  it("stores a feed's articles and stories once, however often it runs", { timeout: 240_000 }, async () => {
    const db = join(dir, 'feed-db');
    const first = await runCli(['ingest', `${server.base}/news.rss`, '--db', db, ...NET]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(
      /ingested 5 new articles into .* \(0 already stored, 1 error\); stories: \d+ new/,
    );
    const again = await runCli(['ingest', `${server.base}/news.rss`, '--db', db, ...NET]);
    expect(again.stderr).toMatch(/ingested 0 new articles into .* \(5 already stored, 1 error\)/);
    // The same page reached directly, with a tracking parameter: fetched, recognised, not stored again.
    const direct = await runCli(['ingest', `${server.base}/a/2.html?fbclid=1`, '--db', db, ...NET]);
    expect(direct.stderr).toMatch(/ingested 0 new articles into .* \(1 already stored, 0 errors\)/);
    const stories = await runCli(['stories', '--db', db, '--format', 'json']);
    const listed = JSON.parse(stories.stdout) as { articleCount: number }[];
    expect(listed.reduce((n, s) => n + s.articleCount, 0)).toBe(5);
  });

  it(
    'survives SIGKILL mid-run: restarted, it stores each of 200 items exactly once',
    { timeout: 300_000 },
    async () => {
      const db = join(dir, 'bulk-db');
      const feed = `${server.base}/bulk/feed.xml`;
      const pagesServed = (): number =>
        [...server.hits].filter(([path]) => /^\/bulk\/\d+\.html$/.test(path)).reduce((n, [, c]) => n + c, 0);
      const killed = startCli(['ingest', feed, '--db', db, ...NET]);
      await waitFor(() => pagesServed() >= 60, 150_000, '60 pages to be fetched');
      killed.child.kill('SIGKILL');
      expect(await killed.exited).toBe('SIGKILL');
      expect(pagesServed()).toBeLessThan(200);

      const resumed = await runCli(['ingest', feed, '--db', db, ...NET], 200_000);
      expect(resumed.code).toBe(0);
      expect(resumed.stderr).toMatch(/ingest: 200\/200/);
      const added = Number(/ingested (\d+) new/.exec(resumed.stderr)?.[1]);
      const known = Number(/\((\d+) already stored/.exec(resumed.stderr)?.[1]);
      expect(added + known).toBe(200);
      expect(known).toBeGreaterThan(0);

      const client = await openPgliteClient(db);
      try {
        const rows = await client.query<{ url: string; n: number }>(
          'SELECT url, count(*)::int AS n FROM articles GROUP BY url',
        );
        expect(rows).toHaveLength(200);
        expect(rows.every((r) => r.n === 1)).toBe(true);
        const expected = Array.from({ length: 200 }, (_, i) => `${server.base}/bulk/${i}.html`).sort();
        expect(rows.map((r) => r.url).sort()).toEqual(expected);
        const links = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM article_urls');
        expect(links[0]!.n).toBe(200);
      } finally {
        await client.close();
      }
    },
  );
});
