import { contentTerms } from '../util/terms.js';
import type { ClusterInput } from './cluster-input.js';
import { quickEntities } from './quick-entities.js';

/** Body words beyond this many add little to what an article is about and cost time at scale. */
const MAX_BODY_TERMS = 400;

/**
 * Raw term counts of an article: body words once, title words three times (headlines name the event), entity
 * names (whole, and each word of a longer name) and the dates and quantities it mentions as their own prefixed
 * terms, so that look-alike events with different people, places, days or tolls pull apart.
 */
export function articleFeatures(input: ClusterInput): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  const body = contentTerms(input.text.slice(0, 4000));
  for (let i = 0; i < body.length && i < MAX_BODY_TERMS; i++) add(body[i]!, 1);
  if (input.title) for (const term of contentTerms(input.title)) add(term, 3);
  const entities = input.entities ?? quickEntities(input.text.slice(0, 4000));
  for (const name of entities) {
    const lower = name.toLowerCase();
    add(`@${lower}`, 1);
    const words = lower.split(/\s+/);
    if (words.length > 1) for (const word of words) if (word.length > 2) add(`@${word}`, 1);
  }
  if (input.dates) for (const date of input.dates) add(`d:${date}`, 2);
  else for (const year of input.text.slice(0, 4000).matchAll(/\b(?:19|20)\d\d\b/g)) add(`d:${year[0]}`, 1);
  if (input.quantities) for (const q of input.quantities) add(`#${q.value}:${q.unit}`, 2);
  else
    for (const number of input.text.slice(0, 4000).matchAll(/\b\d[\d,.]*\d\b/g))
      add(`#${number[0].replace(/,/g, '')}`, 1);
  return counts;
}

/** An ISO date as epoch milliseconds, or NaN when absent or unreadable. */
export function timeOf(publishedAt: string | undefined): number {
  return publishedAt ? Date.parse(publishedAt) : Number.NaN;
}
