import type { Span } from '../../model/index.js';
import type { PreparedArticle } from './prepare-basil.js';

/** Precision, recall, F1 and quote leak of predicted loaded terms against BASIL's gold spans. */
export interface FramingScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Share of predicted terms that overlap a lexical-bias span inside a quote (someone else's words). */
  readonly quoteLeak: number;
  readonly predicted: number;
  readonly gold: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Scores predictions as the issue defines it: gold = lexical-bias spans in the outlet's own voice; a
 * prediction is correct when it overlaps one; recall counts gold spans some prediction overlaps.
 */
export function scoreFraming(
  articles: readonly PreparedArticle[],
  predictions: ReadonlyMap<string, readonly Span[]>,
): FramingScores {
  let predicted = 0;
  let correct = 0;
  let leaked = 0;
  let gold = 0;
  let found = 0;
  for (const { basil, gold: spans } of articles) {
    const own = spans.filter((s) => s.bias === 'lex' && !s.quote);
    const quoted = spans.filter((s) => s.bias === 'lex' && s.quote);
    const terms = predictions.get(basil.id) ?? [];
    predicted += terms.length;
    correct += terms.filter((t) => own.some((g) => overlaps(t, g))).length;
    leaked += terms.filter((t) => quoted.some((g) => overlaps(t, g))).length;
    gold += own.length;
    found += own.filter((g) => terms.some((t) => overlaps(t, g))).length;
  }
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : found / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    quoteLeak: round(predicted === 0 ? 0 : leaked / predicted),
    predicted,
    gold,
  };
}
