// Distributional word clusters for the entity tagger, learned from unlabelled news text (only the evals' dev parts, never PUD or GUM):
// each frequent word form gets a vector of the words up to two before and after it (positive PMI), and spherical k-means,
// split top-down, puts it in a cluster at three granularities. Words that appear in the same slots ("Kerry",
// "Pompeo") share clusters, so the tagger can tag a name it never saw in its labelled data. Also counts how often
// each word is capitalised inside a sentence. Deterministic: sorted inputs, fixed seed, fixed iterations.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { splitSentences } from '../src/analyze/split-sentences.js';
import type { WordClusters } from '../src/analyze/ner-features.js';
import { tokenizeWords } from '../src/analyze/tokenize-words.js';
import { seededRandom } from '../src/util/seeded-random.js';
import { splitOf } from '../src/eval/split.js';
import { extractArticle } from '../src/extract/index.js';
import { decodeBytes } from '../src/ingest/decode-bytes.js';

// Only the evals' dev parts are read: ECB+ topics 1-35 (as src/eval/clustering/load-datasets.ts splits them)
// and BASIL's dev triplets, so no test split shapes the features, even unlabelled.
const ECBPLUS_LAST_DEV_TOPIC = 35;
const MIN_COUNT = Number(process.env.NER_CLUSTER_MIN ?? 3);
const CONTEXT_WORDS = Number(process.env.NER_CLUSTER_CONTEXT ?? 1000);
// Three levels, 16 x 8 x 8 clusters: the id is top * 64 + middle * 8 + fine (ner-features reads it so).
const SPLITS = [16, 8, 8];
const ITERATIONS = 12;
// Where the context words sit: two words either side.
const OFFSETS = [-2, -1, 1, 2];

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The unlabelled sentences, tokenised as analysis tokenises them, deduplicated, in a fixed order. */
export function unlabelledSentences(dataDir: string): string[][] {
  const texts: string[] = [];
  // NeuS train and val are the summary eval's dev split; test.source is never read.
  const roundups = [
    gunzipSync(readFileSync(resolve(dataDir, 'neus-allsides/lrc_roundup_probe/train.source.gz'))).toString(
      'utf8',
    ),
    readFileSync(resolve(dataDir, 'neus-allsides/lrc_roundup_probe/val.source'), 'utf8'),
  ].join('\n');
  for (const line of roundups.split('\n'))
    for (const part of line.split('[SEP]')) {
      // Headlines are in title case: only the article text says how a word is written in running text.
      const at = part.indexOf('ARTICLE=>');
      if (at >= 0) texts.push(part.slice(at + 'ARTICLE=>'.length).trim());
    }
  for (const line of readFileSync(resolve(dataDir, 'ecbplus/ecbplus_docs.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { topic: number; sentences: string[] };
    if (doc.topic > ECBPLUS_LAST_DEV_TOPIC) continue; // the clustering eval's test topics
    texts.push(...doc.sentences.slice(1)); // the first "sentence" is often a URL or headline
  }
  const basil = resolve(dataDir, 'basil/articles');
  for (const year of readdirSync(basil).sort(byText))
    for (const file of readdirSync(resolve(basil, year)).sort(byText)) {
      const doc = JSON.parse(readFileSync(resolve(basil, year, file), 'utf8')) as {
        'triplet-uuid': string;
        'body-paragraphs': string[][];
      };
      if (splitOf(doc['triplet-uuid']) !== 'dev') continue; // the clustering and framing evals' test triplets
      for (const paragraph of doc['body-paragraphs']) texts.push(paragraph.join(' '));
    }
  // The extraction evals' dev pages: the benchmark's gold article bodies, and the trafilatura pages' English
  // article text as Parallax extracts it.
  const truth = JSON.parse(
    readFileSync(resolve(dataDir, 'article-extraction-benchmark/ground-truth.json'), 'utf8'),
  ) as Record<string, { articleBody?: string }>;
  for (const [id, gold] of Object.entries(truth).sort(([a], [b]) => byText(a, b)))
    if (splitOf(id) === 'dev' && gold.articleBody) texts.push(gold.articleBody);
  const trafilatura = JSON.parse(
    readFileSync(resolve(dataDir, 'trafilatura-eval/evaldata.json'), 'utf8'),
  ) as Record<string, { file: string }>;
  for (const [key, entry] of Object.entries(trafilatura).sort(([a], [b]) => byText(a, b))) {
    if (splitOf(key) !== 'dev') continue;
    let html: string;
    try {
      html = decodeBytes(
        gunzipSync(readFileSync(resolve(dataDir, 'trafilatura-eval/html', `${entry.file}.gz`))),
        undefined,
        true,
      );
    } catch {
      continue;
    }
    const { article } = extractArticle({ input: key, format: 'html', content: html });
    if (article && article.language === 'en') texts.push(article.text);
  }
  const seen = new Set<string>();
  const sentences: string[][] = [];
  for (const text of texts)
    for (const sentence of splitSentences(text)) {
      if (seen.has(sentence.text)) continue;
      seen.add(sentence.text);
      sentences.push(tokenizeWords(sentence.text).map((t) => t.text));
    }
  return sentences;
}

function shapeClass(word: string): number {
  if (/^\p{Lu}\p{Ll}/u.test(word)) return 0;
  if (/^\p{Lu}+$/u.test(word)) return 1;
  if (/^\p{Ll}/u.test(word)) return 2;
  if (/^\p{N}/u.test(word)) return 3;
  return 4;
}

/** A unit-length sparse vector: the dimensions it has and its values there. */
interface SparseVector {
  readonly ids: Int32Array;
  readonly values: Float64Array;
}

function sparseDot(v: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < v.ids.length; k++) sum += v.values[k]! * dense[v.ids[k]!]!;
  return sum;
}

function densify(v: SparseVector, dims: number): Float64Array {
  const dense = new Float64Array(dims);
  for (let j = 0; j < v.ids.length; j++) dense[v.ids[j]!] = v.values[j]!;
  return dense;
}

/** Spherical k-means of the vectors `members` into k clusters (k-means++ seeding); each member's cluster. */
function sphericalKMeans(
  vectors: readonly SparseVector[],
  dims: number,
  members: readonly number[],
  k: number,
  random: () => number,
): number[] {
  if (members.length <= k) return members.map((_, i) => i);
  const centroids: Float64Array[] = [
    densify(vectors[members[Math.floor(random() * members.length)]!]!, dims),
  ];
  const distance = members.map((m) => 1 - sparseDot(vectors[m]!, centroids[0]!));
  while (centroids.length < k) {
    let sum = 0;
    for (const d of distance) sum += Math.max(d, 0);
    let pick = random() * sum;
    let chosen = members.length - 1;
    for (let i = 0; i < members.length; i++) {
      pick -= Math.max(distance[i]!, 0);
      if (pick <= 0) {
        chosen = i;
        break;
      }
    }
    const c = densify(vectors[members[chosen]!]!, dims);
    centroids.push(c);
    members.forEach((m, i) => {
      distance[i] = Math.min(distance[i]!, 1 - sparseDot(vectors[m]!, c));
    });
  }
  const assignment = members.map(() => 0);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    members.forEach((m, i) => {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const score = sparseDot(vectors[m]!, centroids[c]!);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      assignment[i] = best;
    });
    for (const c of centroids) c.fill(0);
    members.forEach((m, i) => {
      const v = vectors[m]!;
      const c = centroids[assignment[i]!]!;
      for (let j = 0; j < v.ids.length; j++) c[v.ids[j]!]! += v.values[j]!;
    });
    for (const c of centroids) {
      let norm = 0;
      for (const x of c) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < dims; j++) c[j]! /= norm;
    }
  }
  return assignment;
}

