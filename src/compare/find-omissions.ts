import type { Fact, Omission } from '../model/index.js';
import { contentTerms } from '../util/terms.js';
import { paraphraseTerm } from './paraphrase-term.js';
import { echoesQuote } from './echoes-quote.js';
import { MAX_SIMILARITY_BONUS, sentenceSimilarity, type SentenceFeatures } from './sentence-features.js';

// An article with a sentence this alike to a fact's evidence states it in other words (or gives another
// figure for it, a conflict), though alignment matched that sentence to a near-duplicate fact. In the brief
// review's BASIL dev and NeuS val stories, false omissions ("The Senate voted 52-48 on Monday night to confirm"
// against "The 52-48 Senate vote on Barrett's nomination") scored 0.44 to 0.57, the closest sentence of an
// article that really leaves a fact out mostly under 0.4: the line sits at the edge of the false ones.
const STATES_IT_SIMILARITY = 0.44;

// A word is distinctive of a story's facts when few of its sentences use it: ln((n + 1) / (uses + 1)) at least
// this, about one sentence in seven or fewer ("America Rising", "Gore", "petition" against "Trump", "wall").
const DISTINCTIVE_WEIGHT = 2;
// A sentence sharing this many distinctive words with a fact's evidence, and this part of the evidence's word
// weight, tells the fact in its own way: Fox's "posted online by the conservative super PAC America Rising" for
// "released Tuesday by America Rising, a conservative political action committee" (review story 22b6e900). The
// review's paraphrases shared 0.24 to 0.27; passing mentions share one distinctive word, or two out of many (the
// NYT's "Attorney General Jeff Sessions" against Cornyn's quote naming "Deputy Attorney General Rod Rosenstein",
// 0.13; HuffPost's McCaskill wanting "a law enforcement official" against Lieberman's "law enforcement experience
// as the former attorney general of Connecticut", 0.22), and stay omissions.
const MIN_SHARED_DISTINCTIVE = 2;
const MIN_SHARED_WEIGHT = 0.23;

/**
 * For each article: the facts that at least two other articles of the story report and it does not, in its
 * aligned sentences, in any sentence close to the fact's evidence, in one telling its distinctive words or in one
 * quoting the same speaker's words from it.
 */
export function findOmissions(
  articleIds: readonly string[],
  facts: readonly Fact[],
  features: ReadonlyMap<string, readonly SentenceFeatures[]>,
): Omission[] {
  const bySentence = new Map<string, SentenceFeatures>();
  for (const [articleId, sentences] of features)
    for (const s of sentences) bySentence.set(`${articleId}:${s.sentence.id}`, s);
  // Each widely reported fact with its evidence sentences' features, found once for all articles.
  const reported = facts
    .filter((f) => f.articleIds.length >= 2)
    .map((fact) => ({
      fact,
      evidence: fact.evidence
        .map((e) => bySentence.get(`${e.articleId}:${e.sentenceId}`))
        .filter((e): e is SentenceFeatures => e !== undefined),
    }));
  const profileOf = evidenceProfiles(termWeights(features));
  return articleIds.map((articleId) => {
    const sentences = features.get(articleId) ?? [];
    const closeSentence = closeSentenceFinder(sentences);
    const statesIt = (evidence: SentenceFeatures): boolean =>
      closeSentence(evidence) ||
      sentences.some((s) => tellsInOwnWords(s, evidence, profileOf(evidence)) || echoesQuote(s, evidence));
    return {
      articleId,
      factIds: reported
        .filter(({ fact, evidence }) => !fact.articleIds.includes(articleId) && !evidence.some(statesIt))
        .map(({ fact }) => fact.id),
    };
  });
}

/**
 * Whether any of an article's sentences is at least STATES_IT_SIMILARITY alike to a given sentence. Only
 * sentences sharing enough words to reach it (word overlap plus the most the entity and number bonuses add)
 * are scored in full: most of an article shares a word or two with any one sentence of the story.
 */
function closeSentenceFinder(sentences: readonly SentenceFeatures[]): (other: SentenceFeatures) => boolean {
  const byTerm = new Map<string, number[]>();
  sentences.forEach((s, i) => s.terms.forEach((t) => byTerm.set(t, [...(byTerm.get(t) ?? []), i])));
  const minDice = STATES_IT_SIMILARITY - MAX_SIMILARITY_BONUS;
  return (other) => {
    const shared = new Map<number, number>();
    for (const t of other.terms) for (const i of byTerm.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, count] of shared) {
      const s = sentences[i]!;
      const dice = (2 * count) / (s.terms.size + other.terms.size);
      if (dice >= minDice && sentenceSimilarity(s, other) >= STATES_IT_SIMILARITY) return true;
    }
    return false;
  };
}

