/** The articles that tell one story, as clustering decides. */
export interface StoryCluster {
  readonly id: string;
  readonly articleIds: readonly string[];
}

/** What clustering returns: stories, and the near-copies it found (article id -> original's id). */
export interface ClusterResult {
  readonly stories: readonly StoryCluster[];
  readonly duplicateOf: Readonly<Record<string, string>>;
}
