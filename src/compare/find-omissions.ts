import type { Fact, Omission } from '../model/index.js';
import { sentenceSimilarity, type SentenceFeatures } from './sentence-features.js';

// An article with a sentence this alike to a fact's evidence states it in other words (or gives another
// figure for it, a conflict), though alignment matched that sentence to a near-duplicate fact. In the brief
// review's BASIL dev and NeuS val stories, false omissions ("The Senate voted 52-48 on Monday night to confirm"
// against "The 52-48 Senate vote on Barrett's nomination") scored 0.44 to 0.57, the closest sentence of an
// article that really leaves a fact out mostly under 0.4: the line sits at the edge of the false ones.
const STATES_IT_SIMILARITY = 0.44;

/**
 * For each article: the facts that at least two other articles of the story report and it does not, in its
 * aligned sentences or in any sentence close to the fact's evidence.
 */
export function findOmissions(
  articleIds: readonly string[],
  facts: readonly Fact[],
  features: ReadonlyMap<string, readonly SentenceFeatures[]>,
): Omission[] {
  const bySentence = new Map<string, SentenceFeatures>();
  for (const [articleId, sentences] of features)
    for (const s of sentences) bySentence.set(`${articleId}:${s.sentence.id}`, s);
  // Each widely reported fact with its evidence sentences' features, found once for all articles.
  const reported = facts
    .filter((f) => f.articleIds.length >= 2)
    .map((fact) => ({
      fact,
      evidence: fact.evidence
        .map((e) => bySentence.get(`${e.articleId}:${e.sentenceId}`))
        .filter((e): e is SentenceFeatures => e !== undefined),
    }));
  return articleIds.map((articleId) => {
    const sentences = features.get(articleId) ?? [];
    return {
      articleId,
      factIds: reported
        .filter(
          ({ fact, evidence }) =>
            !fact.articleIds.includes(articleId) &&
            !sentences.some((s) => evidence.some((e) => sentenceSimilarity(s, e) >= STATES_IT_SIMILARITY)),
        )
        .map(({ fact }) => fact.id),
    };
  });
}
