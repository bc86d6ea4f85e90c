import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFetcher,
  fetchDocuments,
  FetchError,
  fetchUrl,
  HostScheduler,
  splitInputs,
  type FetcherOptions,
} from '../src/ingest/index.js';
import {
  articlePage,
  rssFeed,
  SAMPLE_TEXTS,
  send,
  startFixtureServer,
  type FixtureServer,
} from './fixtures/ingest/fixture-server.js';

// Small limits so every fault resolves quickly; the server is ours, so private addresses are allowed.
const LIMITS: FetcherOptions = {
  allowPrivate: true,
  delayMs: 0,
  connectTimeoutMs: 2000,
  totalTimeoutMs: 1500,
  maxBytes: 200_000,
  retries: 2,
  retryBaseMs: 10,
};

let server: FixtureServer;
let closedPort: number;
const timers: NodeJS.Timeout[] = [];

beforeAll(async () => {
  server = await startFixtureServer({
    '/robots.txt': send('User-agent: *\nDisallow: /private/\n', 'text/plain'),
    '/private/page.html': send(articlePage(SAMPLE_TEXTS[0]!), 'text/html; charset=utf-8'),
    '/500': send('<html><body>oops</body></html>', 'text/html', 500),
    '/too-long-retry': send('busy', 'text/plain', 503, { 'retry-after': '3600' }),
    '/image.png': send(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]), 'image/png'),
    '/octet': send(Buffer.from([0, 1, 2, 3, 4, 5, 0, 0]), undefined),
    '/latin1.html': send(
      Buffer.from(
        articlePage(`${SAMPLE_TEXTS[1]!}\n\nLe café était fermé.`).replace('<meta charset="utf-8">', ''),
        'latin1',
      ),
      'text/html',
    ),
    '/mislabelled.html': send(
      Buffer.from(
        articlePage(`${SAMPLE_TEXTS[2]!}\n\nUn résumé complet.`).replace('<meta charset="utf-8">', ''),
        'latin1',
      ),
      'text/html; charset=utf-8',
    ),
    '/gzip.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(articlePage(SAMPLE_TEXTS[3]!)));
    },
    '/malformed.xml': send(
      '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</channel>',
      'application/rss+xml',
    ),
    '/empty.xml': send(rssFeed('Empty', []), 'application/rss+xml'),
    '/loop-a': send('', undefined, 302, { location: '/loop-b' }),
    '/loop-b': send('', undefined, 302, { location: '/loop-a' }),
    '/to-file': send('', undefined, 302, { location: 'file:///etc/passwd' }),
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body><p>${'word '.repeat(100_000)}</p></body></html>`);
    },
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '900000000' });
      res.write('<html>');
    },
    '/hang': () => {
      // Never answers.
    },
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<p>drip</p>'), 100);
      timers.push(timer);
      res.on('close', () => clearInterval(timer));
    },
  });
  for (let i = 0; i < 8; i++) {
    server.routes.set(`/chain/${i}`, send('', undefined, 301, { location: `/chain/${i + 1}` }));
  }
  let flakyHits = 0;
  server.routes.set('/flaky.html', (req, res) => {
    flakyHits++;
    if (flakyHits === 1) send('busy', 'text/plain', 503, { 'retry-after': '0' })(req, res);
    else send(articlePage(SAMPLE_TEXTS[4]!), 'text/html; charset=utf-8')(req, res);
  });
  SAMPLE_TEXTS.forEach((text, i) =>
    server.routes.set(`/a/${i}.html`, send(articlePage(text), 'text/html; charset=utf-8')),
  );
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(async () => {
  timers.forEach(clearInterval);
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchUrl and the fetcher', () => {
  const fetcher = createFetcher(LIMITS);

  it('refuses private and loopback hosts unless allowed, by address and by DNS answer', async () => {
    const port = new URL(server.base).port;
    const byAddress = await failure(fetchUrl(`${server.base}/a/0.html`));
    expect(byAddress.code).toBe('private-address');
    const byName = await failure(fetchUrl(`http://localhost:${port}/a/0.html`));
    expect(byName.code).toBe('private-address');
    expect(byName.message).toMatch(/--allow-private/);
    expect(server.hits.get('/a/0.html') ?? 0).toBe(0);
    const allowed = await fetchUrl(`${server.base}/a/0.html`, { allowPrivate: true });
    expect(allowed.status).toBe(200);
  });

  it('fetches http and https only, also after a redirect', async () => {
    expect((await failure(fetcher.fetch('ftp://127.0.0.1/x'))).code).toBe('unsupported-scheme');
    expect((await failure(fetcher.fetch(`${server.base}/to-file`))).code).toBe('unsupported-scheme');
  });

  it('names each network fault', async () => {
    expect((await failure(fetcher.fetch('http://nonexistent.invalid/page'))).code).toBe('dns-failure');
    expect((await failure(fetcher.fetch(`http://127.0.0.1:${closedPort}/`))).code).toBe('connection-refused');
    expect((await failure(fetcher.fetch(`${server.base}/hang`))).code).toBe('timeout');
    expect((await failure(fetcher.fetch(`${server.base}/drip`))).code).toBe('timeout');
    expect((await failure(fetcher.fetch(`${server.base}/huge`))).code).toBe('too-large');
    expect((await failure(fetcher.fetch(`${server.base}/huge-declared`))).code).toBe('too-large');
    expect((await failure(fetcher.fetch(`${server.base}/loop-a`))).code).toBe('redirect-loop');
    expect((await failure(fetcher.fetch(`${server.base}/chain/0`))).code).toBe('too-many-redirects');
    expect((await failure(fetcher.fetch(`${server.base}/missing`))).code).toBe('http-404');
  });

  it('retries 5xx with backoff, honours Retry-After, and gives up when asked to wait too long', async () => {
    const error = await failure(fetcher.fetch(`${server.base}/500`));
    expect(error.code).toBe('http-500');
    expect(server.hits.get('/500')).toBe(3);
    const flaky = await fetcher.fetch(`${server.base}/flaky.html`);
    expect(flaky.status).toBe(200);
    expect(server.hits.get('/flaky.html')).toBe(2);
    const tooLong = await failure(fetcher.fetch(`${server.base}/too-long-retry`));
    expect(tooLong.message).toMatch(/asked to wait 3600s/);
    expect(server.hits.get('/too-long-retry')).toBe(1);
  });

  it('respects robots.txt unless told to ignore it', async () => {
    const url = `${server.base}/private/page.html`;
    expect((await failure(fetcher.fetch(url))).code).toBe('robots-disallowed');
    const ignoring = createFetcher({ ...LIMITS, ignoreRobots: true });
    expect((await ignoring.fetch(url)).status).toBe(200);
  });

  it('sends a clear User-Agent and decompresses gzip', async () => {
    let agent = '';
    server.routes.set('/ua', (req, res) => {
      agent = req.headers['user-agent'] ?? '';
      send('ok', 'text/plain')(req, res);
    });
    await fetcher.fetch(`${server.base}/ua`);
    expect(agent).toMatch(/^ParallaxBot\/\S+ \(Parallax news comparison/);
    const gzip = await fetcher.fetch(`${server.base}/gzip.html`);
    expect(new TextDecoder().decode(gzip.body)).toContain(SAMPLE_TEXTS[3]!.slice(0, 40));
  });

  it('keeps at most perHost requests in flight to one host', async () => {
    let inFlight = 0;
    let most = 0;
    server.routes.set('/slow', (_req, res) => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
      }, 30);
    });
    const limited = createFetcher({ ...LIMITS, perHost: 2, concurrency: 8 });
    await Promise.all(Array.from({ length: 8 }, () => limited.fetch(`${server.base}/slow`)));
    expect(most).toBe(2);
  });

  it('spaces requests to one host by the politeness delay', async () => {
    const starts: number[] = [];
    const scheduler = new HostScheduler({ perHost: 4, delayMs: 40 });
    await Promise.all(
      [1, 2, 3].map(() =>
        scheduler.run('example.org', async () => {
          starts.push(Date.now());
        }),
      ),
    );
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(gaps.every((gap) => gap >= 35)).toBe(true);
  });
});

