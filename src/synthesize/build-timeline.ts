import * as chrono from 'chrono-node';
import type { AnalyzedArticle, TimelineEntry } from '../model/index.js';

/** The date a story is told from: its latest publication date, for resolving dates written without a year. */
export function storyReferenceDate(articles: readonly AnalyzedArticle[]): string | undefined {
  const dates = articles
    .map((a) => a.article.publishedAt?.slice(0, 10))
    .filter((d): d is string => d !== undefined);
  return dates.sort().at(-1);
}

function resolveWithReference(text: string, reference: string | undefined): string | undefined {
  if (!reference) return undefined;
  const result = chrono.en.parse(
    text,
    { instant: new Date(`${reference}T12:00:00Z`), timezone: 0 },
    { forwardDate: false },
  )[0];
  if (!result) return undefined;
  const c = result.start;
  const pad = (n: number | null): string => String(n ?? 1).padStart(2, '0');
  if (c.isCertain('day') || c.isCertain('weekday'))
    return `${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (c.isCertain('month')) return `${c.get('year')}-${pad(c.get('month'))}`;
  return undefined;
}

/**
 * The story's dated events in order: each date with the sentence that dates it and every article giving
 * that date. Dates without a year are read against the story's latest publication date; `background`
 * marks years before the story's own.
 */
export function buildTimeline(
  articles: readonly AnalyzedArticle[],
): (TimelineEntry & { background: boolean })[] {
  const reference = storyReferenceDate(articles);
  const storyYear = reference ? Number(reference.slice(0, 4)) : undefined;
  const entries = new Map<string, { date: string; text: string; articleIds: Set<string> }>();
  for (const analyzed of articles) {
    for (const mention of analyzed.dates) {
      // A relative date ("on Sunday") is only resolved against the article's own publication date.
      const articleReference = mention.relative ? analyzed.article.publishedAt?.slice(0, 10) : reference;
      const date = mention.date ?? resolveWithReference(mention.text, articleReference);
      if (!date) continue;
      const preceding = analyzed.article.text.slice(Math.max(0, mention.start - 8), mention.start);
      if (/\bsince\s+$/i.test(preceding)) continue; // a count's start, not an event
      const sentence = analyzed.sentences.find((s) => s.id === mention.sentenceId);
      if (!sentence) continue;
      const entry = entries.get(date) ?? { date, text: sentence.text, articleIds: new Set<string>() };
      entry.articleIds.add(analyzed.article.id);
      entries.set(date, entry);
    }
  }
  return [...entries.values()]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({
      date: e.date,
      text: e.text,
      articleIds: [...e.articleIds],
      background: storyYear !== undefined && Number(e.date.slice(0, 4)) < storyYear,
    }));
}
