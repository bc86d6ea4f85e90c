import type { AnalyzedArticle, Sentence } from '../model/index.js';
import { contentTerms } from '../util/terms.js';
import { isRoundedValue } from './is-rounded-value.js';
import { mainClause, mainClauseTense, type ClauseTense } from './main-clause-tense.js';
import { negationScopes } from './negation-scope.js';
import { paraphraseTerm } from './paraphrase-term.js';
import { familyName } from '../util/family-name.js';

// "did not mention", "has never met", "won't attend": a negated verb of the main clause, so the sentence states
// that something did not happen.
const DENIED_VERB =
  /\b(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should)(?:\s+not|\s+never|n['’]t)\b/iu;

// "13 percent", "12%", "2.5 percentage points": quantity finding drops percentages (they count nothing), but
// two sentences giving different percentages of the same thing disagree as counts do.
const PERCENT = /(\d[\d,]*(?:\.\d+)?)\s*(?:(%|percent\b|per cent\b)|(percentage points?\b))/gi;

/** What comparison needs to know of one sentence. */
export interface SentenceFeatures {
  readonly articleId: string;
  readonly sentence: Sentence;
  readonly terms: ReadonlySet<string>;
  readonly entities: ReadonlySet<string>;
  /** The content terms that are words of entity names ("iraq", "blinken"). */
  readonly nameTerms: ReadonlySet<string>;
  readonly numbers: ReadonlySet<number>;
  /** What each number counts: unit -> values ("attack" -> {38}). */
  readonly units: ReadonlyMap<string, ReadonlySet<number>>;
  /** Terms a negation denies ("no national emergency" -> "national"). */
  readonly negatedTerms: ReadonlySet<string>;
  /** Terms the main clause denies ("Trump did not mention them" -> "mention"): what the sentence says did not happen. */
  readonly deniedClaim: ReadonlySet<string>;
  /** Numbers a negation denies ("none of the $5.7 billion" -> 5700000000). */
  readonly negatedNumbers: ReadonlySet<number>;
  /** Who is quoted in the sentence: entity ids and surnames of the speakers of quotes overlapping it. */
  readonly speakers: ReadonlySet<string>;
  /** Resolved full dates the sentence gives ("2023-10-26"). */
  readonly dates: ReadonlySet<string>;
  /** Whether the main clause says what is to come or what happened (see `mainClauseTense`). */
  readonly tense: ClauseTense;
  /** Whether most of the sentence is other people's words (a quote or an attributed statement). */
  readonly quoted: boolean;
  /** Position of the sentence in its article, 0 = first. */
  readonly position: number;
}

/** The family name, lower-cased ("Lloyd J. Austin III" -> "austin"). */
const surname = (name: string): string => familyName(name).toLowerCase();

/** Features of every sentence of an article: content terms, entity names (merged ids when given), numbers. */
export function sentenceFeatures(
  analyzed: AnalyzedArticle,
  entityIdOf: (name: string) => string = (n) => n,
): SentenceFeatures[] {
  const people = new Set(analyzed.mentions.filter((m) => m.type === 'person').map((m) => m.canonical));
  return analyzed.sentences.map((sentence, position) => {
    const inside = <T extends { start: number; end: number }>(span: T): boolean =>
      span.start >= sentence.start && span.end <= sentence.end;
    const mentions = analyzed.mentions.filter(inside);
    const quantities = analyzed.quantities.filter((q) => q.sentenceId === sentence.id);
    const units = new Map<string, Set<number>>();
    for (const q of quantities) units.set(q.unit, new Set([...(units.get(q.unit) ?? []), q.value]));
    for (const m of sentence.text.matchAll(PERCENT)) {
      const unit = m[3] ? 'percentage point' : 'percent';
      units.set(unit, new Set([...(units.get(unit) ?? []), Number(m[1]!.replace(/,/g, ''))]));
    }
    const scopes = negationScopes(sentence.text);
    const inScope = (at: number): boolean => scopes.some((s) => at >= s.start && at < s.end);
    const negatedTerms = new Set(
      scopes.flatMap((s) => contentTerms(sentence.text.slice(s.start, s.end)).map(paraphraseTerm)),
    );
    const main = mainClause(sentence.text);
    const deniedVerb = DENIED_VERB.exec(main);
    const deniedClaim = new Set(
      deniedVerb
        ? negationScopes(main)
            .filter((s) => s.start === deniedVerb.index + deniedVerb[0].length)
            .flatMap((s) => contentTerms(main.slice(s.start, s.end)).map(paraphraseTerm))
        : [],
    );
    const negatedNumbers = new Set(
      quantities.filter((q) => inScope(q.start - sentence.start)).map((q) => q.value),
    );
    // Only speakers named as people: a role ("the A.G.") may be the same person another outlet names.
    const speakers = new Set(
      analyzed.quotes
        .filter((q) => q.speaker && people.has(q.speaker) && q.start < sentence.end && q.end > sentence.start)
        .flatMap((q) => [entityIdOf(q.speaker!), surname(q.speaker!)]),
    );
    let quotedChars = 0;
    for (const span of analyzed.attributed) {
      quotedChars += Math.max(0, Math.min(span.end, sentence.end) - Math.max(span.start, sentence.start));
    }
    return {
      articleId: analyzed.article.id,
      sentence,
      terms: new Set(contentTerms(sentence.text).map(paraphraseTerm)),
      entities: new Set(mentions.map((m) => entityIdOf(m.canonical))),
      nameTerms: new Set(mentions.flatMap((m) => contentTerms(m.text))),
      numbers: new Set(quantities.map((q) => q.value)),
      units,
      negatedTerms,
      deniedClaim,
      negatedNumbers,
      speakers,
      dates: new Set(
        analyzed.dates
          .filter((d) => d.sentenceId === sentence.id && d.date?.length === 10)
          .map((d) => d.date!),
      ),
      tense: mainClauseTense(sentence.text),
      quoted: quotedChars >= 0.5 * (sentence.end - sentence.start),
      position,
    };
  });
}

const ENTITY_BONUS = 0.05;
const MAX_ENTITY_BONUSES = 3;
const NUMBER_BONUS = 0.1;
/** The most shared entities and numbers add to `sentenceSimilarity` beyond its word overlap. */
export const MAX_SIMILARITY_BONUS = ENTITY_BONUS * MAX_ENTITY_BONUSES + NUMBER_BONUS;

/** How strongly two sentences say the same thing: shared content words, plus shared entities and numbers. */
export function sentenceSimilarity(a: SentenceFeatures, b: SentenceFeatures): number {
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term)) shared++;
  const dice = a.terms.size + b.terms.size === 0 ? 0 : (2 * shared) / (a.terms.size + b.terms.size);
  let sharedEntities = 0;
  for (const entity of a.entities) if (b.entities.has(entity)) sharedEntities++;
  let sharedNumbers = 0;
  for (const n of a.numbers) if (b.numbers.has(n)) sharedNumbers++;
  return (
    dice +
    ENTITY_BONUS * Math.min(sharedEntities, MAX_ENTITY_BONUSES) +
    (sharedNumbers > 0 ? NUMBER_BONUS : 0)
  );
}

