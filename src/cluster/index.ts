export { assignArticles, type AssignResult } from './assign-articles.js';
export { clusterArticles } from './cluster-articles.js';
export {
  DEFAULT_OPTIONS,
  defaultThreshold,
  type Assignment,
  type ClusterOptions,
  type StoryMerge,
} from './cluster-engine.js';
export { toClusterInput, type ClusterInput } from './cluster-input.js';
export { emptyClusterState, type ClusterState, type StoryState } from './cluster-state.js';
export { findDuplicates } from './find-duplicates.js';
