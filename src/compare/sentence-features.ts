import type { AnalyzedArticle, Sentence } from '../model/index.js';
import { contentTerms } from '../util/terms.js';

/** What comparison needs to know of one sentence. */
export interface SentenceFeatures {
  readonly articleId: string;
  readonly sentence: Sentence;
  readonly terms: ReadonlySet<string>;
  readonly entities: ReadonlySet<string>;
  readonly numbers: ReadonlySet<number>;
  /** Position of the sentence in its article, 0 = first. */
  readonly position: number;
}

/** Features of every sentence of an article: content terms, entity names (merged ids when given), numbers. */
export function sentenceFeatures(
  analyzed: AnalyzedArticle,
  entityIdOf: (name: string) => string = (n) => n,
): SentenceFeatures[] {
  return analyzed.sentences.map((sentence, position) => {
    const inside = <T extends { start: number; end: number }>(span: T): boolean =>
      span.start >= sentence.start && span.end <= sentence.end;
    return {
      articleId: analyzed.article.id,
      sentence,
      terms: new Set(contentTerms(sentence.text)),
      entities: new Set(analyzed.mentions.filter(inside).map((m) => entityIdOf(m.canonical))),
      numbers: new Set(analyzed.quantities.filter(inside).map((q) => q.value)),
      position,
    };
  });
}

/** How strongly two sentences say the same thing: shared content words, plus shared entities and numbers. */
export function sentenceSimilarity(a: SentenceFeatures, b: SentenceFeatures): number {
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term)) shared++;
  const dice = a.terms.size + b.terms.size === 0 ? 0 : (2 * shared) / (a.terms.size + b.terms.size);
  let sharedEntities = 0;
  for (const entity of a.entities) if (b.entities.has(entity)) sharedEntities++;
  let sharedNumbers = 0;
  for (const n of a.numbers) if (b.numbers.has(n)) sharedNumbers++;
  return dice + 0.05 * Math.min(sharedEntities, 3) + (sharedNumbers > 0 ? 0.1 : 0);
}
