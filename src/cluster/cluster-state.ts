/** One story as the clustering state keeps it. */
export interface StoryState {
  readonly id: string;
  /** In arrival order; the first is the story's founder, whose id the story id is derived from. */
  readonly articleIds: readonly string[];
  /** Members counted in the centroid (near-copies count once, through their original). */
  readonly size: number;
  /** Sum of the members' unit TF-IDF vectors (duplicates excluded), pruned to its heaviest terms. */
  readonly centroid: Readonly<Record<string, number>>;
  /** Epoch milliseconds of the earliest and latest dated member; absent while no member has a date. */
  readonly firstTime?: number;
  readonly lastTime?: number;
}

/**
 * Everything incremental clustering remembers between batches, as plain JSON (so a caller can persist it):
 * term document frequencies, the stories, near-duplicate links and each article's MinHash signature.
 */
export interface ClusterState {
  readonly version: 1;
  readonly documentCount: number;
  readonly documentFrequency: Readonly<Record<string, number>>;
  readonly stories: readonly StoryState[];
  /** Near-copy article id -> the original's id. */
  readonly duplicateOf: Readonly<Record<string, string>>;
  /** Article id -> MinHash signature, for finding later copies of it. */
  readonly signatures: Readonly<Record<string, readonly number[]>>;
}

/** The state before any article has arrived. */
export function emptyClusterState(): ClusterState {
  return {
    version: 1,
    documentCount: 0,
    documentFrequency: {},
    stories: [],
    duplicateOf: {},
    signatures: {},
  };
}