/** How distinctive each term is of the story: ln((sentences + 1) / (sentences using it + 1)). */
function termWeights(features: ReadonlyMap<string, readonly SentenceFeatures[]>): (term: string) => number {
  const uses = new Map<string, number>();
  let sentenceCount = 0;
  for (const sentences of features.values()) {
    for (const s of sentences) {
      sentenceCount++;
      for (const t of s.terms) uses.set(t, (uses.get(t) ?? 0) + 1);
    }
  }
  return (term) => Math.log((sentenceCount + 1) / ((uses.get(term) ?? 0) + 1));
}

/** An evidence sentence's terms with their weights, its total weight, and its distinctive terms. */
interface EvidenceProfile {
  readonly weighted: readonly (readonly [string, number])[];
  readonly totalWeight: number;
  readonly distinctive: readonly string[];
}

/** Each evidence sentence's profile, found once: it is checked against every sentence of every article. */
function evidenceProfiles(
  weightOf: (term: string) => number,
): (evidence: SentenceFeatures) => EvidenceProfile {
  const profiles = new Map<SentenceFeatures, EvidenceProfile>();
  return (evidence) => {
    let profile = profiles.get(evidence);
    if (!profile) {
      const weighted = [...evidence.terms].map((term) => [term, weightOf(term)] as const);
      profile = {
        weighted,
        totalWeight: weighted.reduce((sum, [, weight]) => sum + weight, 0),
        distinctive: weighted.filter(([, weight]) => weight >= DISTINCTIVE_WEIGHT).map(([term]) => term),
      };
      profiles.set(evidence, profile);
    }
    return profile;
  };
}

/**
 * Whether a sentence tells what an evidence sentence says in other words: outside quotes, it shares at least
 * MIN_SHARED_DISTINCTIVE of its distinctive words (neither denying them) and MIN_SHARED_WEIGHT of its word weight.
 */
function tellsInOwnWords(
  sentence: SentenceFeatures,
  evidence: SentenceFeatures,
  profile: EvidenceProfile,
): boolean {
  const ownTerms = unquotedTerms(sentence);
  // Most sentences share too few distinctive words to tell the fact: the rest need not be weighed.
  if (profile.distinctive.filter((term) => ownTerms.has(term)).length < MIN_SHARED_DISTINCTIVE) return false;
  // "He has no federal law enforcement experience" does not tell "law enforcement experience as attorney general".
  // Words a sentence only quotes are its speaker's, who may use them of something else ("anyone who might seek
  // to take advantage" against "to take necessary action … to seek to prevent them"): a close quote is for
  // sentenceSimilarity to find.
  const deniedByEvidence = deniedClauseTerms(evidence);
  const denied = new Set([...deniedClauseTerms(sentence)].filter((t) => !deniedByEvidence.has(t)));
  let distinctive = 0;
  let sharedWeight = 0;
  for (const [term, weight] of profile.weighted) {
    if (!ownTerms.has(term) || denied.has(term)) continue;
    sharedWeight += weight;
    if (weight >= DISTINCTIVE_WEIGHT) distinctive++;
  }
  return distinctive >= MIN_SHARED_DISTINCTIVE && sharedWeight >= MIN_SHARED_WEIGHT * profile.totalWeight;
}

// A negation and the rest of its clause: sentence features deny only the first word after "no", but a paraphrase
// shares the later ones too ("no federal law enforcement experience").
const NEGATED_CLAUSE = /\b(?:not|no|never|without)\b|n[’']t\b/giu;

const CLAUSE_END = /[,;:!?()"“”—–]|\.(?:\s|$)|\b(?:but|and|or|while|because|which|who)\b/i;
// Each sentence is checked against many facts' evidence: its denied terms are found once.
const deniedTermsCache = new WeakMap<SentenceFeatures, ReadonlySet<string>>();

/** The terms of the clauses a negation word begins ("no federal law enforcement experience" -> all four). */
function deniedClauseTerms(features: SentenceFeatures): ReadonlySet<string> {
  const cached = deniedTermsCache.get(features);
  if (cached) return cached;
  const text = features.sentence.text;
  const terms = new Set<string>();
  for (const match of text.matchAll(NEGATED_CLAUSE)) {
    const clause = text.slice(match.index + match[0].length).split(CLAUSE_END)[0]!;
    for (const term of contentTerms(clause)) terms.add(paraphraseTerm(term));
  }
  deniedTermsCache.set(features, terms);
  return terms;
}

// A quotation, to its closing mark or the end of the sentence when it runs on into the next one.
const QUOTATION = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/gu;
const unquotedTermsCache = new WeakMap<SentenceFeatures, ReadonlySet<string>>();

/** The terms of a sentence outside its quotation marks: what the outlet says in its own words. */
function unquotedTerms(features: SentenceFeatures): ReadonlySet<string> {
  const cached = unquotedTermsCache.get(features);
  if (cached) return cached;
  const own = features.sentence.text.replace(QUOTATION, ' ');
  const terms = new Set(contentTerms(own).map(paraphraseTerm));
  unquotedTermsCache.set(features, terms);
  return terms;
}
