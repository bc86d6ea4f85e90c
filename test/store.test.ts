import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/model/index.js';
import { MIGRATIONS, SqlStore, type SqlClient, type Store } from '../src/store/index.js';
import { storeBackends } from './helpers/backends.js';
import { sampleResult } from './helpers/sample.js';

const { backends: BACKENDS, drop } = storeBackends('parallax_test');

afterAll(drop);

for (const [name, connect] of Object.entries(BACKENDS)) {
  describe(`store on ${name}`, () => {
    let store: Store;
    let client: SqlClient;
    let report: Report;
    beforeAll(async () => {
      client = await connect();
      store = await SqlStore.open(client);
      report = (await sampleResult()).report;
    });
    afterAll(async () => {
      await store.close();
    });

    it('saves a run once: saving it again adds nothing', async () => {
      expect(await store.saveReport(report)).toEqual({
        articlesAdded: 5,
        storiesAdded: 1,
        storiesUpdated: 0,
      });
      expect(await store.saveReport(report)).toEqual({
        articlesAdded: 0,
        storiesAdded: 0,
        storiesUpdated: 1,
      });
      const rows = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM articles');
      expect(rows[0]!.n).toBe(5);
    });

    it('lists, searches and returns stories with their articles', async () => {
      const [listed] = await store.listStories();
      expect(listed).toMatchObject({ id: report.stories[0]!.id, articleCount: 5 });
      expect(listed!.outlets).toContain('Atlas News');
      expect(await store.listStories({ query: 'Blinken' })).toHaveLength(1);
      expect(await store.listStories({ query: 'volcano eruption' })).toHaveLength(0);
      const found = await store.getStory(report.stories[0]!.id);
      expect(found!.story).toEqual(report.stories[0]);
      expect(found!.articles.map((a) => a.id)).toEqual(report.stories[0]!.articleIds);
      expect(await store.getStory('missing')).toBeUndefined();
      expect((await store.getArticle(report.articles[0]!.id))?.text).toBe(report.articles[0]!.text);
    });

    it('leaves nothing half-written when a save fails midway', async () => {
      const fresh = { ...report.articles[0]!, id: 'fresh-article' };
      // The story names an article the run does not contain, so its link row violates a foreign key
      // after the new article and story rows were already written in the same transaction.
      const broken: Report = {
        ...report,
        articles: [fresh],
        stories: [
          { ...report.stories[0]!, id: 'broken-story', articleIds: ['fresh-article', 'no-such-article'] },
        ],
      };
      await expect(store.saveReport(broken)).rejects.toThrow();
      expect(await store.getArticle('fresh-article')).toBeUndefined();
      expect(await store.getStory('broken-story')).toBeUndefined();
    });

    it('records applied migrations and applies none twice', async () => {
      const again = await SqlStore.open(client);
      expect(again).toBeDefined();
      const rows = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      expect(rows.map((r) => Number(r.version)).sort((a, b) => a - b)).toEqual(
        MIGRATIONS.map((m) => m.version),
      );
    });
  });
}
