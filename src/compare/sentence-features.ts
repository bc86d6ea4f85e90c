import type { AnalyzedArticle, Sentence } from '../model/index.js';
import { contentTerms } from '../util/terms.js';
import { paraphraseTerm } from './paraphrase-term.js';

/** What comparison needs to know of one sentence. */
export interface SentenceFeatures {
  readonly articleId: string;
  readonly sentence: Sentence;
  readonly terms: ReadonlySet<string>;
  readonly entities: ReadonlySet<string>;
  /** The content terms that are words of entity names ("iraq", "blinken"). */
  readonly nameTerms: ReadonlySet<string>;
  readonly numbers: ReadonlySet<number>;
  /** What each number counts: unit -> values ("attack" -> {38}). */
  readonly units: ReadonlyMap<string, ReadonlySet<number>>;
  /** Resolved full dates the sentence gives ("2023-10-26"). */
  readonly dates: ReadonlySet<string>;
  /** Whether most of the sentence is other people's words (a quote or an attributed statement). */
  readonly quoted: boolean;
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
    const mentions = analyzed.mentions.filter(inside);
    const quantities = analyzed.quantities.filter((q) => q.sentenceId === sentence.id);
    const units = new Map<string, Set<number>>();
    for (const q of quantities) units.set(q.unit, new Set([...(units.get(q.unit) ?? []), q.value]));
    let quotedChars = 0;
    for (const span of analyzed.attributed) {
      quotedChars += Math.max(0, Math.min(span.end, sentence.end) - Math.max(span.start, sentence.start));
    }
    return {
      articleId: analyzed.article.id,
      sentence,
      terms: new Set(contentTerms(sentence.text).map(paraphraseTerm)),
      entities: new Set(mentions.map((m) => entityIdOf(m.canonical))),
      nameTerms: new Set(mentions.flatMap((m) => contentTerms(m.text))),
      numbers: new Set(quantities.map((q) => q.value)),
      units,
      dates: new Set(
        analyzed.dates
          .filter((d) => d.sentenceId === sentence.id && d.date?.length === 10)
          .map((d) => d.date!),
      ),
      quoted: quotedChars >= 0.5 * (sentence.end - sentence.start),
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

/**
 * Whether two sentences disagree on what they would share: a count of the same thing with no value in
 * common, or different full dates. Such sentences are a conflict, not an agreed fact.
 */
export function disagree(a: SentenceFeatures, b: SentenceFeatures): boolean {
  for (const [unit, values] of a.units) {
    const other = b.units.get(unit);
    if (other && ![...values].some((v) => other.has(v))) return true;
  }
  if (a.dates.size > 0 && b.dates.size > 0 && ![...a.dates].some((d) => b.dates.has(d))) return true;
  return false;
}
