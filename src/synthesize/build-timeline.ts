import * as chrono from 'chrono-node';
import type { AnalyzedArticle, Fact, TimelineEntry } from '../model/index.js';
import { backgroundSentenceIds } from '../util/background-sentences.js';
import { storyYear } from '../util/story-year.js';
import { contentTerms } from '../util/terms.js';
import { eventNamedInPassing } from './event-named-in-passing.js';
import { mainClause, mainClauseTense } from '../compare/main-clause-tense.js';

// "..., the Washington Post reported Tuesday": the date is the telling's, which has happened.
const TELLING_BEFORE =
  /\b(?:said|says|reported|announced|told(?:\s+[\p{L}.]+){1,3}|wrote|tweeted|posted|confirmed)\s+(?:on\s+)?$/iu;

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
  // A week has no single day (as in analysis).
  if (!result || /\bweek\b/i.test(result.text)) return undefined;
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
 * The date relative expressions in an undated article can be read against: the earliest day any of its
 * facts was first reported (an event is reported on or after the day it happened), leaving out its
 * background facts (sentences dated in an earlier year, "formed in 2014"), which older articles may have
 * reported weeks before. One anchor per article, so that each "on Sunday" in it is the same Sunday.
 */
function anchorFromFacts(
  analyzed: AnalyzedArticle,
  facts: readonly Fact[],
  published: ReadonlyMap<string, string>,
  storyYear: number | undefined,
): string | undefined {
  const articleId = analyzed.article.id;
  const pastSentences = backgroundSentenceIds(analyzed, storyYear);
  const firstReports = (background: boolean): string[] =>
    facts
      .filter((f) =>
        f.evidence.some((e) => e.articleId === articleId && (background || !pastSentences.has(e.sentenceId))),
      )
      .flatMap((f) => f.articleIds.map((id) => published.get(id)))
      .filter((d): d is string => d !== undefined)
      .sort();
  return firstReports(false)[0] ?? firstReports(true)[0];
}

/**
 * The story's dated events in order: each date with the sentence that dates it and every article giving
 * that date. Dates without a year are read against the story's latest publication date; a relative date
 * ("on Sunday") against its article's publication date or, in an undated article, against the earliest
 * report of the facts it shares (background left out); `background` marks years before the story's own,
 * `expected` an event every article giving it tells as still to come.
 */
export function buildTimeline(
  articles: readonly AnalyzedArticle[],
  facts: readonly Fact[] = [],
): (TimelineEntry & { background: boolean; expected: boolean })[] {
  const reference = storyReferenceDate(articles);
  const published = new Map(
    articles.flatMap((a) =>
      a.article.publishedAt ? [[a.article.id, a.article.publishedAt.slice(0, 10)] as const] : [],
    ),
  );
  const ownYear = storyYear(articles);
  const datedSentences: DatedSentence[] = [];
  for (const analyzed of articles) {
    const ownDate = published.get(analyzed.article.id);
    // An undated article's relative dates are read against the earliest report of its facts (and then
    // cannot be after it); found once, when the article has one.
    const undatedAnchor =
      ownDate === undefined && analyzed.dates.some((d) => d.relative)
        ? anchorFromFacts(analyzed, facts, published, ownYear)
        : undefined;
    for (const mention of analyzed.dates) {
      // A relative date ("on Sunday") is resolved against the article's own publication date.
      const own = mention.relative ? ownDate : reference;
      const anchor = mention.relative ? undatedAnchor : undefined;
      // The row shows this sentence: it must be the one that holds the date mention.
      const sentence = analyzed.sentences.find((s) => s.id === mention.sentenceId);
      if (!sentence || mention.start < sentence.start || mention.end > sentence.end) continue;
      // Analysis read the mention against the article's own date already: one it left undated (a week, a span)
      // is not dated here. Only an undated article's mentions are read against the story or its facts.
      const date =
        mention.date ??
        (ownDate === undefined
          ? resolveWithReference(mention.text, own ?? anchor, anchor !== undefined)
          : undefined);
      if (!date) continue;
      const preceding = analyzed.article.text.slice(Math.max(0, mention.start - 8), mention.start);
      if (/\bsince\s+$/i.test(preceding)) continue; // a count's start, not an event
      // "Families of Sept. 11 victims sued": the day names the event, the sentence tells of another.
      if (mention.namesEvent) continue;
      // "As I said yesterday" in a quote counts from the day it was said, which the article may not give.
      if (
        mention.relative &&
        analyzed.quotes.some((q) => q.kind !== 'indirect' && mention.start >= q.start && mention.end <= q.end)
      )
        continue;
      const namedInPassing = eventNamedInPassing(analyzed.article.text.slice(sentence.start, mention.start));
      datedSentences.push({
        date,
        articleId: analyzed.article.id,
        sentenceId: sentence.id,
        text: sentence.text,
        ...(namedInPassing !== undefined && { namedInPassing }),
        // "Al-Sudani is expected to embark on a regional tour ... starting on Monday": still to come when told;
        // not "earlier runs were in 1988" after a main clause in the future.
        upcoming:
          mainClauseTense(sentence.text) === 'forecast' &&
          mainClause(analyzed.article.text.slice(sentence.start, mention.end))
            .trimEnd()
            .endsWith(mention.text) &&
          !TELLING_BEFORE.test(analyzed.article.text.slice(sentence.start, mention.start)) &&
          (ownDate === undefined || date >= ownDate.slice(0, date.length)),
      });
    }
  }
  return eventsByDate(datedSentences, facts).map((event) => ({
    ...event,
    background: ownYear !== undefined && Number(event.date.slice(0, 4)) < ownYear,
  }));
}