/** Whether one sentence denies a word or number both share and the other asserts it ("none of the $5.7 billion"). */
function oneDenies(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (a.negatedTerms.size + b.negatedTerms.size + a.negatedNumbers.size + b.negatedNumbers.size === 0)
    return false;
  for (const term of a.terms) {
    if (b.terms.has(term) && a.negatedTerms.has(term) !== b.negatedTerms.has(term)) return true;
  }
  for (const n of a.numbers) {
    if (b.numbers.has(n) && a.negatedNumbers.has(n) !== b.negatedNumbers.has(n)) return true;
  }
  return false;
}

/** Whether two sentences word the same statement but for a couple of words ("met" / "did not meet"). */
function nearCopies(a: SentenceFeatures, b: SentenceFeatures): boolean {
  let differing = 0;
  for (const term of a.terms) if (!b.terms.has(term)) differing++;
  for (const term of b.terms) if (!a.terms.has(term)) differing++;
  return differing <= 3 && Math.min(a.terms.size, b.terms.size) >= 4;
}

/**
 * Whether two sentences disagree on what they would share: a count or percentage of the same thing with no
 * value in common, different full dates, quotes of different speakers, a statement and its negation, a
 * denial and a statement of something else, or a forecast and an outcome ("is set to vote" / "voted"). Such
 * sentences are a conflict or two claims, not an agreed fact.
 */
export function disagree(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (a.speakers.size > 0 && b.speakers.size > 0 && ![...a.speakers].some((s) => b.speakers.has(s)))
    return true;
  // Near copies but for a negation stay one fact: that is a contradicting claim, reported from the fact.
  if (oneDenies(a, b) && !nearCopies(a, b)) return true;
  // "$1.4 trillion" and "$1.37 trillion" are one figure, rounded.
  const sameFigure = (v: number, w: number): boolean =>
    v === w || isRoundedValue(v, w) || isRoundedValue(w, v);
  for (const [unit, values] of a.units) {
    const other = b.units.get(unit);
    if (other && ![...values].some((v) => [...other].some((w) => sameFigure(v, w)))) return true;
  }
  if (a.dates.size > 0 && b.dates.size > 0 && ![...a.dates].some((d) => b.dates.has(d))) return true;
  // "Trump did not mention them during remarks before his meeting with leaders" says what did not happen; a
  // sentence that does not speak of it ("Trump met with leaders") states another thing.
  const speaksOf = (denied: ReadonlySet<string>, other: SentenceFeatures): boolean =>
    denied.size === 0 || [...denied].some((t) => other.terms.has(t));
  if (!speaksOf(a.deniedClaim, b) || !speaksOf(b.deniedClaim, a)) return true;
  // "Congress is set to vote to override the veto" forecasts what "the Senate voted to override" reports.
  if (a.tense && b.tense && a.tense !== b.tense) return true;
  return false;
}
