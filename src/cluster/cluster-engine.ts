import { shortHash } from '../util/hash.js';
import { timeOf } from './article-features.js';
import type { ClusterInput } from './cluster-input.js';
import type { ClusterState, StoryState } from './cluster-state.js';
import { DuplicateIndex } from './duplicate-index.js';
import { heaviest } from './heaviest.js';
import { minhashSignature } from './minhash.js';

/** Tuning of incremental clustering; every field has a default chosen on the dev splits. */
export interface ClusterOptions {
  /**
   * Average-link similarity (mean cosine to the story's members) an article needs to join a story. Default:
   * `defaultThreshold(documents)`, which rises with the collection's size.
   */
  readonly threshold?: number;
  /** Average-link similarity at which two stories are merged into one (default: the join threshold). */
  readonly mergeThreshold?: number;
  /** Days after a story's latest (or before its earliest) dated article in which it still takes new ones. */
  readonly windowDays?: number;
  /** Estimated Jaccard similarity of 4-word shingles at which an article counts as a near-copy. */
  readonly duplicateThreshold?: number;
  /**
   * Share of crowding taken off every similarity in a batch (`clusterArticles`; a stream keeps its similarities
   * whole, see `streamThreshold`): an article's crowding is the mean cosine of its `densityStories` nearest
   * articles, and a story's is its members' mean. Subtracting the pair's mean crowding asks for more shared words where many stories
   * share a subject (a run of monthly jobs reports, the days of one trial) and less for a story alone on its
   * subject, which one global bar cannot do (NeuS dev B-cubed F1 0.843 -> 0.868).
   */
  readonly densityWeight?: number;
  /** Neighbours whose similarity measures an article's crowding. */
  readonly densityStories?: number;
  /**
   * Average-link similarity (before crowding) below which nothing joins or merges, whatever the threshold: in a
   * few unrelated articles crowding is near 0 and the size-based threshold below 0, and a word or two in common
   * must not make a story.
   */
  readonly minSimilarity?: number;
}

/** Defaults of the options that do not depend on the collection. */
export const DEFAULT_OPTIONS = {
  windowDays: 14,
  duplicateThreshold: 0.5,
  densityWeight: 0.5,
  densityStories: 8,
  minSimilarity: 0.07,
} as const;

/**
 * The join threshold for a collection of `documents` articles: 0.08 log10(n) - 0.11, between -0.04 and 0.16,
 * applied to similarities with crowding taken off (see `ClusterOptions.densityWeight`). In a handful of
 * articles IDF cannot tell common words from telling ones and an article's few neighbours are mostly its own
 * story, so the bar starts low; in thousands many more unrelated pairs compete, so it must rise. Fitted on the
 * dev splits (best: ECB+ topics, about 30 articles each, 0.01; BASIL dev, 150, 0.12; NeuS val, 921, 0.13); the
 * line follows ECB+ and NeuS, and gives BASIL 0.064, where its F1 is flat (0.968 at the default, 0.993 at best).
 */
export function defaultThreshold(documents: number): number {
  return Math.min(0.16, Math.max(-0.04, 0.08 * Math.log10(Math.max(documents, 1)) - 0.11));
}

/**
 * The join threshold of a stream (`assignArticles`), whose similarities keep their crowding: a stream cannot
 * measure an article's nearest articles the way a batch does (it keeps stories, not article vectors), and an
 * estimate from the stories alone ran near 0 while a state held few stories, which let unrelated articles in.
 * 0.03 + 0.06 log10(n), between 0.07 and 0.25, fitted on the dev splits before crowding existed.
 */
export function streamThreshold(documents: number): number {
  return Math.min(0.25, Math.max(0.07, 0.03 + 0.06 * Math.log10(Math.max(documents, 1))));
}

