import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresClient, SqlStore, type Store } from '../src/store/index.js';
import { sampleResult } from './helpers/sample.js';

// The story filters the API relies on (entity, outlet) use jsonb SQL: check them on a real PostgreSQL too
// (the API tests run them on PGlite).
const POSTGRES_URL = process.env.PARALLAX_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `parallax_server_${process.pid}_${Date.now()}`;

describe('story filters on PostgreSQL', () => {
  let store: Store;
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    store = await SqlStore.open(
      await openPostgresClient(`${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`),
    );
    await store.saveReport((await sampleResult()).report);
  });
  afterAll(async () => {
    await store?.close();
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('finds stories by entity alias and outlet, and counts their conflicts and facts', async () => {
    const { report } = await sampleResult();
    const story = report.stories[0]!;
    const [listed] = await store.listStories({ entity: 'al-sudani' });
    expect(listed).toMatchObject({
      id: story.id,
      conflictCount: story.conflicts.length,
      factCount: story.facts.length,
    });
    expect(await store.listStories({ entity: 'nobody at all' })).toEqual([]);
    expect((await store.listStories({ outlet: 'atlas' })).map((s) => s.id)).toEqual([story.id]);
    expect(await store.listStories({ outlet: 'atlas', query: 'volcano' })).toEqual([]);
    expect(await store.listStories({ query: '_' })).toEqual([]);
  });
});
