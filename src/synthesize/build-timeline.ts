import * as chrono from 'chrono-node';
import type { AnalyzedArticle, Fact, TimelineEntry } from '../model/index.js';

/** The date a story is told from: its latest publication date, for resolving dates written without a year. */
export function storyReferenceDate(articles: readonly AnalyzedArticle[]): string | undefined {
  const dates = articles
    .map((a) => a.article.publishedAt?.slice(0, 10))
    .filter((d): d is string => d !== undefined);
  return dates.sort().at(-1);
}

/** Resolves a date expression against a reference day; `notAfter`: the event cannot be later than that day. */
function resolveWithReference(
  text: string,
  reference: string | undefined,
  notAfter = false,
): string | undefined {
  if (!reference) return undefined;
  const result = chrono.en.parse(
    text,
    { instant: new Date(`${reference}T12:00:00Z`), timezone: 0 },
    { forwardDate: false },
  )[0];
  if (!result) return undefined;
  const c = result.start;
  const pad = (n: number | null): string => String(n ?? 1).padStart(2, '0');
  if (c.isCertain('day') || c.isCertain('weekday')) {
    let day = new Date(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!));
    // "On Sunday" in a report of that event is the last Sunday on or before the report.
    if (notAfter && !c.isCertain('day') && day.toISOString().slice(0, 10) > reference)
      day = new Date(day.getTime() - 7 * 86_400_000);
    return day.toISOString().slice(0, 10);
  }
  if (c.isCertain('month')) return `${c.get('year')}-${pad(c.get('month'))}`;
  return undefined;
}

/**
 * The date relative expressions in an undated article can be read against. Each fact it shares with dated
 * articles was first reported on some day (an event is reported on or after the day it happened, so the
 * earliest report is the closest anchor); the anchor is the day most of its facts were first reported, the
 * earliest on a tie, so one background fact reported weeks before does not carry it back. One anchor per
 * article, so that each "on Sunday" in it is the same Sunday.
 */
function anchorFromFacts(
  articleId: string,
  facts: readonly Fact[],
  published: ReadonlyMap<string, string>,
): string | undefined {
  const firstReports = new Map<string, number>();
  for (const fact of facts) {
    if (!fact.evidence.some((e) => e.articleId === articleId)) continue;
    const first = fact.articleIds
      .map((id) => published.get(id))
      .filter((d): d is string => d !== undefined)
      .sort()[0];
    if (first) firstReports.set(first, (firstReports.get(first) ?? 0) + 1);
  }
  return [...firstReports].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * The story's dated events in order: each date with the sentence that dates it and every article giving
 * that date. Dates without a year are read against the story's latest publication date; a relative date
 * ("on Sunday") against its article's publication date or, in an undated article, against the day most
 * of the facts it shares were first reported; `background` marks years before the story's own.
 */
export function buildTimeline(
  articles: readonly AnalyzedArticle[],
  facts: readonly Fact[] = [],
): (TimelineEntry & { background: boolean })[] {
  const reference = storyReferenceDate(articles);
  const published = new Map(
    articles.flatMap((a) =>
      a.article.publishedAt ? [[a.article.id, a.article.publishedAt.slice(0, 10)] as const] : [],
    ),
  );
  const storyYear = reference ? Number(reference.slice(0, 4)) : undefined;
  const entries = new Map<string, { date: string; text: string; articleIds: Set<string> }>();
  for (const analyzed of articles) {
    for (const mention of analyzed.dates) {
      // A relative date ("on Sunday") is resolved against the article's own publication date, or in an
      // undated article against the day its facts were first reported (and then cannot be after it).
      const own = mention.relative ? published.get(analyzed.article.id) : reference;
      const anchor =
        mention.relative && !own ? anchorFromFacts(analyzed.article.id, facts, published) : undefined;
      const date = mention.date ?? resolveWithReference(mention.text, own ?? anchor, anchor !== undefined);
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
