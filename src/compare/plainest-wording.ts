import type { AnalyzedArticle, ArticleFraming, ComparedFact } from '../model/index.js';

/**
 * The facts worded, each, by the evidence sentence with the fewest terms the framing found loaded in its
 * outlet's own voice: "Congress on Wednesday rejected President Obama’s veto" rather than "In a
 * stinging blow to President Barack Obama, the Senate voted". Ties keep the aligned wording (the most central
 * sentence).
 */
export function plainestWording(
  facts: readonly ComparedFact[],
  articles: readonly AnalyzedArticle[],
  framing: readonly ArticleFraming[],
): ComparedFact[] {
  const loadedBySentence = new Map<string, number>();
  for (const { articleId, loaded } of framing) {
    const sentences = articles.find((a) => a.article.id === articleId)?.sentences ?? [];
    for (const term of loaded) {
      const sentence = sentences.find((s) => s.start <= term.start && term.start < s.end);
      if (!sentence) continue;
      const key = `${articleId}:${sentence.id}`;
      loadedBySentence.set(key, (loadedBySentence.get(key) ?? 0) + 1);
    }
  }
  const loadedIn = (e: { articleId: string; sentenceId: string }): number =>
    loadedBySentence.get(`${e.articleId}:${e.sentenceId}`) ?? 0;
  return facts.map((fact) => {
    const current = fact.evidence.find((e) => e.text === fact.text);
    const plainest = [...fact.evidence].sort(
      (a, b) => loadedIn(a) - loadedIn(b) || Number(b === current) - Number(a === current),
    )[0];
    return plainest && current && loadedIn(plainest) < loadedIn(current)
      ? { ...fact, text: plainest.text }
      : fact;
  });
}
