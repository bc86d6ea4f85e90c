import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from './helpers/backends.js';
import {
  canonicalUrl,
  ingestDocument,
  isPrivateAddress,
  looksLikeFeed,
  parseFeedList,
  refreshStories,
  retryAfterMs,
} from '../src/ingest/index.js';
import { SqlStore, type Store } from '../src/store/index.js';
import { articlePage, SAMPLE_TEXTS } from './fixtures/ingest/fixture-server.js';

describe('URL and address rules', () => {
  it('strips tracking parameters, fragments and default ports, and sorts the rest', () => {
    expect(
      canonicalUrl('HTTPS://News.Example.com:443/world/story?utm_source=tw&b=2&fbclid=x&a=1#comments'),
    ).toBe('https://news.example.com/world/story?a=1&b=2');
    expect(canonicalUrl('/a/b?gclid=1', 'http://example.org/x/')).toBe('http://example.org/a/b');
    expect(canonicalUrl('mailto:someone@example.org')).toBeUndefined();
    expect(canonicalUrl('not a url')).toBeUndefined();
  });

  it('knows private, loopback and link-local addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fd00::2',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(
      10_000,
    );
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('tells feeds from pages', () => {
    expect(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(looksLikeFeed('{"version": "https://jsonfeed.org/version/1.1", "items": []}')).toBe(true);
    expect(looksLikeFeed('<!doctype html><html>')).toBe(false);
    expect(looksLikeFeed('{"title": "x"}')).toBe(false);
  });
});

describe('feed lists', () => {
  it('reads one URL a line, skipping comments and reporting junk', () => {
    const list = parseFeedList(
      '# my feeds\nhttps://a.example/rss\n\nhttps://b.example/feed#x  # atom\nnot a url\nhttps://a.example/rss\n',
    );
    expect(list.urls).toEqual(['https://a.example/rss', 'https://b.example/feed#x']);
    expect(list.problems).toEqual(['line 5: "not a url" is not an http(s) URL']);
  });

  it('imports OPML, nested folders included', () => {
    const list =
      parseFeedList(`<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
      <outline text="World"><outline type="rss" text="A" xmlUrl="https://a.example/rss" htmlUrl="https://a.example/"/>
      <outline text="Deep"><outline type="rss" text="B" xmlUrl="https://b.example/atom"/></outline></outline>
      <outline type="rss" text="C" xmlUrl="ftp://c.example/feed"/></body></opml>`);
    expect(list.urls).toEqual(['https://a.example/rss', 'https://b.example/atom']);
    expect(list.problems).toHaveLength(1);
  });
});

const { backends: BACKENDS, drop } = storeBackends('parallax_ingest_test');

afterAll(drop);

for (const [backend, connect] of Object.entries(BACKENDS))
  describe(`storing ingested articles on ${backend}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await SqlStore.open(await connect());
    });
    afterAll(async () => {
      await store.close();
    });

    const page = (i: number, url: string) => ({
      input: url,
      format: 'html' as const,
      content: articlePage(SAMPLE_TEXTS[i]!),
      url,
    });

    it('stores an article once, however it is reached', async () => {
      const first = await ingestDocument(store, page(0, 'https://one.example/story'), {
        urls: ['https://one.example/story', 'https://one.example/amp/story'],
      });
      expect(first.status).toBe('added');
      // Reached again by another known URL.
      const again = await ingestDocument(store, page(0, 'https://one.example/amp/story'));
      expect(again.status).toBe('duplicate');
      // The same text syndicated under an unrelated URL: caught by the content hash.
      const copy = await ingestDocument(store, page(0, 'https://mirror.example/copy'));
      expect(copy.status).toBe('duplicate');
      expect(await store.hasArticleUrl('https://mirror.example/copy')).toBe(true);
      expect(await store.hasArticleUrl('https://one.example/amp/story')).toBe(true);
      expect(await store.hasArticleUrl('https://elsewhere.example/')).toBe(false);
    });

    it('groups the stored window into stories and keeps them whole when more articles arrive', async () => {
      for (const i of [1, 2]) {
        expect((await ingestDocument(store, page(i, `https://outlet${i}.example/story`))).status).toBe(
          'added',
        );
      }
      const since = new Date(Date.now() - 3_600_000).toISOString();
      const first = await refreshStories(store, { since, generatedAt: new Date().toISOString() });
      expect(first.storiesAdded).toBeGreaterThan(0);
      const before = await store.listStories();
      expect(before.reduce((n, s) => n + s.articleCount, 0)).toBe(3);
      for (const i of [3, 4]) {
        await ingestDocument(store, page(i, `https://outlet${i}.example/story`));
      }
      await refreshStories(store, { since, generatedAt: new Date().toISOString() });
      const after = await store.listStories();
      // Every article belongs to exactly one story: re-clustering replaced the old stories, it did not pile up.
      expect(after.reduce((n, s) => n + s.articleCount, 0)).toBe(5);
      const biggest = after.sort((a, b) => b.articleCount - a.articleCount)[0]!;
      expect(biggest.articleCount).toBeGreaterThanOrEqual(4);
    });

    it('keeps feed validators between polls', async () => {
      await store.saveFeedState({ url: 'https://a.example/rss', etag: '"v1"', itemCount: 3 }, true);
      await store.saveFeedState({ url: 'https://a.example/rss', itemCount: 0 }, false);
      expect(await store.getFeedState('https://a.example/rss')).toMatchObject({ etag: '"v1"', itemCount: 3 });
      expect(await store.getFeedState('https://none.example/rss')).toBeUndefined();
    });
  });
