import type { AnalyzedArticle } from '../model/index.js';

function shingles(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const set = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) set.add(words.slice(i, i + 5).join(' '));
  return set;
}

/** Near-copies (syndicated or lightly edited re-posts): 5-word shingle overlap of at least `threshold`. */
export function findDuplicates(
  articles: readonly AnalyzedArticle[],
  threshold = 0.7,
): Record<string, string> {
  const duplicateOf: Record<string, string> = {};
  const sets = articles.map((a) => shingles(a.article.text));
  for (let i = 0; i < articles.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      if (a.size === 0 || b.size === 0 || duplicateOf[articles[j]!.article.id]) continue;
      let shared = 0;
      for (const s of a) if (b.has(s)) shared++;
      if (shared / Math.min(a.size, b.size) >= threshold) {
        duplicateOf[articles[i]!.article.id] = articles[j]!.article.id;
        break;
      }
    }
  }
  return duplicateOf;
}
