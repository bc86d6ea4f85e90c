import type { Fact } from '../model/index.js';
import { shortHash } from '../util/hash.js';
import { sentenceSimilarity, type SentenceFeatures } from './sentence-features.js';

/** Options for fact alignment. */
export interface AlignOptions {
  /** Similarity two sentences need to count as stating the same fact. */
  readonly threshold?: number;
}

function isStatement(features: SentenceFeatures): boolean {
  const words = features.sentence.text.split(/\s+/).length;
  return words >= 6 && !/\?["”]?$/.test(features.sentence.text);
}

/**
 * Groups sentences of different articles that state the same thing into facts: sentences are linked to
 * their best match in each other article when the match is mutual and similar enough, and linked
 * sentences form one fact. Sentences no other article matches stay as facts of one article.
 */
export function alignFacts(
  perArticle: readonly (readonly SentenceFeatures[])[],
  { threshold = 0.42 }: AlignOptions = {},
): Fact[] {
  const statements = perArticle.map((sentences) => sentences.filter(isStatement));
  const nodes = statements.flat();
  const indexOf = new Map(nodes.map((n, i) => [n, i]));
  const best = (
    from: SentenceFeatures,
    candidates: readonly SentenceFeatures[],
  ): [SentenceFeatures | undefined, number] => {
    let top: SentenceFeatures | undefined;
    let score = 0;
    for (const candidate of candidates) {
      const s = sentenceSimilarity(from, candidate);
      if (s > score) [top, score] = [candidate, s];
    }
    return [top, score];
  };
  // Mutual best matches between each pair of articles are the candidate links.
  const links: { a: number; b: number; score: number }[] = [];
  for (let a = 0; a < statements.length; a++) {
    for (let b = a + 1; b < statements.length; b++) {
      for (const sentence of statements[a]!) {
        const [match, score] = best(sentence, statements[b]!);
        if (!match || score < threshold || best(match, statements[a]!)[0] !== sentence) continue;
        links.push({ a: indexOf.get(sentence)!, b: indexOf.get(match)!, score });
      }
    }
  }
  // Strongest links first; two groups join only when no article would then state the fact twice, so a
  // chain of loose matches cannot pull unrelated sentences into one fact.
  const parent = nodes.map((_, i) => i);
  const articlesOf = nodes.map((n) => new Set([n.articleId]));
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const link of links.sort((x, y) => y.score - x.score)) {
    const [ra, rb] = [find(link.a), find(link.b)];
    if (ra === rb || [...articlesOf[ra]!].some((id) => articlesOf[rb]!.has(id))) continue;
    parent[rb] = ra;
    for (const id of articlesOf[rb]!) articlesOf[ra]!.add(id);
  }
  const components = new Map<number, SentenceFeatures[]>();
  nodes.forEach((node, i) => components.set(find(i), [...(components.get(find(i)) ?? []), node]));
  const facts = [...components.values()].map((members) => {
    // The fact is worded as its most central sentence.
    const central = [...members].sort((x, y) => {
      const score = (s: SentenceFeatures): number =>
        members.reduce((sum, o) => sum + (o === s ? 0 : sentenceSimilarity(s, o)), 0);
      return score(y) - score(x) || x.sentence.text.length - y.sentence.text.length;
    })[0]!;
    const articleIds = [...new Set(members.map((m) => m.articleId))];
    return {
      fact: {
        id: `f-${shortHash(
          members
            .map((m) => `${m.articleId}:${m.sentence.id}`)
            .sort()
            .join('|'),
          10,
        )}`,
        text: central.sentence.text,
        articleIds,
        evidence: members.map((m) => ({
          articleId: m.articleId,
          sentenceId: m.sentence.id,
          text: m.sentence.text,
        })),
      },
      order: Math.min(...members.map((m) => m.position)),
    };
  });
  return facts
    .sort((x, y) => y.fact.articleIds.length - x.fact.articleIds.length || x.order - y.order)
    .map((f) => f.fact);
}