/** A sentence that gives a date, as found in one article. */
interface DatedSentence {
  readonly date: string;
  readonly articleId: string;
  readonly sentenceId: string;
  readonly text: string;
  /** The event the date names in passing ("the Hamas attacks" on October 7th), when it is not the sentence's own. */
  readonly namedInPassing?: string;
  /** The sentence tells the event as still to come on the day its article was published. */
  readonly upcoming: boolean;
}

const sentenceKey = (d: { articleId: string; sentenceId: string }): string =>
  `${d.articleId}\u0000${d.sentenceId}`;

/**
 * One entry per event: sentences that give the same date and are evidence of the same fact form an event
 * citing only their own articles; other sentences on that date are other events. Ordered by date, then by
 * how many articles report the event, then by where it was first found.
 */
function eventsByDate(
  datedSentences: readonly DatedSentence[],
  facts: readonly Fact[],
): (TimelineEntry & { expected: boolean })[] {
  const factsOfSentence = new Map<string, string[]>();
  for (const fact of facts)
    for (const e of fact.evidence)
      factsOfSentence.set(sentenceKey(e), [...(factsOfSentence.get(sentenceKey(e)) ?? []), fact.id]);

  // Sentences on one date joined by what they share (the sentence itself, when it gives the day twice, or a
  // fact), as a union-find whose root is an event's first sentence.
  const parent = datedSentences.map((_, index) => index);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const firstSharing = new Map<string, number>();
  datedSentences.forEach((dated, index) => {
    const links = [
      `sentence ${sentenceKey(dated)}`,
      ...(factsOfSentence.get(sentenceKey(dated)) ?? []).map((id) => `fact ${id}`),
    ];
    for (const link of links) {
      const key = `${dated.date} ${link}`;
      const first = firstSharing.get(key);
      if (first === undefined) firstSharing.set(key, index);
      else {
        const [a, b] = [root(first), root(index)];
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  joinEventsNamedInPassing(datedSentences, root, parent);
  const events = new Map<number, DatedSentence[]>();
  datedSentences.forEach((dated, index) =>
    events.set(root(index), [...(events.get(root(index)) ?? []), dated]),
  );

  // A sentence giving only its event's date is about it; one that also gives another date ("responded
  // Thursday to allegations about 1979") may be about the other, so it is shown only when no other is.
  const datesOfSentence = new Map<string, Set<string>>();
  for (const d of datedSentences)
    datesOfSentence.set(sentenceKey(d), (datesOfSentence.get(sentenceKey(d)) ?? new Set()).add(d.date));
  const givesOnlyItsDate = (d: DatedSentence): boolean => datesOfSentence.get(sentenceKey(d))!.size === 1;

  return [...events]
    .map(([firstFound, sentences]) => ({
      firstFound,
      date: sentences[0]!.date,
      text: (
        sentences.find((s) => givesOnlyItsDate(s) && s.namedInPassing === undefined) ??
        sentences.find((s) => s.namedInPassing === undefined) ??
        sentences.find(givesOnlyItsDate) ??
        sentences[0]!
      ).text,
      articleIds: [...new Set(sentences.map((s) => s.articleId))],
      aboutItsDate: sentences.some(givesOnlyItsDate),
      // Expected until an article tells it as done.
      expected: sentences.every((s) => s.upcoming),
    }))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        b.articleIds.length - a.articleIds.length ||
        Number(b.aboutItsDate) - Number(a.aboutItsDate) ||
        a.firstFound - b.firstFound,
    )
    .map(({ date, text, articleIds, expected }) => ({ date, text, articleIds, expected }));
}

/**
 * "Since the Hamas attacks on October 7th, ..." names the event another sentence reports ("Hamas invaded
 * Israel ... on October 7"): an event known only from such mentions joins the same day's event that shares
 * a word of the named event, one reported in its own right first; it then cites their articles too.
 */
function joinEventsNamedInPassing(
  datedSentences: readonly DatedSentence[],
  root: (i: number) => number,
  parent: number[],
): void {
  const wordsOf = datedSentences.map((d) => new Set(contentTerms(d.text)));
  const onlyInPassing = new Map<number, boolean>();
  datedSentences.forEach((d, i) =>
    onlyInPassing.set(root(i), (onlyInPassing.get(root(i)) ?? true) && d.namedInPassing !== undefined),
  );
  datedSentences.forEach((dated, index) => {
    if (dated.namedInPassing === undefined || !onlyInPassing.get(root(index))) return;
    const named = new Set(contentTerms(dated.namedInPassing));
    let best: { index: number; rank: number } | undefined;
    datedSentences.forEach((other, j) => {
      if (other.date !== dated.date || root(j) === root(index)) return;
      const words = wordsOf[j]!;
      const shared = [...named].filter((w) => words.has(w)).length;
      if (shared === 0) return;
      const rank = shared + (onlyInPassing.get(root(j)) ? 0 : 100);
      if (!best || rank > best.rank) best = { index: j, rank };
    });
    if (!best) return;
    const [a, b] = [root(best.index), root(index)];
    parent[Math.max(a, b)] = Math.min(a, b);
    onlyInPassing.set(Math.min(a, b), (onlyInPassing.get(a) ?? true) && (onlyInPassing.get(b) ?? true));
  });
}
