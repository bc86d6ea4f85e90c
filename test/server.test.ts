import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportArticleSchema, ReportSchema, StorySchema, type Report } from '../src/model/index.js';
import { createApp, type FetchUrlDocuments } from '../src/server/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { sampleDocuments } from './helpers/sample-documents.js';

const NOW = () => new Date('2026-01-02T03:04:05.000Z');
const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

// A short unrelated article: a second story for paging and sorting.
const OTHER_STORY = {
  outlet: 'Harbour Gazette',
  title: 'Ferry service resumes after storm',
  text:
    'The ferry between Northport and Eastisle resumed service on Tuesday after a storm closed the harbour for three days. ' +
    'Mayor Jane Alvarez said 14 crossings would run daily until the end of the month. ' +
    '"We are grateful for the patience of travellers," Alvarez told reporters in Northport.',
};

describe('HTTP API (in process)', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let report: Report;

  beforeAll(async () => {
    store = await openStore('memory:');
    app = createApp({ store, now: NOW });
    const response = await app.request('/api/analyze', json({ documents: await sampleDocuments() }));
    expect(response.status).toBe(200);
    report = ReportSchema.parse(await response.json());
  });
  afterAll(async () => {
    await store.close();
  });

  it('analyses pasted documents into a report that follows the contract, and saves it', async () => {
    expect(report.generatedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(report.articles).toHaveLength(5);
    expect(report.stories).toHaveLength(1);
    expect(report.stories[0]!.conflicts.length).toBeGreaterThan(0);
    const again = await app.request('/api/analyze', json({ documents: await sampleDocuments() }));
    expect(((await again.json()) as { saved: unknown }).saved).toEqual({
      articlesAdded: 0,
      storiesAdded: 0,
      storiesUpdated: 1,
    });
  });

  it('serves a story as the Story contract with its articles', async () => {
    const id = report.stories[0]!.id;
    const response = await app.request(`/api/stories/${id}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown> & { articles: unknown[] };
    expect(StorySchema.parse(body)).toEqual(StorySchema.parse(report.stories[0]));
    expect(body.articles.map((a) => ReportArticleSchema.parse(a).id)).toEqual(report.stories[0]!.articleIds);
  });

  it('serves an article, and 404s or 400s on unknown or malformed ids', async () => {
    const article = report.articles[0]!;
    const response = await app.request(`/api/articles/${article.id}`);
    expect(ReportArticleSchema.parse(await response.json())).toEqual(article);
    const missing = await app.request('/api/articles/0000000000000000');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'not-found', message: expect.stringMatching(/no article/) },
    });
    expect((await app.request('/api/stories/ffffffffffff')).status).toBe(404);
    const bad = await app.request(`/api/stories/${encodeURIComponent('<script>')}`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid-id');
  });

  it('lists stories newest first, paged, and searchable by words, entity and outlet', async () => {
    const other = await app.request('/api/analyze', json({ documents: [OTHER_STORY] }));
    expect(other.status).toBe(200);
    const otherId = ((await other.json()) as Report).stories[0]!.id;
    const list = async (query: string) => {
      const response = await app.request(`/api/stories?${query}`);
      expect(response.status).toBe(200);
      return (await response.json()) as { stories: { id: string; articleCount: number }[]; hasMore: boolean };
    };
    const sampleId = report.stories[0]!.id;
    expect((await list('')).stories.map((s) => s.id)).toEqual([otherId, sampleId]);
    const first = await list('limit=1');
    expect(first).toMatchObject({ stories: [{ id: otherId }], hasMore: true });
    expect(await list('limit=1&offset=1')).toMatchObject({
      stories: [{ id: sampleId, articleCount: 5 }],
      hasMore: false,
    });
    expect((await list('q=Blinken')).stories.map((s) => s.id)).toEqual([sampleId]);
    expect((await list('q=ferry')).stories.map((s) => s.id)).toEqual([otherId]);
    expect((await list('q=volcano')).stories).toEqual([]);
    // "Sudani" is an alias of the merged entity "Mohammed Shia al-Sudani".
    expect((await list('entity=sudani')).stories.map((s) => s.id)).toEqual([sampleId]);
    expect((await list('entity=alvarez')).stories.map((s) => s.id)).toEqual([otherId]);
    expect((await list('outlet=harbour%20gazette')).stories.map((s) => s.id)).toEqual([otherId]);
    expect((await list('outlet=Atlas')).stories.map((s) => s.id)).toEqual([sampleId]);
    // LIKE wildcards in the query are literal characters.
    expect((await list('q=%25')).stories).toEqual([]);
  });

  it('refuses bad list queries with a 400 naming the parameter', async () => {
    for (const query of ['limit=0', 'limit=abc', 'limit=1000', 'offset=-1', 'sort=title']) {
      const response = await app.request(`/api/stories?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid-query');
      expect(body.error.message).toMatch(new RegExp(query.split('=')[0]!.replace('sort', '')));
    }
  });

  it('validates analyse requests with clear 4xx errors', async () => {
    const cases: [RequestInit, number, string][] = [
      [{ method: 'POST', body: '{}' }, 415, 'unsupported-media-type'],
      [json('{"documents": ['), 400, 'malformed-json'],
      [json({}), 400, 'invalid-request'],
      [json({ documents: [{ text: '   ' }] }), 400, 'invalid-request'],
      [json({ documents: [{ text: 'x', colour: 'red' }] }), 400, 'invalid-request'],
      [json({ urls: ['javascript:alert(1)'] }), 400, 'invalid-request'],
      [json({ documents: 'text' }), 400, 'invalid-request'],
    ];
    for (const [init, status, code] of cases) {
      const response = await app.request('/api/analyze', init);
      expect(response.status, String(init.body)).toBe(status);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(5);
    }
    const noUrl = await app.request('/api/analyze', json({ urls: ['javascript:alert(1)'] }));
    expect(((await noUrl.json()) as { error: { message: string } }).error.message).toMatch(
      /^urls\.0: .*http/,
    );
  });

  it('refuses URLs on private addresses with a diagnostic, and uses the fetcher it is given', async () => {
    const response = await app.request('/api/analyze', json({ urls: ['http://127.0.0.1:9/news/1'] }));
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; details: { code: string; input: string }[] };
    };
    expect(body.error.code).toBe('no-article');
    expect(body.error.details).toEqual([
      expect.objectContaining({ input: 'http://127.0.0.1:9/news/1', code: 'private-address' }),
    ]);
    const fetchUrls: FetchUrlDocuments = async (urls) => ({
      documents: urls.map((url) => ({ input: url, url, format: 'text' as const, content: OTHER_STORY.text })),
      diagnostics: [],
    });
    const withFetcher = createApp({ store, fetchUrls, now: NOW });
    const fetched = await withFetcher.request(
      '/api/analyze',
      json({ urls: ['https://harbour.example/ferry'], save: false }),
    );
    expect(fetched.status).toBe(200);
    const fetchedBody = (await fetched.json()) as object;
    expect(ReportSchema.parse(fetchedBody).articles[0]!.url).toBe('https://harbour.example/ferry');
    // save: false analyses without storing.
    expect(fetchedBody).not.toHaveProperty('saved');
    const stored = await store.getArticle(ReportSchema.parse(fetchedBody).articles[0]!.id);
    expect(stored).toBeUndefined();
  });

  it('refuses bodies over the size limit with a 413', async () => {
    const small = createApp({ store, maxBodyBytes: 1000 });
    const response = await small.request(
      '/api/analyze',
      json({ documents: [{ text: 'word '.repeat(400) }] }),
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload-too-large');
    const big = await app.request('/api/analyze', json({ documents: [{ text: 'word '.repeat(500_000) }] }));
    expect(big.status).toBe(413);
  });

  it('describes itself in OpenAPI', async () => {
    const response = await app.request('/api/openapi.json');
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, object>;
      components: { schemas: Record<string, { properties?: object }> };
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/analyze',
      '/api/articles/{id}',
      '/api/stories',
      '/api/stories/{id}',
    ]);
    expect(Object.keys(doc.components.schemas.Story!.properties!)).toEqual(
      expect.arrayContaining(['summary', 'facts', 'conflicts', 'omissions', 'quotes', 'timeline', 'framing']),
    );
  });

  it('sends a CSP that forbids inline scripts on every response, pages and API alike', async () => {
    for (const path of ['/', '/api/stories', '/api/nothing', '/ui/main.js']) {
      const csp = (await app.request(path)).headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });

  it('serves the UI and nothing outside its folder', async () => {
    const index = await app.request('/');
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toMatch(/<script type="module" src="\/ui\/main\.js">/);
    const script = await app.request('/ui/main.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    for (const path of [
      '/ui/../package.json',
      '/ui/%2e%2e/package.json',
      '/ui/..%2fpackage.json',
      '/ui/main.ts',
    ]) {
      expect((await app.request(path)).status, path).toBe(404);
    }
    const unknown = await app.request('/api/nothing');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not-found');
  });
});