/** Terms an article's vector keeps, heaviest first. */
const VECTOR_TERMS = 120;
/** Terms of an article that index its story for candidate retrieval. */
const INDEX_TERMS = 16;
/** Terms a centroid keeps once pruned, and the size that triggers pruning. */
const CENTROID_TERMS = 300;
const CENTROID_PRUNE_AT = 450;
/** Most recent stories scanned per posting list, and stories scored exactly per article. */
const POSTING_SCAN = 300;
const CANDIDATES = 12;
/** Below this many stories every one is scored, so small batches never miss a match the index would skip. */
const EXHAUSTIVE_BELOW = 100;
const DAY_MS = 86_400_000;
const byWeight = (entry: readonly [number, number]): number => entry[1];
/** Postings scanned on each side of an article when measuring crowding, and neighbours scored exactly. */
const NEIGHBOUR_SCAN = 200;
const NEIGHBOURS_SCORED = 24;

interface Story {
  id: string;
  members: string[];
  centroid: Map<number, number>;
  normSq: number;
  /** Members that count in the centroid (duplicates do not). */
  size: number;
  /** Sum of the members' neighbourhood crowding (see `crowding`). */
  crowding: number;
  firstTime: number;
  lastTime: number;
  indexed: Set<number>;
  mergedInto: number;
}

/** An article's term counts, terms as ids. */
export interface TermCounts {
  readonly ids: Int32Array;
  readonly counts: Float32Array;
}

/** What happened to one article. */
export interface Assignment {
  readonly articleId: string;
  readonly storyId: string;
  /** True when the article founded a new story. */
  readonly created: boolean;
  readonly duplicateOf?: string;
}

/** What a batch works out about an article before placing it (see `ClusterEngine.add`). */
export interface Prepared {
  readonly original: string | undefined;
  readonly vector?: [number, number][];
  readonly crowding?: number;
}

/** Two stories found to be one: `from` no longer exists, its articles are in `into`. */
export interface StoryMerge {
  readonly from: string;
  readonly into: string;
}

/**
 * The mutable working form of a ClusterState, private to this folder: term ids, posting lists and
 * centroids as maps for speed. Public entry points build one from a state, feed it, and read a new state back.
 */
export class ClusterEngine {
  private readonly termIds = new Map<string, number>();
  private readonly termNames: string[] = [];
  private df: number[] = [];
  private documentCount = 0;
  private readonly stories: Story[] = [];
  private readonly postings = new Map<number, number[]>();
  private readonly storyOf = new Map<string, number>();
  private readonly duplicateOf = new Map<string, string>();
  private readonly duplicates: DuplicateIndex;
  /** Scratch space for candidate retrieval: accumulated index weight per story. */
  private hits = new Float64Array(0);
  private readonly options: ClusterOptions;
  readonly merges: StoryMerge[] = [];
  /** Each placed article's vector, kept only for a batch's refinement pass. */
  private readonly placed:
    | {
        id: string;
        ids: Int32Array;
        weights: Float32Array;
        time: number;
        crowding: number;
        measured: boolean;
      }[]
    | undefined;
  private readonly copiesOf = new Map<string, string[]>();

  constructor(options: ClusterOptions = {}, state?: ClusterState, keepVectors = false) {
    this.options = options;
    this.placed = keepVectors ? [] : undefined;
    this.duplicates = new DuplicateIndex(options.duplicateThreshold ?? DEFAULT_OPTIONS.duplicateThreshold);
    if (state) this.load(state);
  }

  /** A batch keeps its articles' vectors (for refinement); a stream does not, and measures no crowding. */
  private isBatch(): boolean {
    return this.placed !== undefined;
  }

  private threshold(): number {
    if (this.options.threshold !== undefined) return this.options.threshold;
    return this.isBatch() ? defaultThreshold(this.documentCount) : streamThreshold(this.documentCount);
  }

  /** The share of crowding taken off similarities: a batch's option, none in a stream (see `streamThreshold`). */
  private densityWeight(): number {
    return this.isBatch() ? (this.options.densityWeight ?? DEFAULT_OPTIONS.densityWeight) : 0;
  }

