import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqlStore, type Store } from '../src/store/index.js';
import { testSchema } from './helpers/backends.js';
import { sampleResult } from './helpers/sample.js';

// The story filters the API relies on (entity, outlet) use jsonb SQL: check them on a real PostgreSQL too
// (the API tests run them on PGlite).
const schema = testSchema('parallax_server');

describe('story filters on PostgreSQL', () => {
  let store: Store;
  beforeAll(async () => {
    store = await SqlStore.open(await schema.connect());
    await store.saveReport((await sampleResult()).report);
  });
  afterAll(async () => {
    await store?.close();
    await schema.drop();
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
