export { clusterArticles, type ClusterOptions } from './cluster-articles.js';
export { findDuplicates } from './find-duplicates.js';