  private minSimilarity(): number {
    return this.options.minSimilarity ?? DEFAULT_OPTIONS.minSimilarity;
  }

  private mergeThreshold(): number {
    return this.options.mergeThreshold ?? this.threshold();
  }

  /** An article's term counts with terms as ids, so each term string is looked up once. */
  intern(counts: ReadonlyMap<string, number>): TermCounts {
    const ids = new Int32Array(counts.size);
    const values = new Float32Array(counts.size);
    let i = 0;
    for (const [term, count] of counts) {
      ids[i] = this.termId(term);
      values[i++] = count;
    }
    return { ids, counts: values };
  }

  /** Counts an article's terms into the document frequencies (before vectors are built from them). */
  countDocument(terms: TermCounts): void {
    this.documentCount++;
    for (const id of terms.ids) this.df[id] = (this.df[id] ?? 0) + 1;
  }

  /**
   * Each article's crowding measured on the whole batch, before any is placed: the mean cosine of its
   * `densityStories` nearest other articles in the time window (absent ones count as 0). Candidates come from an
   * inverted index over each article's heaviest terms, scanning the postings near it in batch order (the batch
   * is in time order), so the cost stays linear.
   */
  measureCrowding(vectors: readonly (readonly [number, number][])[], times: readonly number[]): Float64Array {
    const k = this.options.densityStories ?? DEFAULT_OPTIONS.densityStories;
    const n = vectors.length;
    const postings = new Map<number, number[]>();
    vectors.forEach((vector, i) => {
      for (let t = 0; t < vector.length && t < INDEX_TERMS; t++) {
        const term = vector[t]![0];
        const list = postings.get(term);
        if (list) list.push(i);
        else postings.set(term, [i]);
      }
    });
    const dense = new Float64Array(this.termNames.length);
    const hits = new Float64Array(n);
    const crowding = new Float64Array(n);
    const window = (this.options.windowDays ?? DEFAULT_OPTIONS.windowDays) * DAY_MS;
    for (let i = 0; i < n; i++) {
      const vector = vectors[i]!;
      const touched: number[] = [];
      for (let t = 0; t < vector.length && t < INDEX_TERMS; t++) {
        const [term, weight] = vector[t]!;
        const list = postings.get(term)!;
        let at = lowerBound(list, i);
        const from = Math.max(0, at - NEIGHBOUR_SCAN);
        const to = Math.min(list.length, at + NEIGHBOUR_SCAN + 1);
        for (at = from; at < to; at++) {
          const j = list[at]!;
          if (j === i) continue;
          if (hits[j] === 0) touched.push(j);
          hits[j]! += weight;
        }
      }
      const nearest = heaviest(touched, (j) => hits[j]!, NEIGHBOURS_SCORED);
      for (const j of touched) hits[j] = 0;
      for (const [term, weight] of vector) dense[term] = weight;
      const sims: number[] = [];
      for (const j of nearest) {
        if (Math.abs(times[i]! - times[j]!) > window) continue;
        let dot = 0;
        const other = vectors[j]!;
        // Indexed, not destructured: this loop runs ~3,000 times per article.
        for (let x = 0; x < other.length; x++) dot += other[x]![1] * dense[other[x]![0]]!;
        sims.push(dot);
      }
      for (const [term] of vector) dense[term] = 0;
      sims.sort((a, b) => b - a);
      let sum = 0;
      for (let r = 0; r < k && r < sims.length; r++) sum += sims[r]!;
      crowding[i] = k > 0 ? sum / k : 0;
    }
    return crowding;
  }

  /** Registers an article's MinHash signature; returns the earlier article it is a near-copy of, if any. */
  screen(input: ClusterInput): string | undefined {
    const signature = minhashSignature(input.text);
    const original = signature ? this.duplicates.find(signature) : undefined;
    if (signature) this.duplicates.add(input.id, signature);
    return original;
  }