describe('fetchDocuments', () => {
  it('reports every fault with its URL and cause while the rest of the batch goes on', async () => {
    const faults: Record<string, string> = {
      'http://nonexistent.invalid/story': 'dns-failure',
      [`http://127.0.0.1:${closedPort}/story`]: 'connection-refused',
      [`${server.base}/hang`]: 'timeout',
      [`${server.base}/drip`]: 'timeout',
      [`${server.base}/huge`]: 'too-large',
      [`${server.base}/loop-a`]: 'redirect-loop',
      [`${server.base}/missing`]: 'http-404',
      [`${server.base}/500`]: 'http-500',
      [`${server.base}/image.png`]: 'not-html',
      [`${server.base}/octet`]: 'not-html',
      [`${server.base}/malformed.xml`]: 'malformed-feed',
      [`${server.base}/empty.xml`]: 'empty-feed',
    };
    const good = [`${server.base}/a/0.html`, `${server.base}/latin1.html`, `${server.base}/mislabelled.html`];
    const result = await fetchDocuments([...Object.keys(faults), ...good], {
      fetcher: createFetcher(LIMITS),
    });
    for (const [url, code] of Object.entries(faults)) {
      const found = result.diagnostics.filter((d) => d.input === url);
      expect(
        found.map((d) => d.code),
        url,
      ).toEqual([code]);
      expect(found[0]!.message.length).toBeGreaterThan(10);
    }
    expect(result.documents.map((d) => d.input)).toEqual(good);
    // A page with no charset and one whose declared charset is wrong are both decoded right.
    expect(result.documents[1]!.content).toContain('Le café était fermé.');
    expect(result.documents[2]!.content).toContain('Un résumé complet.');
  });

  it('expands an RSS feed into its items, with item metadata only where the page lacks it', async () => {
    server.routes.set(
      '/with-meta.html',
      send(
        articlePage(
          SAMPLE_TEXTS[0]!,
          '<title>The page title</title><meta property="article:published_time" content="2023-11-16T08:00:00Z">',
        ),
        'text/html; charset=utf-8',
      ),
    );
    server.routes.set(
      '/news.rss',
      send(
        rssFeed('News', [
          {
            link: `${server.base}/with-meta.html`,
            title: 'Feed title 0',
            date: '2023-11-17T09:00:00Z',
            author: 'Ann Lee',
          },
          {
            link: `${server.base}/a/1.html?utm_source=rss&id=7`,
            title: 'Feed title 1',
            date: '2023-11-17T10:00:00Z',
            author: 'Bo Kim',
          },
        ]),
        'application/rss+xml',
      ),
    );
    const result = await fetchDocuments([`${server.base}/news.rss`], { fetcher: createFetcher(LIMITS) });
    expect(result.diagnostics).toEqual([]);
    expect(result.feeds).toEqual([{ url: `${server.base}/news.rss`, notModified: false, itemCount: 2 }]);
    const [withMeta, bare] = result.documents;
    expect(withMeta).toMatchObject({ url: `${server.base}/with-meta.html`, byline: ['Ann Lee'] });
    expect(withMeta!.title).toBeUndefined();
    expect(withMeta!.publishedAt).toBeUndefined();
    expect(bare).toMatchObject({
      url: `${server.base}/a/1.html?id=7`,
      title: 'Feed title 1',
      publishedAt: '2023-11-17T10:00:00.000Z',
      byline: ['Bo Kim'],
    });
  });

  it('reads Atom and JSON Feed, and discovers a feed from a page', async () => {
    server.routes.set(
      '/atom.xml',
      send(
        `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>x</id>
         <entry><title>Atom item</title><id>e1</id><link rel="alternate" href="/a/2.html"/>
         <published>2023-11-17T11:00:00Z</published><author><name>Cy Park</name></author></entry></feed>`,
        'application/atom+xml',
      ),
    );
    server.routes.set(
      '/feed.json',
      send(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'J',
          items: [
            { id: '1', url: `${server.base}/a/3.html`, title: 'Json item', authors: [{ name: 'Di Ray' }] },
          ],
        }),
        'application/feed+json',
      ),
    );
    server.routes.set(
      '/home.html',
      send(
        '<html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body>Home</body></html>',
        'text/html',
      ),
    );
    const fetcher = createFetcher(LIMITS);
    const atom = await fetchDocuments([`${server.base}/atom.xml`], { fetcher });
    expect(atom.documents).toHaveLength(1);
    expect(atom.documents[0]).toMatchObject({
      url: `${server.base}/a/2.html`,
      title: 'Atom item',
      byline: ['Cy Park'],
    });
    const json = await fetchDocuments([`${server.base}/feed.json`], { fetcher });
    expect(json.documents[0]).toMatchObject({
      url: `${server.base}/a/3.html`,
      title: 'Json item',
      byline: ['Di Ray'],
    });
    const discovered = await fetchDocuments([`${server.base}/home.html`], { fetcher, discover: true });
    expect(discovered.feeds.map((f) => f.url)).toEqual([`${server.base}/atom.xml`]);
    expect(discovered.documents.map((d) => d.url)).toEqual([`${server.base}/a/2.html`]);
  });

  it('honours <link rel="canonical"> and records every URL a page is known by', async () => {
    server.routes.set(
      '/amp/story.html',
      send(
        articlePage(SAMPLE_TEXTS[4]!, `<link rel="canonical" href="${server.base}/a/4.html?utm_medium=x">`),
        'text/html',
      ),
    );
    const delivered: { url?: string; urls: readonly string[] }[] = [];
    await fetchDocuments([`${server.base}/amp/story.html?fbclid=abc`], {
      fetcher: createFetcher(LIMITS),
      onDocument: async (fetched) => {
        delivered.push({ url: fetched.document.url, urls: fetched.urls });
      },
    });
    expect(delivered).toEqual([
      { url: `${server.base}/a/4.html`, urls: [`${server.base}/amp/story.html`, `${server.base}/a/4.html`] },
    ]);
  });

  it('sends the last validators and reports a 304 as not modified', async () => {
    server.routes.set('/cond.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        res.end();
        return;
      }
      send(rssFeed('C', [{ link: `${server.base}/a/0.html` }]), 'application/rss+xml', 200, { etag: '"v1"' })(
        req,
        res,
      );
    });
    const fetcher = createFetcher(LIMITS);
    const first = await fetchDocuments([`${server.base}/cond.xml`], {
      fetcher,
      validators: async () => undefined,
    });
    expect(first.feeds[0]).toMatchObject({ notModified: false, etag: '"v1"', itemCount: 1 });
    const second = await fetchDocuments([`${server.base}/cond.xml`], {
      fetcher,
      validators: async () => ({ etag: '"v1"' }),
    });
    expect(second.feeds[0]).toMatchObject({ notModified: true });
    expect(second.documents).toEqual([]);
  });

  it('skips items already known without fetching them', async () => {
    server.routes.set(
      '/known.rss',
      send(
        rssFeed('K', [{ link: `${server.base}/a/0.html` }, { link: `${server.base}/a/1.html` }]),
        'application/rss+xml',
      ),
    );
    const before = server.hits.get('/a/1.html') ?? 0;
    const result = await fetchDocuments([`${server.base}/known.rss`], {
      fetcher: createFetcher(LIMITS),
      isKnown: async (url) => url.endsWith('/a/1.html'),
    });
    expect(result.known).toBe(1);
    expect(result.documents.map((d) => d.url)).toEqual([`${server.base}/a/0.html`]);
    expect(server.hits.get('/a/1.html') ?? 0).toBe(before);
  });

  it('reads local feed files and OPML lists as well as URLs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-feeds-'));
    try {
      const feedFile = join(dir, 'saved.rss');
      await writeFile(
        feedFile,
        rssFeed('Saved', [{ link: `${server.base}/a/3.html`, title: 'Saved story' }]),
      );
      const opml = join(dir, 'subscriptions.opml');
      await writeFile(
        opml,
        `<?xml version="1.0"?><opml version="2.0"><head/><body><outline type="rss" xmlUrl="${server.base}/known.rss"/></body></opml>`,
      );
      const notes = join(dir, 'notes.txt');
      await writeFile(notes, SAMPLE_TEXTS[0]!);
      const split = await splitInputs([feedFile, opml, notes, `${server.base}/a/2.html`]);
      expect(split.urls).toEqual([`${server.base}/known.rss`, `${server.base}/a/2.html`]);
      expect(split.feedFiles.map((f) => f.input)).toEqual([feedFile]);
      expect(split.files).toEqual([notes]);
      const result = await fetchDocuments(split.urls, {
        fetcher: createFetcher(LIMITS),
        feedFiles: split.feedFiles,
      });
      expect(result.diagnostics).toEqual([]);
      expect(result.documents.map((d) => d.url).sort()).toEqual(
        [0, 1, 2, 3].map((i) => `${server.base}/a/${i}.html`),
      );
      expect(result.documents.find((d) => d.url?.endsWith('/a/3.html'))?.title).toBe('Saved story');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
