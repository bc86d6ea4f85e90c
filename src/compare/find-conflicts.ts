import type { AnalyzedArticle, ComparedConflict, Conflict, Evidence, Quantity } from '../model/index.js';
import { shortHash } from '../util/hash.js';
import { MONTHS } from '../util/months.js';
import { findMeasureConflicts } from './find-measure-conflicts.js';
import { countLabel, countsCompatible, explainCounts } from './explain-counts.js';
import { sentenceSimilarity, type SentenceFeatures } from './sentence-features.js';
import { subjectPhrase } from './subject-phrase.js';
import { currencySymbol } from '../util/currencies.js';
import { backgroundSentenceIds } from '../util/background-sentences.js';
import { moneyMayBeOne, moneyRole, type MoneyRole } from './money-role.js';
import { withScaleAfterQuote } from './with-scale-after-quote.js';

const MONTH_DAY = new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'i');

interface Located<T> {
  readonly articleId: string;
  readonly item: T;
  readonly features: SentenceFeatures;
  /** For a sum of money, what it is in its sentence. */
  readonly role?: MoneyRole;
}

// Nouns whose plural is the word itself or is already plural ("people", "feet").
const UNCHANGED_PLURALS = new Set(
  'people personnel police staff feet children men women aircraft data media series species cattle sheep fish deer'.split(
    ' ',
  ),
);