  /**
   * Places one article: as a copy of an earlier one, into the best story, or as a new story. A batch passes what
   * it `prepared` beforehand (the article already screened for copies, its vector and measured crowding).
   */
  add(input: ClusterInput, terms: TermCounts, prepared?: Prepared): Assignment {
    const time = timeOf(input.publishedAt);
    const original = prepared ? prepared.original : this.screen(input);
    if (original !== undefined) {
      const root = this.duplicateOf.get(original) ?? original;
      const storyIndex = this.storyOf.get(root);
      if (storyIndex !== undefined) {
        const index = this.live(storyIndex);
        const story = this.stories[index]!;
        story.members.push(input.id);
        this.storyOf.set(input.id, index);
        this.duplicateOf.set(input.id, root);
        this.copiesOf.set(root, [...(this.copiesOf.get(root) ?? []), input.id]);
        widen(story, time);
        return { articleId: input.id, storyId: story.id, created: false, duplicateOf: root };
      }
    }
    const vector = prepared?.vector ?? this.vectorOf(terms);
    const measured = prepared?.crowding;
    const raw = this.candidates(vector, time);
    const crowding = measured ?? (this.isBatch() ? this.crowding(raw.map((c) => c.score)) : 0);
    const scored = this.adjusted(raw, crowding);
    if (this.placed)
      this.placed.push({
        id: input.id,
        ids: Int32Array.from(vector, (e) => e[0]),
        weights: Float32Array.from(vector, (e) => e[1]),
        time,
        crowding,
        measured: measured !== undefined,
      });
    const best = scored[0];
    let index: number;
    let created = false;
    if (best && best.score >= this.threshold()) {
      index = best.index;
      this.join(index, input.id, vector, time, crowding);
      for (const other of scored.slice(1)) {
        if (other.score < this.threshold()) break;
        index = this.maybeMerge(index, this.live(other.index));
      }
    } else {
      index = this.found(input.id, vector, time, crowding);
      created = true;
    }
    return { articleId: input.id, storyId: this.stories[index]!.id, created };
  }

  /** The stories, live ones only, in founding order. */
  result(): { stories: { id: string; articleIds: string[] }[]; duplicateOf: Record<string, string> } {
    return {
      stories: this.stories.filter((s) => s.mergedInto < 0).map((s) => ({ id: s.id, articleIds: s.members })),
      duplicateOf: Object.fromEntries(this.duplicateOf),
    };
  }

  /** The plain-JSON state of everything placed so far. */
  toState(): ClusterState {
    const documentFrequency: Record<string, number> = {};
    this.df.forEach((count, id) => {
      if (count > 0) documentFrequency[this.termNames[id]!] = count;
    });
    const stories: StoryState[] = this.stories
      .filter((s) => s.mergedInto < 0)
      .map((s) => ({
        id: s.id,
        articleIds: [...s.members],
        size: s.size,
        centroid: Object.fromEntries([...s.centroid].map(([t, w]) => [this.termNames[t]!, w])),
        ...(Number.isFinite(s.firstTime) ? { firstTime: s.firstTime, lastTime: s.lastTime } : {}),
      }));
    const signatures: Record<string, number[]> = {};
    for (const [id, signature] of this.duplicates.entries()) signatures[id] = [...signature];
    return {
      version: 1,
      documentCount: this.documentCount,
      documentFrequency,
      stories,
      duplicateOf: Object.fromEntries(this.duplicateOf),
      signatures,
    };
  }