/** Clusters and capital ratios of the words in `sentences`. */
export function wordClusters(sentences: readonly (readonly string[])[]): WordClusters {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts].sort(([a, x], [b, y]) => y - x || byText(a, b));
  const vocabulary = ranked.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
  const wordIndex = new Map(vocabulary.map((w, i) => [w, i]));
  const contextIndex = new Map(ranked.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
  // Context ids: a frequent word, else its shape class, else the sentence boundary; one block per offset.
  const side = CONTEXT_WORDS + 6;
  const contextOf = (word: string | undefined): number =>
    word === undefined ? CONTEXT_WORDS + 5 : (contextIndex.get(word) ?? CONTEXT_WORDS + shapeClass(word));
  const pairs = vocabulary.map(() => new Map<number, number>());
  const contextTotals = new Float64Array(OFFSETS.length * side);
  const capitals = new Map<string, [number, number]>();
  for (const s of sentences)
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      if (i > 0 && /^\p{L}/u.test(w) && /[\p{L}\p{N},]/u.test(s[i - 1]!)) {
        const low = w.toLowerCase();
        const entry = capitals.get(low) ?? [0, 0];
        entry[0]++;
        if (/^\p{Lu}/u.test(w)) entry[1]++;
        capitals.set(low, entry);
      }
      const at = wordIndex.get(w);
      if (at === undefined) continue;
      for (let o = 0; o < OFFSETS.length; o++) {
        const c = o * side + contextOf(s[i + OFFSETS[o]!]);
        pairs[at]!.set(c, (pairs[at]!.get(c) ?? 0) + 1);
        contextTotals[c]! += 1;
      }
    }
  // Positive PMI vectors (context counts smoothed with exponent 0.75), unit length.
  let smoothed = 0;
  for (const c of contextTotals) smoothed += c ** 0.75;
  const vectors = vocabulary.map((w, i) => {
    const keys = [...pairs[i]!.keys()].sort((a, b) => a - b);
    const ids: number[] = [];
    const values: number[] = [];
    const wordTotal = OFFSETS.length * counts.get(w)!;
    for (const c of keys) {
      const pmi = Math.log((pairs[i]!.get(c)! * smoothed) / (wordTotal * contextTotals[c]! ** 0.75));
      if (pmi > 0) {
        ids.push(c);
        values.push(pmi);
      }
    }
    const norm = Math.hypot(...values) || 1;
    return { ids: Int32Array.from(ids), values: Float64Array.from(values, (v) => v / norm) };
  });
  const dims = OFFSETS.length * side;
  const random = seededRandom(20240611);
  const kmeans = (members: readonly number[], k: number): number[] =>
    sphericalKMeans(vectors, dims, members, k, random);
  // Top-down: each cluster of one level is split again at the next.
  let groups: number[][] = [vocabulary.map((_, i) => i)];
  const ids = new Int32Array(vocabulary.length);
  for (const split of SPLITS) {
    const next: number[][] = [];
    for (const group of groups) {
      const assignment = kmeans(group, split);
      const parts: number[][] = Array.from({ length: split }, () => []);
      group.forEach((m, i) => {
        parts[assignment[i]!]!.push(m);
        ids[m] = ids[m]! * split + assignment[i]!;
      });
      next.push(...parts);
    }
    groups = next;
  }
  const clusters: Record<string, number> = {};
  vocabulary.forEach((w, i) => {
    clusters[w] = ids[i]!;
  });
  const capitalBins: Record<string, number> = {};
  for (const [low, [seen, upper]] of [...capitals].sort(([a], [b]) => byText(a, b))) {
    if (seen < MIN_COUNT) continue;
    const ratio = upper / seen;
    capitalBins[low] = ratio < 0.05 ? 0 : ratio < 0.5 ? 1 : ratio < 0.95 ? 2 : 3;
  }
  return { clusters, capitals: capitalBins };
}
