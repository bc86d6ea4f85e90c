import type { Fact, Omission } from '../model/index.js';

/** For each article: the facts that at least two other articles of the story report and it does not. */
export function findOmissions(articleIds: readonly string[], facts: readonly Fact[]): Omission[] {
  return articleIds.map((articleId) => ({
    articleId,
    factIds: facts
      .filter((f) => !f.articleIds.includes(articleId) && f.articleIds.length >= 2)
      .map((f) => f.id),
  }));
}
