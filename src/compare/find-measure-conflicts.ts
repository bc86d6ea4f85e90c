import type { AnalyzedArticle, ComparedConflict, Quantity } from '../model/index.js';
import { shortHash } from '../util/hash.js';
import { countLabel } from './explain-counts.js';
import { sentenceSimilarity, type SentenceFeatures } from './sentence-features.js';

// Measures of harm to people, general English: each word names one measure.
const MEASURES: Readonly<Record<string, string>> = {
  injured: 'injured',
  wounded: 'injured',
  hurt: 'injured',
  injuries: 'injured',
  injury: 'injured',
  casualties: 'casualties',
  casualty: 'casualties',
  killed: 'killed',
  dead: 'killed',
  deaths: 'killed',
  death: 'killed',
  died: 'killed',
  fatalities: 'killed',
};

/** What harm a count measures: its own unit ("casualties") or the word after it ("46 personnel injured"). */
export function measureOf(text: string, q: Quantity): string | undefined {
  const unit = MEASURES[q.unit] ?? MEASURES[`${q.unit}s`];
  if (unit) return unit;
  const after = /^\s+(?:\p{L}+\s+)?(\p{L}+)/u.exec(text.slice(q.end, q.end + 30));
  const word = after?.[1]?.toLowerCase();
  return word ? MEASURES[word] : undefined;
}

const NOTES: Readonly<Record<string, string>> = {
  'casualties|injured': 'casualties count the injured and the dead together',
  'casualties|killed': 'casualties count the dead and the injured together',
  'injured|killed': 'the injured and the dead are counted separately',
};

/**
 * Counts of harm to people that outlets give in different measures ("46 injured" vs "over two dozen
 * casualties") in sentences about the same thing: shown side by side, explained as different measures
 * rather than a contradiction.
 */
export function findMeasureConflicts(
  articles: readonly AnalyzedArticle[],
  features: ReadonlyMap<string, readonly SentenceFeatures[]>,
): ComparedConflict[] {
  const found = articles.flatMap((a) =>
    a.quantities.flatMap((q) => {
      const measure = measureOf(a.article.text, q);
      const f = features.get(a.article.id)?.find((s) => s.sentence.id === q.sentenceId);
      return measure && f ? [{ articleId: a.article.id, quantity: q, measure, features: f }] : [];
    }),
  );
  const related = found.filter((x) =>
    found.some(
      (y) =>
        y.articleId !== x.articleId &&
        y.measure !== x.measure &&
        sentenceSimilarity(x.features, y.features) >= 0.15,
    ),
  );
  const measures = [...new Set(related.map((x) => x.measure))].sort();
  if (measures.length < 2 || new Set(related.map((x) => x.articleId)).size < 2) return [];
  const values = new Map<string, typeof related>();
  for (const x of related) {
    const label = `${countLabel(x.quantity)} ${x.measure}`;
    values.set(label, [...(values.get(label) ?? []), x]);
  }
  const why = measures
    .flatMap((m, i) => measures.slice(i + 1).map((n) => NOTES[`${m}|${n}`]))
    .filter((n): n is string => !!n);
  return [
    {
      id: `c-${shortHash(`m:${[...values.keys()].join('|')}`, 10)}`,
      kind: 'quantity',
      subject: `number of people harmed (${measures.join(' vs ')})`,
      values: [...values].map(([value, xs]) => ({
        value,
        normalized: xs[0]!.quantity.value,
        articleIds: [...new Set(xs.map((x) => x.articleId))],
        evidence: [...new Map(xs.map((x) => [`${x.articleId}:${x.features.sentence.id}`, x])).values()].map(
          (x) => ({
            articleId: x.articleId,
            sentenceId: x.features.sentence.id,
            text: x.features.sentence.text,
          }),
        ),
      })),
      explanation: `different measures (${measures.join(' vs ')})${why.length > 0 ? `: ${why.join('; ')}` : ''}, so the figures need not contradict`,
      compatible: true,
    },
  ];
}