/** The plural of a unit for a subject ("casualty" -> "casualties"; "death per day" -> "deaths per day"). */
function plural(unit: string): string {
  const per = unit.indexOf(' per ');
  if (per >= 0) return `${plural(unit.slice(0, per))}${unit.slice(per)}`;
  if (UNCHANGED_PLURALS.has(unit)) return unit;
  return /[^aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : /s$/.test(unit) ? unit : `${unit}s`;
}

// Reports of one figure rarely differ by more than this factor (police and organisers may say 3,000 and
// 10,000); counts further apart are of different things ("651,690 deaths" in all, "279 deaths" on Sunday).
// The bound is on a group's largest against its least, so no chain of figures links far-apart ones.
const SAME_FIGURE_RATIO = 4;

/** Splits counts of one unit, in order of size, into groups whose largest is at most 4 times their least. */
function magnitudeGroups<T extends { readonly item: Quantity }>(located: readonly T[]): T[][] {
  const sorted = [...located].sort((a, b) => a.item.value - b.item.value);
  const groups: T[][] = [];
  let least = 0;
  for (const l of sorted) {
    const last = groups.at(-1);
    if (last && l.item.value <= least * SAME_FIGURE_RATIO) last.push(l);
    else {
      groups.push([l]);
      least = l.item.value;
    }
  }
  return groups;
}

/**
 * Whether two articles' counts disagree: they cannot both be true, and neither article also gives a count
 * that fits the other's ("$579 billion in new spending" and "$974 billion over five years" in one article are
 * two figures, so another article giving only the first does not dispute the second).
 */
function disagree<T extends { readonly articleId: string; readonly item: Quantity }>(
  a: T,
  b: T,
  located: readonly T[],
): boolean {
  if (a.articleId === b.articleId || countsCompatible(a.item, b.item)) return false;
  const alsoGives = (articleId: string, other: Quantity): boolean =>
    located.some((l) => l.articleId === articleId && countsCompatible(l.item, other));
  return !alsoGives(a.articleId, b.item) && !alsoGives(b.articleId, a.item);
}

function evidenceOf(located: readonly Located<unknown>[]): Evidence[] {
  const seen = new Set<string>();
  return located
    .filter(
      (l) =>
        !seen.has(`${l.articleId}:${l.features.sentence.id}`) &&
        seen.add(`${l.articleId}:${l.features.sentence.id}`),
    )
    .map((l) => ({
      articleId: l.articleId,
      sentenceId: l.features.sentence.id,
      text: l.features.sentence.text,
    }));
}

/**
 * Whether a number is a count of its unit at all: "a 90-minute debate" measures the debate, not how many
 * there were, and "two more debates" counts what is left, not the total.
 */
function isTotalCount(q: Quantity): boolean {
  return (
    !/^[^\s]*\d[\d,.]*-\p{L}/u.test(q.text) && !/^\S+\s+(?:more|additional|other|further)\b/i.test(q.text)
  );
}

// A number a rule sets ("the 60 votes needed to advance", "needs 218 votes", "short of the 60 votes to clear a
// filibuster") is not a count anyone reported: it cannot contradict a tally of 47 votes. A tally with a purpose
// ("mustered 290 votes to override the veto") and "30 people required treatment" stay counts.
const REQUIRED_BEFORE =
  /\b(?:needs?|needed|needing|requires?|required|requiring|threshold of|minimum of)\s+(?:the\s+|a\s+|at least\s+)?$/i;
// "Needed", "required" or "necessary" after the number, unless a noun follows ("30 people required hospital
// treatment").
const REQUIRED_AFTER =
  /^\s*(?:(?:are|is|were|was|would be|will be)\s+)?(?:needed|required|necessary)\b(?!\s+(?!(?:to|for|under|by|in|on|at|from|with|before|after|during|this|last|next|as|if|and|or|but|because|since|until)\b)\p{Ll})/iu;
const PURPOSE_AFTER_THE =
  /^\s*(?:to|for)\s+(?:clear|overcome|break|advance|move forward|proceed|invoke|end|pass|passage)\b/i;
// "Had the 60 votes to end debate": a tally that met the rule, not the rule.
const GOT_THE = /\b(?:got|gets|had|has|have|won|wins|mustered|secured|received|garnered|drew)\s+the\s+$/i;

/** Whether a number is a requirement rather than a reported count, read from the words around it. */
function isRequirement(q: Quantity, text: string): boolean {
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  const after = text.slice(q.end, q.end + 40);
  return (
    REQUIRED_BEFORE.test(before) ||
    REQUIRED_AFTER.test(after) ||
    (/\bthe\s+$/i.test(before) && !GOT_THE.test(before) && PURPOSE_AFTER_THE.test(after))
  );
}

/** The fullest wording of the shared subject among the sentences that date it ("airstrikes in eastern Syria"). */
function datedSubject(sentences: readonly string[], shared: ReadonlySet<string>): string {
  const phrases = sentences.map((s) => subjectPhrase(s, shared)).filter((p): p is string => p !== undefined);
  return phrases.sort((a, b) => b.split(' ').length - a.split(' ').length)[0] ?? 'the event';
}

/**
 * A span of time counted back or ahead ("in the past twenty years", "over the next five days"): a window the
 * sentence looks through, not a count of anything reported.
 */
const isTimeWindow = (q: Quantity, text: string): boolean =>
  /^(?:second|minute|hour|day|week|month|year|decade)$/.test(q.unit) &&
  /\b(?:past|last|previous|next|coming|preceding|following)\s+$/i.test(
    text.slice(Math.max(0, q.start - 12), q.start),
  );

/** Whether a negation denies a figure right before it ("No, not $2.5 billion"): it is not a reported sum. */
const isDenied = (q: Quantity, text: string): boolean =>
  /\b(?:not|never|no)\s+(?:even\s+)?$/i.test(text.slice(Math.max(0, q.start - 12), q.start));

function quantityConflicts(
  articles: readonly AnalyzedArticle[],
  features: ReadonlyMap<string, SentenceFeatures[]>,
  storyYear: number | undefined,
): Conflict[] {
  const byUnit = new Map<string, Located<Quantity>[]>();
  for (const analyzed of articles) {
    const sentences = features.get(analyzed.article.id)!;
    // Sentences about the past hold background, not the story's figures.
    const background = backgroundSentenceIds(analyzed, storyYear);
    const text = analyzed.article.text;
    for (const found of analyzed.quantities) {
      const quantity = withScaleAfterQuote(found, text);
      if (
        !isTotalCount(quantity) ||
        isRequirement(quantity, text) ||
        isDenied(quantity, text) ||
        isTimeWindow(quantity, text) ||
        background.has(quantity.sentenceId)
      )
        continue;
      const f = sentences.find((s) => s.sentence.id === quantity.sentenceId)!;
      const role = currencySymbol(quantity.unit) ? moneyRole(quantity, text, f.sentence) : undefined;
      byUnit.set(quantity.unit, [
        ...(byUnit.get(quantity.unit) ?? []),
        { articleId: analyzed.article.id, item: quantity, features: f, ...(role && { role }) },
      ]);
    }
  }
  const publishedOf = new Map(
    articles.flatMap((a) => (a.article.publishedAt ? [[a.article.id, a.article.publishedAt] as const] : [])),
  );
  const conflicts: ComparedConflict[] = [];
  const similar = (a: Located<Quantity>, b: Located<Quantity>): boolean =>
    a.articleId !== b.articleId && sameThing(a, b);
  for (const [unit, all] of byUnit) {
    // Keep the counts whose sentences are about the same thing as at least one other article's count, before
    // grouping by size: an unrelated figure in between must not link a daily toll to a total.
    const aboutTheSame = all.filter((l) => all.some((o) => similar(l, o)));
    for (const sized of magnitudeGroups(aboutTheSame)) {
      for (const related of linkedBy(sized, similar)) {
        if (new Set(related.map((l) => l.articleId)).size < 2) continue;
        // Two figures dispute each other only when their own sentences are about the same thing: a chain
        // of like sentences must not set "two states sued" against "four states have legalized".
        if (!related.some((a) => related.some((b) => similar(a, b) && disagree(a, b, related)))) continue;
        conflicts.push(quantityConflict(unit, related, publishedOf));
      }
    }
  }
  return conflicts;
}

// How alike two sentences must be for their figures to be of the same thing (word overlap, shared names and
// numbers; sentenceSimilarity). On the sample story the disputed attack counts share 0.29 to 0.57; figures of
// different things that share a story's words ("two states filed a lawsuit", "four states have legalized")
// score 0.13 to 0.22.
const SAME_SUBJECT_SIMILARITY = 0.25;

/**
 * Whether two articles' figures are of the same thing: their sentences alike, and for sums of money not said
 * to be different things (see moneyMayBeOne). Sums both asked for (or both offered) in sentences naming
 * someone in common are one sum however differently worded ("we're asking for $5.6 billion, Mr. Trump said";
 * "Trump is now insisting that Congress appropriate $5.7 billion").
 */
function sameThing(a: Located<Quantity>, b: Located<Quantity>): boolean {
  if (a.role && b.role) {
    if (!moneyMayBeOne(a.role, b.role)) return false;
    if (a.role.stance && a.role.stance === b.role.stance && nameSomeoneInCommon(a.features, b.features))
      return true;
  }
  return sentenceSimilarity(a.features, b.features) >= SAME_SUBJECT_SIMILARITY;
}

/** Whether two sentences name or quote someone in common (a person, party or body). */
function nameSomeoneInCommon(a: SentenceFeatures, b: SentenceFeatures): boolean {
  const named = (f: SentenceFeatures): Set<string> => new Set([...f.speakers, ...f.entities]);
  const inB = named(b);
  return [...named(a)].some((n) => inB.has(n));
}

/** Splits items into groups linked by a relation, directly or through others (connected components). */
function linkedBy<T>(items: readonly T[], linked: (a: T, b: T) => boolean): T[][] {
  const groups: T[][] = [];
  const seen = new Set<T>();
  for (const item of items) {
    if (seen.has(item)) continue;
    const group = [item];
    seen.add(item);
    for (let i = 0; i < group.length; i++)
      for (const other of items)
        if (!seen.has(other) && linked(group[i]!, other)) {
          seen.add(other);
          group.push(other);
        }
    groups.push(group);
  }
  return groups;
}

/** One conflict of counts of a unit: each value with its articles and evidence, and what may explain them. */
function quantityConflict(
  unit: string,
  related: readonly Located<Quantity>[],
  publishedOf: ReadonlyMap<string, string>,
): ComparedConflict {
  const values = new Map<string, Located<Quantity>[]>();
  for (const l of related) {
    const key = countLabel(l.item);
    values.set(key, [...(values.get(key) ?? []), l]);
  }
  const { notes, compatible } = explainCounts(
    related.map((l) => ({
      articleId: l.articleId,
      quantity: l.item,
      publishedAt: publishedOf.get(l.articleId),
    })),
  );
  return {
    id: `c-${shortHash(`q:${unit}:${[...values.keys()].join('|')}`, 10)}`,
    kind: 'quantity',
    subject: `${currencySymbol(unit) ? 'amount in' : 'number of'} ${plural(unit)}`,
    values: [...values].map(([value, ls]) => ({
      value,
      normalized: ls[0]!.item.value,
      articleIds: [...new Set(ls.map((l) => l.articleId))],
      evidence: evidenceOf(ls),
    })),
    ...(notes.length > 0 && { explanation: notes.join('; ') }),
    compatible,
  };
}

// The event noun a date is attached to: "that March 2 event", "the US Senate debate on March 1, 2010".
const EVENT_NOUNS =
  'event|debate|speech|meeting|rally|vote|hearing|election|primary|attack|strike|raid|visit|summit|ceremony|interview|announcement|conference|briefing|session|trial|ruling|deadline|protest|march';
const NOUN_AFTER_DATE = new RegExp(`^(?:,?\\s+\\d{4})?\\s+(${EVENT_NOUNS})s?\\b`, 'iu');
const NOUN_BEFORE_DATE = new RegExp(
  `\\b(?:the|a|an|that|this|its|their|his|her)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?(${EVENT_NOUNS})s?\\s+(?:on|of)\\s+$`,
  'iu',
);

/** The event noun a date mention is attached to, when the words around it name one. */
function eventNoun(text: string, start: number, end: number): string | undefined {
  const noun =
    NOUN_AFTER_DATE.exec(text.slice(end, end + 30))?.[1] ??
    NOUN_BEFORE_DATE.exec(text.slice(Math.max(0, start - 80), start))?.[1];
  return noun?.toLowerCase();
}

function dateConflicts(
  articles: readonly AnalyzedArticle[],
  features: ReadonlyMap<string, SentenceFeatures[]>,
): Conflict[] {
  const located: Located<{ month: number; day: number; text: string; noun?: string }>[] = [];
  for (const analyzed of articles) {
    const sentences = features.get(analyzed.article.id)!;
    for (const date of analyzed.dates) {
      const match = MONTH_DAY.exec(date.text);
      const preceding = analyzed.article.text.slice(Math.max(0, date.start - 8), date.start);
      if (!match || /\b(?:since|from|until|till)\s+$/i.test(preceding)) continue;
      const f = sentences.find((s) => s.sentence.id === date.sentenceId)!;
      located.push({
        articleId: analyzed.article.id,
        item: {
          month: MONTHS.indexOf(match[1]!.toLowerCase()) + 1,
          day: Number(match[2]),
          text: match[0],
          noun: eventNoun(analyzed.article.text, date.start, date.end),
        },
        features: f,
      });
    }
  }
  const conflicts: Conflict[] = [];
  const used = new Set<Located<unknown>>();
  for (const date of located) {
    if (used.has(date)) continue;
    // The same event dated a few days apart by different outlets; further apart is more likely another event.
    // Dates of events named differently are of different events ("that March 2 event", a speech in 2008, and "the
    // Senate debate on March 1, 2010").
    const near = (o: (typeof located)[number]): boolean =>
      o.item.month === date.item.month &&
      Math.abs(o.item.day - date.item.day) <= 3 &&
      !(o.item.noun && date.item.noun && o.item.noun !== date.item.noun);
    const same = located.filter(
      (o) =>
        o === date ||
        (o.articleId !== date.articleId && near(o) && sentenceSimilarity(date.features, o.features) >= 0.25),
    );
    const distinct = new Set(same.map((o) => `${o.item.month}-${o.item.day}`));
    if (distinct.size < 2 || new Set(same.map((o) => o.articleId)).size < 2) continue;
    same.forEach((o) => used.add(o));
    const values = new Map<string, Located<{ month: number; day: number; text: string }>[]>();
    for (const o of same) {
      const key = `${MONTHS[o.item.month - 1]![0]!.toUpperCase()}${MONTHS[o.item.month - 1]!.slice(1)} ${o.item.day}`;
      values.set(key, [...(values.get(key) ?? []), o]);
    }
    const shared = [...date.features.terms].filter(
      (t) => same.every((o) => o.features.terms.has(t)) && !MONTHS.includes(t),
    );
    conflicts.push({
      id: `c-${shortHash(`d:${[...values.keys()].join('|')}:${shared.join(' ')}`, 10)}`,
      kind: 'date',
      subject: `date of ${datedSubject(
        same.map((o) => o.features.sentence.text),
        new Set(shared),
      )}`,
      values: [...values].map(([value, ls]) => ({
        value,
        normalized: `--${String(ls[0]!.item.month).padStart(2, '0')}-${String(ls[0]!.item.day).padStart(2, '0')}`,
        articleIds: [...new Set(ls.map((l) => l.articleId))],
        evidence: evidenceOf(ls),
      })),
    });
  }
  return conflicts;
}

/**
 * Finds what outlets disagree on: counts of the same thing that cannot all be true (with an explanation
 * where the text shows one, such as different start dates or a compatible lower bound), and different
 * dates given for the same event.
 */
export function findConflicts(
  articles: readonly AnalyzedArticle[],
  features: ReadonlyMap<string, SentenceFeatures[]>,
  storyYear?: number,
): Conflict[] {
  return [
    ...quantityConflicts(articles, features, storyYear),
    ...findMeasureConflicts(articles, features),
    ...dateConflicts(articles, features),
  ];
}
