import type { AnalyzedArticle } from '../model/index.js';
import { articleFeatures } from './article-features.js';
import { ClusterEngine, type Assignment, type ClusterOptions, type StoryMerge } from './cluster-engine.js';
import { asClusterInput, type ClusterInput } from './cluster-input.js';
import type { ClusterState } from './cluster-state.js';

/** What one incremental step returns. */
export interface AssignResult {
  /** The state after these articles; the one passed in is left as it was. */
  readonly state: ClusterState;
  /** Where each new article went, in the order they were placed. */
  readonly assignments: readonly Assignment[];
  /** Stories merged by this step (their articles now carry the `into` story's id). */
  readonly merges: readonly StoryMerge[];
}

/**
 * Incremental clustering for a stream: places newly arrived articles into the stories of `state` (or new ones)
 * in the order given, updating document frequencies as they arrive. Articles already in the state are skipped.
 */
export function assignArticles(
  state: ClusterState,
  articles: readonly (AnalyzedArticle | ClusterInput)[],
  options: ClusterOptions = {},
): AssignResult {
  const engine = new ClusterEngine(options, state);
  const known = new Set(state.stories.flatMap((s) => s.articleIds));
  const assignments: Assignment[] = [];
  for (const article of articles) {
    const input = asClusterInput(article);
    if (known.has(input.id)) continue;
    known.add(input.id);
    const counts = engine.intern(articleFeatures(input));
    engine.countDocument(counts);
    assignments.push(engine.add(input, counts));
  }
  return { state: engine.toState(), assignments, merges: engine.merges };
}
