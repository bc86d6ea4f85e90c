import type { ComparedFact } from '../model/index.js';
import { shortHash } from '../util/hash.js';
import { disagree, type SentenceFeatures } from './sentence-features.js';
import { wordCount } from '../util/word-count.js';
import { contentTerms } from '../util/terms.js';

// Words of time ("for months" / "earlier this month", "on Wednesday") say when, not what: like names, two
// sentences sharing them may still state different things.
const TIME_TERMS = new Set(
  contentTerms(
    'day days week weeks month months year years hour hours today yesterday tonight morning afternoon evening ' +
      'night earlier later last next ago monday tuesday wednesday thursday friday saturday sunday weekend',
  ),
);

/** Options for fact alignment. */
export interface AlignOptions {
  /** Similarity two sentences need to count as stating the same fact. */
  readonly threshold?: number;
}

function isStatement(features: SentenceFeatures): boolean {
  return wordCount(features.sentence.text) >= 6 && !/\?["”]?$/.test(features.sentence.text);
}

interface Node {
  readonly features: SentenceFeatures;
  readonly article: number;
  readonly terms: readonly number[];
  readonly weights: readonly number[];
  /** Per term: 1 when it is a word of the statement (not of a name or a time), else 0. */
  readonly wording: readonly number[];
  readonly mass: number;
}

/**
 * Indexes the story's statements: terms are interned and weighted by how few of the story's articles use
 * them (log(1 + articles / articles using it)), so words every outlet uses for the story ("attacks",
 * "Iraq") count for less than the words that make a statement specific.
 */
function indexStatements(perArticle: readonly (readonly SentenceFeatures[])[]): Node[][] {
  const ids = new Map<string, number>();
  const articlesUsing: number[] = [];
  const statements = perArticle.map((sentences) => sentences.filter(isStatement));
  statements.forEach((sentences) => {
    const seen = new Set<number>();
    for (const s of sentences) {
      for (const term of s.terms) {
        let id = ids.get(term);
        if (id === undefined) ids.set(term, (id = ids.size));
        if (!seen.has(id)) articlesUsing[id] = (articlesUsing[id] ?? 0) + 1;
        seen.add(id);
      }
    }
  });
  const weightOf = (id: number): number => Math.log(1 + perArticle.length / articlesUsing[id]!);
  return statements.map((sentences, article) =>
    sentences.map((features) => {
      const terms = [...features.terms].map((t) => ids.get(t)!);
      const weights = terms.map(weightOf);
      const wording = [...features.terms].map((t) =>
        features.nameTerms.has(t) || TIME_TERMS.has(t) ? 0 : 1,
      );
      return { features, article, terms, weights, wording, mass: weights.reduce((a, b) => a + b, 0) };
    }),
  );
}

function sharesFigure(a: SentenceFeatures, b: SentenceFeatures): boolean {
  for (const [unit, values] of a.units) {
    const other = b.units.get(unit);
    if (other && [...values].some((v) => other.has(v))) return true;
  }
  return false;
}

function bonus(a: SentenceFeatures, b: SentenceFeatures): number {
  let entities = 0;
  for (const e of a.entities) if (b.entities.has(e)) entities++;
  let numbers = 0;
  for (const n of a.numbers) if (b.numbers.has(n)) numbers++;
  return 0.04 * Math.min(entities, 3) + (sharesFigure(a, b) ? 0.15 : numbers > 0 ? 0.08 : 0);
}

/**
 * Groups sentences of different articles that state the same thing into facts. Two sentences match on
 * their weighted shared words (a paraphrase shares the specific words, not all words) plus shared
 * entities and numbers, and never when they disagree (different counts or percentages of the same thing,
 * different dates, quotes of different speakers, a statement and its negation, a forecast and an outcome:
 * see `disagree`).
 * Sentences are linked to their best match in each other article when the match is mutual; links join
 * strongest first, only when no article would then state the fact twice, no pair across the two groups
 * disagrees, and the groups are similar as a whole, so a chain of loose matches cannot pull unrelated
 * sentences together.
 * Sentences no other article matches stay as facts of one article.
 */
export function alignFacts(
  perArticle: readonly (readonly SentenceFeatures[])[],
  { threshold = 0.36 }: AlignOptions = {},
): ComparedFact[] {
  const byArticle = indexStatements(perArticle);
  const nodes = byArticle.flat();
  const indexOf = new Map(nodes.map((n, i) => [n, i]));
  const similar = new Map<number, number>();
  // Pairs that disagree (different figures, speakers, or one denies the other): never in one fact, even
  // through a chain of links each of which is sound.
  const conflicting = new Set<number>();
  const key = (i: number, j: number): number => (i < j ? i * nodes.length + j : j * nodes.length + i);
  const links: { a: number; b: number; score: number }[] = [];
  // Inverted index of each article: term -> its sentences.
  const postingsOf = byArticle.map((sentences) => {
    const postings = new Map<number, number[]>();
    sentences.forEach((node, j) =>
      node.terms.forEach((t) => {
        const list = postings.get(t);
        if (list) list.push(j);
        else postings.set(t, [j]);
      }),
    );
    return postings;
  });
  for (let a = 0; a < byArticle.length; a++) {
    for (let b = a + 1; b < byArticle.length; b++) {
      const left = byArticle[a]!;
      const right = byArticle[b]!;
      const postings = postingsOf[b]!;
      const bestLeft = left.map(() => ({ j: -1, score: 0 }));
      const bestRight = right.map(() => ({ i: -1, score: 0 }));
      const shared = new Float64Array(right.length);
      const count = new Int32Array(right.length);
      const touched: number[] = [];
      left.forEach((node, i) => {
        for (const j of touched) {
          shared[j] = 0;
          count[j] = 0;
        }
        touched.length = 0;
        node.terms.forEach((t, k) => {
          for (const j of postings.get(t) ?? []) {
            if (shared[j] === 0 && count[j] === 0) touched.push(j);
            shared[j]! += node.weights[k]!;
            count[j]! += node.wording[k]!;
          }
        });
        for (const j of touched) {
          if (count[j]! < 1) continue;
          const other = right[j]!;
          // Shared names and times say who, where and when, not what. A paraphrase keeps three words of the statement
          // itself; two do with a shared number; one does with the same count of the same thing.
          const need = sharesFigure(node.features, other.features)
            ? 1
            : [...node.features.numbers].some((n) => other.features.numbers.has(n))
              ? 2
              : 3;
          if (count[j]! < need) continue;
          if (disagree(node.features, other.features)) {
            conflicting.add(key(indexOf.get(node)!, indexOf.get(other)!));
            continue;
          }
          const score = (2 * shared[j]!) / (node.mass + other.mass) + bonus(node.features, other.features);
          if (score >= threshold * 0.6) similar.set(key(indexOf.get(node)!, indexOf.get(other)!), score);
          if (score > bestLeft[i]!.score) bestLeft[i] = { j, score };
          if (score > bestRight[j]!.score) bestRight[j] = { i, score };
        }
      });
      bestLeft.forEach(({ j, score }, i) => {
        if (j < 0 || score < threshold || bestRight[j]!.i !== i) return;
        links.push({ a: indexOf.get(left[i]!)!, b: indexOf.get(right[j]!)!, score });
      });
    }
  }
  const sim = (i: number, j: number): number => similar.get(key(i, j)) ?? 0;
  const parent = nodes.map((_, i) => i);
  const members = nodes.map((_, i) => [i]);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const link of links.sort((x, y) => y.score - x.score)) {
    const [ra, rb] = [find(link.a), find(link.b)];
    if (ra === rb) continue;
    const [ma, mb] = [members[ra]!, members[rb]!];
    if (ma.some((i) => mb.some((j) => nodes[i]!.article === nodes[j]!.article || conflicting.has(key(i, j)))))
      continue;
    let total = 0;
    for (const i of ma) for (const j of mb) total += sim(i, j);
    if (total / (ma.length * mb.length) < threshold * 0.75) continue;
    parent[rb] = ra;
    members[ra] = [...ma, ...mb];
  }
  const facts = nodes
    .map((_, i) => i)
    .filter((i) => find(i) === i)
    .map((root) => {
      const group = members[root]!;
      // The fact is worded as its most central sentence, preferring the outlets' own words over quotes.
      const centrality = (i: number): number => group.reduce((sum, j) => sum + (i === j ? 0 : sim(i, j)), 0);
      const central = [...group].sort(
        (x, y) =>
          Number(nodes[x]!.features.quoted) - Number(nodes[y]!.features.quoted) ||
          centrality(y) - centrality(x) ||
          nodes[x]!.features.sentence.text.length - nodes[y]!.features.sentence.text.length,
      )[0]!;
      const sentences = group.map((i) => nodes[i]!.features);
      const articleIds = [...new Set(sentences.map((m) => m.articleId))];
      const quoted = sentences.filter((s) => s.quoted).length;
      const fact: ComparedFact = {
        id: `f-${shortHash(
          sentences
            .map((m) => `${m.articleId}:${m.sentence.id}`)
            .sort()
            .join('|'),
          10,
        )}`,
        text: nodes[central]!.features.sentence.text,
        articleIds,
        evidence: sentences.map((m) => ({
          articleId: m.articleId,
          sentenceId: m.sentence.id,
          text: m.sentence.text,
        })),
        voice: quoted * 2 > sentences.length ? 'quote' : 'outlet',
        singleSource: articleIds.length === 1,
      };
      return { fact, order: Math.min(...sentences.map((m) => m.position)) };
    });
  return facts
    .sort((x, y) => y.fact.articleIds.length - x.fact.articleIds.length || x.order - y.order)
    .map((f) => f.fact);
}
