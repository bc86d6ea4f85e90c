import type { Fact, Omission } from '../model/index.js';
import { MAX_SIMILARITY_BONUS, sentenceSimilarity, type SentenceFeatures } from './sentence-features.js';

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
    const statesIt = closeSentenceFinder(sentences);
    return {
      articleId,
      factIds: reported
        .filter(({ fact, evidence }) => !fact.articleIds.includes(articleId) && !evidence.some(statesIt))
        .map(({ fact }) => fact.id),
    };
  });
}

/**
 * Whether any of an article's sentences is at least STATES_IT_SIMILARITY alike to a given sentence. Only
 * sentences sharing enough words to reach it (word overlap plus the most the entity and number bonuses add)
 * are scored in full: most of an article shares a word or two with any one sentence of the story.
 */
function closeSentenceFinder(sentences: readonly SentenceFeatures[]): (other: SentenceFeatures) => boolean {
  const byTerm = new Map<string, number[]>();
  sentences.forEach((s, i) => s.terms.forEach((t) => byTerm.set(t, [...(byTerm.get(t) ?? []), i])));
  const minDice = STATES_IT_SIMILARITY - MAX_SIMILARITY_BONUS;
  return (other) => {
    const shared = new Map<number, number>();
    for (const t of other.terms) for (const i of byTerm.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, count] of shared) {
      const s = sentences[i]!;
      const dice = (2 * count) / (s.terms.size + other.terms.size);
      if (dice >= minDice && sentenceSimilarity(s, other) >= STATES_IT_SIMILARITY) return true;
    }
    return false;
  };
}
