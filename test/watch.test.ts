import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteClient } from '../src/store/index.js';
import {
  articlePage,
  bulkRoutes,
  rssFeed,
  SAMPLE_TEXTS,
  send,
  startFixtureServer,
  type FixtureServer,
  type Route,
} from './fixtures/ingest/fixture-server.js';
import { killLiveChildren, runCli, startCli, waitFor } from './fixtures/ingest/run-cli.js';

const NET = ['--allow-private', '--delay', '0', '--timeout', '5s', '--retries', '0'];

let server: FixtureServer;
let dir: string;
let rssVersion = 1;

/** An RSS feed with ETag validation: items 0..count-1 of the sample; the ETag changes with the item count. */
function conditionalRss(count: () => number): Route {
  return (req, res) => {
    const etag = `"v${count()}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    const items = Array.from({ length: count() }, (_, i) => ({
      link: `${server.base}/a/${i}.html`,
      title: `Story ${i}`,
    }));
    send(rssFeed('Conditional', items), 'application/rss+xml', 200, { etag })(req, res);
  };
}

/** A JSON Feed validated by Last-Modified. */
const jsonFeed: Route = (req, res) => {
  const lastModified = 'Fri, 17 Nov 2023 10:00:00 GMT';
  if (req.headers['if-modified-since'] === lastModified) {
    res.writeHead(304);
    res.end();
    return;
  }
  const body = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Json',
    items: [{ id: 'x', url: `${server.base}/a/4.html`, title: 'Story 4' }],
  });
  send(body, 'application/feed+json', 200, { 'last-modified': lastModified })(req, res);
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-watch-'));
  server = await startFixtureServer({
    '/rss.xml': conditionalRss(() => 2 + rssVersion),
    '/feed.json': jsonFeed,
    '/site.html': send(
      '<html><head><link rel="alternate" type="application/feed+json" href="/feed.json"></head><body>Home</body></html>',
      'text/html',
    ),
  });
  SAMPLE_TEXTS.forEach((text, i) =>
    server.routes.set(`/a/${i}.html`, send(articlePage(text), 'text/html; charset=utf-8')),
  );
  for (const [path, route] of Object.entries(bulkRoutes(server.base, 60, 30))) server.routes.set(path, route);
});

afterAll(async () => {
  killLiveChildren();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const pageHits = (): number =>
  [...server.hits].filter(([path]) => path.startsWith('/a/')).reduce((n, [, count]) => n + count, 0);

describe('parallax watch', () => {
  it(
    'polls an OPML list with conditional GET and ingests only new items, keeping state across runs',
    { timeout: 240_000 },
    async () => {
      const db = join(dir, 'watch-db');
      const opml = join(dir, 'feeds.opml');
      await writeFile(
        opml,
        `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
       <outline text="News"><outline type="rss" text="rss" xmlUrl="${server.base}/rss.xml"/>
       <outline type="rss" text="site" xmlUrl="${server.base}/site.html"/></outline></body></opml>`,
      );
      const first = await runCli(['watch', opml, '--once', '--db', db, ...NET]);
      expect(first.code).toBe(0);
      expect(first.stderr).toMatch(
        /polled 2 feeds \(0 unchanged\): 4 new articles, 0 errors; stories: \d+ new/,
      );
      const hitsAfterFirst = pageHits();

      // A restart with nothing new: both feeds answer 304 and no page is fetched.
      const second = await runCli(['watch', opml, '--once', '--db', db, ...NET]);
      expect(second.stderr).toMatch(/polled 2 feeds \(2 unchanged\): 0 new articles, 0 errors/);
      expect(pageHits()).toBe(hitsAfterFirst);

      // One new item in the RSS feed: only its page is fetched, and its story updated.
      rssVersion = 2;
      const third = await runCli(['watch', opml, '--once', '--db', db, ...NET]);
      expect(third.stderr).toMatch(/polled 2 feeds \(1 unchanged\): 1 new article, 0 errors; stories: /);
      expect(pageHits()).toBe(hitsAfterFirst + 1);

      const client = await openPgliteClient(db);
      try {
        const articles = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
        expect(articles[0]!.n).toBe(5);
        const members = await client.query<{ n: number }>(
          'SELECT count(DISTINCT article_id)::int AS n FROM story_articles',
        );
        expect(members[0]!.n).toBe(5);
        const feeds = await client.query<{ url: string; etag: string | null }>(
          'SELECT url, etag FROM feeds ORDER BY url',
        );
        expect(feeds).toEqual([
          { url: `${server.base}/feed.json`, etag: null },
          { url: `${server.base}/rss.xml`, etag: '"v4"' },
        ]);
      } finally {
        await client.close();
      }
    },
  );

  it(
    'on SIGTERM finishes the item in hand and exits cleanly; the next run completes the feed',
    { timeout: 240_000 },
    async () => {
      const db = join(dir, 'term-db');
      const list = join(dir, 'feeds.txt');
      await writeFile(list, `# bulk\n${server.base}/bulk/feed.xml\n`);
      const bulkHits = (): number =>
        [...server.hits].filter(([path]) => /^\/bulk\/\d+\.html$/.test(path)).reduce((n, [, c]) => n + c, 0);
      const watcher = startCli(['watch', list, '--interval', '1h', '--db', db, ...NET]);
      await waitFor(() => bulkHits() >= 10, 120_000, 'the first pages to be fetched');
      watcher.child.kill('SIGTERM');
      expect(await watcher.exited).toBe(0);
      expect(watcher.output.stderr).toMatch(/SIGTERM: finishing the article in hand, then stopping/);
      expect(watcher.output.stderr).toMatch(/\nstopped\n/);

      const client = await openPgliteClient(db);
      let storedEarly: number;
      try {
        const rows = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
        storedEarly = rows[0]!.n;
        // The feed's state was not saved: the interrupted poll is redone in full next time.
        expect(await client.query('SELECT 1 FROM feeds')).toEqual([]);
      } finally {
        await client.close();
      }
      expect(storedEarly).toBeLessThan(60);

      const resumed = await runCli(['watch', list, '--once', '--db', db, ...NET], 200_000);
      expect(resumed.stderr).toMatch(
        new RegExp(`polled 1 feed \\(0 unchanged\\): ${60 - storedEarly} new articles`),
      );
      const after = await openPgliteClient(db);
      try {
        const rows = await after.query<{ n: number; u: number }>(
          'SELECT count(*)::int AS n, count(DISTINCT url)::int AS u FROM articles',
        );
        expect(rows[0]).toEqual({ n: 60, u: 60 });
      } finally {
        await after.close();
      }
    },
  );

  it('refuses a missing or empty feed list with a clear message', { timeout: 120_000 }, async () => {
    const missing = await runCli(['watch', join(dir, 'nope.txt'), '--once', '--db', 'memory:']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read the feed list .*nope\.txt \(ENOENT\)/);
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '# nothing yet\n');
    const none = await runCli(['watch', empty, '--once', '--db', 'memory:']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/names no http\(s\) feed/);
  });
});