  private load(state: ClusterState): void {
    this.documentCount = state.documentCount;
    for (const [term, count] of Object.entries(state.documentFrequency)) this.df[this.termId(term)] = count;
    for (const [id, original] of Object.entries(state.duplicateOf)) this.duplicateOf.set(id, original);
    for (const [id, values] of Object.entries(state.signatures))
      this.duplicates.add(id, Uint32Array.from(values));
    for (const saved of state.stories) {
      const centroid = new Map<number, number>();
      let normSq = 0;
      for (const [term, weight] of Object.entries(saved.centroid)) {
        centroid.set(this.termId(term), weight);
        normSq += weight * weight;
      }
      const index = this.stories.length;
      const story: Story = {
        id: saved.id,
        members: [...saved.articleIds],
        centroid,
        normSq,
        size: saved.size,
        crowding: 0,
        firstTime: saved.firstTime ?? Number.NaN,
        lastTime: saved.lastTime ?? Number.NaN,
        indexed: new Set(),
        mergedInto: -1,
      };
      this.stories.push(story);
      for (const id of saved.articleIds) this.storyOf.set(id, index);
      for (const [term] of heaviest(centroid, byWeight, INDEX_TERMS * 3)) this.index(index, term);
    }
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termNames.length;
      this.termIds.set(term, id);
      this.termNames.push(term);
    }
    return id;
  }

  /** Unit TF-IDF vector (sublinear tf), heaviest terms first, cut to VECTOR_TERMS. */
  vectorOf(terms: TermCounts): [number, number][] {
    const documents = Math.max(this.documentCount, 1);
    const entries: [number, number][] = [];
    for (let i = 0; i < terms.ids.length; i++) {
      const id = terms.ids[i]!;
      const df = this.df[id] ?? 0;
      entries.push([id, (1 + Math.log(terms.counts[i]!)) * (Math.log((documents + 1) / (df + 1)) + 1)]);
    }
    entries.sort((a, b) => b[1] - a[1]);
    if (entries.length > VECTOR_TERMS) entries.length = VECTOR_TERMS;
    let norm = 0;
    for (const [, w] of entries) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    for (const entry of entries) entry[1] /= norm;
    return entries;
  }

  private live(index: number): number {
    let i = index;
    while (this.stories[i]!.mergedInto >= 0) i = this.stories[i]!.mergedInto;
    return i;
  }

  private inWindow(story: Story, time: number): boolean {
    if (!Number.isFinite(time) || !Number.isFinite(story.lastTime)) return true;
    const window = (this.options.windowDays ?? DEFAULT_OPTIONS.windowDays) * DAY_MS;
    return time - story.lastTime <= window && story.firstTime - time <= window;
  }

  /** Stories sharing the article's heaviest terms, scored by cosine with their centroids, best first. */
  private candidates(vector: readonly [number, number][], time: number): { index: number; score: number }[] {
    if (this.stories.length <= EXHAUSTIVE_BELOW) return this.scoreAll(vector, time);
    if (this.hits.length < this.stories.length) {
      const grown = new Float64Array(Math.max(1024, this.stories.length * 2));
      grown.set(this.hits);
      this.hits = grown;
    }
    const hits = this.hits;
    const touched: number[] = [];
    for (let i = 0; i < vector.length && i < INDEX_TERMS; i++) {
      const [term, weight] = vector[i]!;
      const posting = this.postings.get(term);
      if (!posting) continue;
      // Postings grow in arrival order, so the newest stories are at the end; a run of aged-out ones ends the scan.
      let aged = 0;
      for (
        let p = posting.length - 1, scanned = 0;
        p >= 0 && scanned < POSTING_SCAN && aged < 32;
        p--, scanned++
      ) {
        const story = posting[p]!;
        if (!this.inWindow(this.stories[story]!, time)) {
          aged++;
          continue;
        }
        aged = 0;
        if (hits[story] === 0) touched.push(story);
        hits[story]! += weight;
      }
    }
    let ranked = touched;
    if (touched.length > CANDIDATES) {
      let top = 0;
      for (const story of touched) top = Math.max(top, hits[story]!);
      ranked = touched.filter((story) => hits[story]! >= top * 0.25);
    }
    ranked.sort((a, b) => hits[b]! - hits[a]!);
    for (const story of touched) hits[story] = 0;
    const scored: { index: number; score: number }[] = [];
    const seen = new Set<number>();
    for (const candidate of ranked) {
      if (scored.length >= CANDIDATES) break;
      const index = this.live(candidate);
      if (seen.has(index)) continue;
      seen.add(index);
      const story = this.stories[index]!;
      if (!this.inWindow(story, time)) continue;
      scored.push({ index, score: this.score(vector, story) });
    }
    return scored.sort((a, b) => b.score - a.score);
  }

  /** Every live story in the window, scored: exact, and cheap while there are few stories. */
  private scoreAll(vector: readonly [number, number][], time: number): { index: number; score: number }[] {
    const scored: { index: number; score: number }[] = [];
    this.stories.forEach((story, index) => {
      if (story.mergedInto < 0 && this.inWindow(story, time))
        scored.push({ index, score: this.score(vector, story) });
    });
    return scored.sort((a, b) => b.score - a.score);
  }

  /**
   * How crowded an article's neighbourhood is: the mean similarity of the stories ranked after its nearest one
   * (absent ones count as 0). Taken off (in part) every similarity of the article, it asks for more shared
   * words among many stories on one subject (a run of jobs reports, days of an impeachment trial) and less for a
   * story alone on its subject, which one global bar cannot do. `scores` are sorted, best first.
   */
  private crowding(scores: readonly number[]): number {
    const k = this.options.densityStories ?? DEFAULT_OPTIONS.densityStories;
    let sum = 0;
    for (let i = 1; i <= k && i < scores.length; i++) sum += Math.max(0, scores[i]!);
    return k > 0 ? sum / k : 0;
  }

  /** Candidates rescored with the crowding of the article and of each story taken off, best first. */
  private adjusted(
    raw: readonly { index: number; score: number }[],
    crowding: number,
  ): { index: number; score: number }[] {
    const weight = this.densityWeight();
    return raw
      .map(({ index, score }) => {
        const story = this.stories[index]!;
        if (score < this.minSimilarity()) return { index, score: Number.NEGATIVE_INFINITY };
        return { index, score: score - (weight * (crowding + story.crowding / (story.size || 1))) / 2 };
      })
      .sort((a, b) => b.score - a.score);
  }

  /** Average-link similarity: the mean cosine between the article and the story's (non-duplicate) members. */
  private score(vector: readonly [number, number][], story: Story): number {
    let dot = 0;
    const centroid = story.centroid;
    for (let x = 0; x < vector.length; x++) dot += vector[x]![1] * (centroid.get(vector[x]![0]) ?? 0);
    return dot / (story.size || 1);
  }

  /** Average-link similarity of two stories: the mean cosine over all pairs of their members, less their crowding. */
  private linkage(a: Story, b: Story): number {
    const [small, large] =
      a.centroid.size < b.centroid.size ? [a.centroid, b.centroid] : [b.centroid, a.centroid];
    let dot = 0;
    for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
    const weight = this.densityWeight();
    const crowding = a.crowding / (a.size || 1) + b.crowding / (b.size || 1);
    const raw = dot / ((a.size || 1) * (b.size || 1));
    return raw < this.minSimilarity() ? Number.NEGATIVE_INFINITY : raw - (weight * crowding) / 2;
  }

  /**
   * Moves each article whose own story (without it) is now less like it than another story is, once all
   * articles are in: early articles were placed before the stories they belong to had formed. Articles that did
   * not move keep their story id; a story left empty disappears.
   */
  refine(): number {
    let moved = 0;
    for (const article of this.placed ?? []) {
      const vector: [number, number][] = Array.from(article.ids, (id, i) => [id, article.weights[i]!]);
      const from = this.live(this.storyOf.get(article.id)!);
      const own = this.stories[from]!;
      // The article's own story is judged without it, its centroid and crowding alike.
      const ownRaw = own.size > 1 ? (this.score(vector, own) * own.size - 1) / (own.size - 1) : -1;
      const raw = this.candidates(vector, article.time).map((c) =>
        c.index === from ? { index: from, score: ownRaw } : c,
      );
      raw.sort((a, b) => b.score - a.score);
      const crowding = article.measured ? article.crowding : this.crowding(raw.map((c) => c.score));
      const weight = this.densityWeight();
      const ownCrowding = own.size > 1 ? (own.crowding - article.crowding) / (own.size - 1) : 0;
      const ownScore = own.size > 1 ? ownRaw - (weight * (crowding + ownCrowding)) / 2 : -1;
      const best = this.adjusted(
        raw.filter((c) => c.index !== from),
        crowding,
      )[0];
      if (!best || best.score < this.threshold() || best.score <= ownScore) continue;
      this.move(article.id, vector, from, best.index, article.crowding, crowding);
      article.crowding = crowding;
      moved++;
    }
    return moved;
  }

  private move(
    articleId: string,
    vector: readonly [number, number][],
    from: number,
    to: number,
    oldCrowding: number,
    newCrowding: number,
  ): void {
    const source = this.stories[from]!;
    const target = this.stories[to]!;
    const travelling = new Set([articleId, ...(this.copiesOf.get(articleId) ?? [])]);
    source.members = source.members.filter((id) => !travelling.has(id));
    source.size--;
    source.crowding -= oldCrowding;
    for (const [term, weight] of vector) {
      const old = source.centroid.get(term);
      if (old === undefined) continue;
      const left = old - weight;
      if (left > 1e-9) source.centroid.set(term, left);
      else source.centroid.delete(term);
      source.normSq += (left > 1e-9 ? left * left : 0) - old * old;
    }
    if (source.members.length === 0) source.mergedInto = to;
    for (const id of travelling) {
      if (id === articleId) continue;
      target.members.push(id);
      this.storyOf.set(id, to);
    }
    this.join(to, articleId, vector, Number.NaN, newCrowding);
  }

  /**
   * Merges stories that turn out alike once all articles are in (average linkage at or above the merge
   * threshold, best pairs first), so the outcome depends less on the order the articles came in.
   */
  consolidate(): void {
    for (let round = 0; round < 4; round++) {
      const pairs: { a: number; b: number; similarity: number }[] = [];
      this.stories.forEach((story, index) => {
        if (story.mergedInto >= 0) return;
        const terms = heaviest(story.centroid, byWeight, INDEX_TERMS * 2);
        const hits = new Map<number, number>();
        for (const [term, weight] of terms) {
          const posting = this.postings.get(term) ?? [];
          for (let p = posting.length - 1, scanned = 0; p >= 0 && scanned < POSTING_SCAN; p--, scanned++) {
            const other = this.live(posting[p]!);
            if (other > index) hits.set(other, (hits.get(other) ?? 0) + weight);
          }
        }
        const ranked =
          this.stories.length <= EXHAUSTIVE_BELOW
            ? this.stories
                .map((_, other) => [other, 0] as [number, number])
                .filter(([other]) => other > index && this.stories[other]!.mergedInto < 0)
            : heaviest(hits, byWeight, CANDIDATES);
        for (const [other] of ranked) {
          const otherStory = this.stories[other]!;
          if (!this.storiesInWindow(story, otherStory)) continue;
          const similarity = this.linkage(story, otherStory);
          if (similarity >= this.mergeThreshold()) pairs.push({ a: index, b: other, similarity });
        }
      });
      if (pairs.length === 0) return;
      pairs.sort((x, y) => y.similarity - x.similarity);
      let merged = false;
      for (const { a, b } of pairs) {
        const x = this.live(a);
        const y = this.live(b);
        if (x === y || this.linkage(this.stories[x]!, this.stories[y]!) < this.mergeThreshold()) continue;
        this.merge(x, y);
        merged = true;
      }
      if (!merged) return;
    }
  }

  private storiesInWindow(a: Story, b: Story): boolean {
    if (!Number.isFinite(a.lastTime) || !Number.isFinite(b.lastTime)) return true;
    const window = (this.options.windowDays ?? DEFAULT_OPTIONS.windowDays) * DAY_MS;
    return b.firstTime - a.lastTime <= window && a.firstTime - b.lastTime <= window;
  }

  private found(
    articleId: string,
    vector: readonly [number, number][],
    time: number,
    crowding: number,
  ): number {
    const index = this.stories.length;
    this.stories.push({
      id: shortHash(`story:${articleId}`, 12),
      members: [],
      centroid: new Map(),
      normSq: 0,
      size: 0,
      crowding: 0,
      firstTime: Number.NaN,
      lastTime: Number.NaN,
      indexed: new Set(),
      mergedInto: -1,
    });
    this.join(index, articleId, vector, time, crowding);
    return index;
  }

  private join(
    index: number,
    articleId: string,
    vector: readonly [number, number][],
    time: number,
    crowding: number,
  ): void {
    const story = this.stories[index]!;
    story.members.push(articleId);
    this.storyOf.set(articleId, index);
    widen(story, time);
    story.size++;
    story.crowding += crowding;
    for (const [term, weight] of vector) {
      const old = story.centroid.get(term) ?? 0;
      story.centroid.set(term, old + weight);
      story.normSq += (old + weight) ** 2 - old * old;
    }
    if (story.centroid.size > CENTROID_PRUNE_AT) prune(story);
    for (let i = 0; i < vector.length && i < INDEX_TERMS; i++) this.index(index, vector[i]![0]);
  }

  private index(storyIndex: number, term: number): void {
    const story = this.stories[storyIndex]!;
    if (story.indexed.has(term)) return;
    story.indexed.add(term);
    const posting = this.postings.get(term);
    if (posting) posting.push(storyIndex);
    else this.postings.set(term, [storyIndex]);
  }

  /** Merges two stories whose members have become alike (average linkage); returns the surviving one. */
  private maybeMerge(a: number, b: number): number {
    if (a === b) return a;
    const first = this.stories[a]!;
    const second = this.stories[b]!;
    if (!this.storiesInWindow(first, second) || this.linkage(first, second) < this.mergeThreshold()) return a;
    return this.merge(a, b);
  }

  /** Moves the younger story's articles into the older one, which keeps its id. */
  private merge(a: number, b: number): number {
    const [keep, drop] = a < b ? [a, b] : [b, a];
    const kept = this.stories[keep]!;
    const dropped = this.stories[drop]!;
    kept.size += dropped.size;
    kept.crowding += dropped.crowding;
    for (const [term, weight] of dropped.centroid) {
      const old = kept.centroid.get(term) ?? 0;
      kept.centroid.set(term, old + weight);
      kept.normSq += (old + weight) ** 2 - old * old;
    }
    if (kept.centroid.size > CENTROID_PRUNE_AT) prune(kept);
    for (const member of dropped.members) {
      kept.members.push(member);
      this.storyOf.set(member, keep);
    }
    if (Number.isFinite(dropped.firstTime)) {
      widen(kept, dropped.firstTime);
      widen(kept, dropped.lastTime);
    }
    for (const term of dropped.indexed) this.index(keep, term);
    dropped.mergedInto = keep;
    dropped.members = [];
    dropped.centroid = new Map();
    this.merges.push({ from: dropped.id, into: kept.id });
    return keep;
  }
}

/** The first position in an ascending list whose value is not below `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function widen(story: Story, time: number): void {
  if (!Number.isFinite(time)) return;
  story.firstTime = Number.isFinite(story.firstTime) ? Math.min(story.firstTime, time) : time;
  story.lastTime = Number.isFinite(story.lastTime) ? Math.max(story.lastTime, time) : time;
}

function prune(story: Story): void {
  const kept = [...story.centroid].sort((a, b) => b[1] - a[1]).slice(0, CENTROID_TERMS);
  story.centroid = new Map(kept);
  story.normSq = kept.reduce((sum, [, w]) => sum + w * w, 0);
}
