import type { GoldEntity } from './ner-documents.js';

/** Precision, recall and F1 with their counts. */
export interface PrfScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

const TYPES = ['PER', 'ORG', 'LOC'] as const;

function prf(correct: number, predicted: number, gold: number): PrfScore {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** Exact-span, exact-type scores over many documents: overall and per type (PER, ORG, LOC). */
export function scoreEntities(
  pairs: readonly { gold: readonly GoldEntity[]; predicted: readonly GoldEntity[] }[],
): PrfScore & { perType: Record<string, PrfScore> } {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { correct: 0, predicted: 0, gold: 0 }]));
  for (const { gold, predicted } of pairs) {
    const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    const seen = new Set<string>();
    for (const g of gold) if (counts[g.type]) counts[g.type]!.gold++;
    for (const p of predicted) {
      const key = `${p.start}:${p.end}:${p.type}`;
      if (!counts[p.type] || seen.has(key)) continue;
      seen.add(key);
      counts[p.type]!.predicted++;
      if (goldKeys.has(key)) counts[p.type]!.correct++;
    }
  }
  const total = Object.values(counts).reduce(
    (sum, c) => ({
      correct: sum.correct + c.correct,
      predicted: sum.predicted + c.predicted,
      gold: sum.gold + c.gold,
    }),
    { correct: 0, predicted: 0, gold: 0 },
  );
  return {
    ...prf(total.correct, total.predicted, total.gold),
    perType: Object.fromEntries(
      TYPES.map((t) => [t, prf(counts[t]!.correct, counts[t]!.predicted, counts[t]!.gold)]),
    ),
  };
}
