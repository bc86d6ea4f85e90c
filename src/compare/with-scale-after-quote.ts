import type { Quantity } from '../model/index.js';
import { currencySymbol } from '../util/currencies.js';

const SCALES: Readonly<Record<string, number>> = { million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * A sum whose scale word the writer left outside a closing quote ("we're asking for $5.6” billion") read
 * with its scale; other quantities as they are.
 */
export function withScaleAfterQuote(q: Quantity, text: string): Quantity {
  const scale = /^[”"’]\s*(million|billion|trillion)\b/i.exec(text.slice(q.end, q.end + 12));
  if (!scale || !currencySymbol(q.unit) || q.value >= 1000) return q;
  return {
    ...q,
    value: Math.round(q.value * SCALES[scale[1]!.toLowerCase()]!),
    text: text.slice(q.start, q.end + scale[0].length),
    end: q.end + scale[0].length,
  };
}
