import { outsideQuotes } from './outside-quotes.js';

/** The share of a wording's characters inside quotation marks (0: none of it is quoted). */
export function quotedShare(text: string): number {
  return 1 - outsideQuotes(text).trim().length / text.length;
}
