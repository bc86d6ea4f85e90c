import type { SaveResult, Store } from '../store/index.js';
import { restoryArticles } from './restory-articles.js';

/** Which stored articles to re-cluster after new ones arrive. */
export interface RefreshOptions {
  /** Articles stored or published since then (ISO), with their stories' other articles. */
  readonly since: string;
  readonly generatedAt: string;
}

/**
 * Brings stories up to date after ingestion: re-clusters the recent window and replaces its stories.
 * The one place to swap in an incremental clustering API.
 */
export async function refreshStories(store: Store, options: RefreshOptions): Promise<SaveResult> {
  const articles = await store.articlesAround(options.since);
  if (articles.length === 0) return { articlesAdded: 0, storiesAdded: 0, storiesUpdated: 0 };
  return store.replaceStories(restoryArticles(articles, options.generatedAt));
}
