// `npm run train`: trains the averaged-perceptron entity tagger on UNER English-EWT (dev + test files, which
// are training data here, never evaluation data) and on the Wikipedia half of UNER PUD (sent_id "w...": the NER
// eval scores only PUD's news half, "n..."), and writes models/ner-perceptron.json. Deterministic: fixed file
// order, fixed seed, fixed epochs, so the committed weights can be reproduced byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import {
  FEATURE_COUNT,
  LEXICAL_FEATURES,
  nerFeatures,
  sentenceContext,
  START_TAG,
  type Lexicon,
  type WordClusters,
} from '../src/analyze/ner-features.js';
import {
  allowedAfter,
  hasLetterOrDigit,
  ruledTag,
  tagEntities,
  type NerModel,
} from '../src/analyze/tag-entities.js';
import { readIob2, type Iob2Sentence } from '../src/eval/ner/read-iob2.js';
import { splitOf } from '../src/eval/split.js';
import { unlabelledSentences, wordClusters } from './word-clusters.js';
import { seededRandom } from '../src/util/seeded-random.js';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const PRUNE = Number(process.env.NER_PRUNE ?? 0.05);
const SEED = Number(process.env.NER_SEED ?? 20231107);
// Dropping the word's own identity features in part of the updates makes shape, context and gazetteer
// features carry weight, so the tagger generalises to names it never saw.
const DROPOUT = Number(process.env.NER_DROPOUT ?? 0.5);
// Hashed feature buckets: 2 ** BITS, each with a weight per tag.
const BITS = Number(process.env.NER_BITS ?? 17);
const BUCKETS = 2 ** BITS;
const RULES = !process.env.NER_ALL_TOKENS;
const MASK = BUCKETS - 1;

const argv = process.argv.slice(2);
const dataDir = resolve(argv.includes('--data') ? argv[argv.indexOf('--data') + 1]! : '../shared/data');
const out = fileURLToPath(new URL('../models/ner-perceptron.json', import.meta.url));

/** Averaged perceptron over hashed feature buckets and a fixed tag set (lazy averaging with timestamps). */
class Perceptron {
  readonly weights = new Float64Array(BUCKETS * TAGS.length);
  private readonly totals = new Float64Array(BUCKETS * TAGS.length);
  private readonly stamps = new Float64Array(BUCKETS * TAGS.length);
  private instances = 0;

  score(features: Uint32Array, count: number, scores: Float64Array): void {
    scores.fill(0);
    for (let k = 0; k < count; k++) {
      const base = features[k]! * TAGS.length;
      for (let t = 0; t < TAGS.length; t++) scores[t]! += this.weights[base + t]!;
    }
  }

  update(truth: number, guess: number, features: Uint32Array, count: number): void {
    this.instances++;
    if (truth === guess) return;
    for (let k = 0; k < count; k++) {
      const base = features[k]! * TAGS.length;
      for (const [t, delta] of [
        [truth, 1],
        [guess, -1],
      ] as const) {
        const at = base + t;
        this.totals[at]! += (this.instances - this.stamps[at]!) * this.weights[at]!;
        this.stamps[at] = this.instances;
        this.weights[at]! += delta;
      }
    }
  }

  /** The averaged weights, in hundredths, rounded. */
  averaged(): Int32Array {
    const result = new Int32Array(this.weights.length);
    for (let at = 0; at < this.weights.length; at++) {
      const avg =
        (this.totals[at]! + (this.instances - this.stamps[at]!) * this.weights[at]!) / this.instances;
      result[at] = Math.round(avg * 100);
    }
    return result;
  }
}

// compromise's lexicon tags -> our gazetteer classes (names, places, organisations: general knowledge).
const LEXICON_CLASSES: [RegExp, string][] = [
  [/FirstName|MaleName|FemaleName/, 'given'],
  [/LastName/, 'last'],
  [/Country/, 'country'],
  [/City/, 'city'],
  [/Region|Place/, 'place'],
  [/Organization|SportsTeam/, 'org'],
  [/Demonym/, 'demonym'],
  [/Honorific/, 'honor'],
  [/Month|WeekDay/, 'date'],
];

const COMMON_TAGS =
  /Adjective|Noun|Singular|Plural|Tense|Gerund|Infinitive|Adverb|Participle|Uncountable|Preposition|Conjunction|Determiner|Pronoun|Modal|Comparative|Superlative|Expression/;

/** The gazetteer stored with the model: compromise's named words, plus words EWT writes in lower case. */
function buildLexicon(sentences: readonly Iob2Sentence[]): Lexicon {
  const lexicon: Record<string, string> = {};
  const entries = Object.entries(
    (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon,
  );
  for (const [word, tags] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const joined = Array.isArray(tags) ? tags.join(',') : tags;
    const found = LEXICON_CLASSES.find(([pattern]) => pattern.test(joined));
    if (found) lexicon[word] = found[1];
    else if (COMMON_TAGS.test(joined)) lexicon[word] = 'common';
  }
  const lowerCounts = new Map<string, number>();
  for (const s of sentences)
    for (const w of s.words) if (/^\p{Ll}+$/u.test(w)) lowerCounts.set(w, (lowerCounts.get(w) ?? 0) + 1);
  for (const [word, count] of [...lowerCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (count >= 3) lexicon[word] = lexicon[word] ? `${lexicon[word]}+common` : 'common';
  return lexicon;
}

function train(sentences: readonly Iob2Sentence[], clusters: WordClusters | undefined): NerModel {
  const lexicon = buildLexicon(sentences);
  const model = new Perceptron();
  const random = seededRandom(SEED);
  const order = sentences.map((_, i) => i);
  const scores = new Float64Array(TAGS.length);
  const all = new Uint32Array(FEATURE_COUNT);
  const kept = new Uint32Array(FEATURE_COUNT);
  const lexical = new Set(LEXICAL_FEATURES);
  const contexts = sentences.map((s) => sentenceContext(s.words, lexicon, clusters));
  const truths = sentences.map((s) => s.tags.map((t) => TAGS.indexOf(t)));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let total = 0;
    for (const index of order) {
      const context = contexts[index]!;
      const truth = truths[index]!;
      const words = sentences[index]!.words;
      let first = true;
      for (let i = 0; i < truth.length; i++) {
        // Train on the gold history so features see the tags they will see at their best.
        const previous = i > 0 ? truth[i - 1]! : START_TAG;
        if (first && i > 0 && hasLetterOrDigit(words[i - 1]!)) first = false;
        // Learn only the words the tagger scores (not those its rules tag, mostly lower-case words outside names).
        if (RULES && ruledTag(context, i, previous === START_TAG ? '<s>' : TAGS[previous]!, first)) continue;
        nerFeatures(context, i, previous, i > 1 ? truth[i - 2]! : START_TAG, MASK, all);
        let count = 0;
        const drop = random() < DROPOUT;
        for (let k = 0; k < FEATURE_COUNT; k++) if (!drop || !lexical.has(k)) kept[count++] = all[k]!;
        model.score(kept, count, scores);
        let best = -1;
        for (let t = 0; t < TAGS.length; t++) {
          if (!allowedAfter(previous === START_TAG ? '<s>' : TAGS[previous]!, TAGS[t]!)) continue;
          if (best < 0 || scores[t]! > scores[best]!) best = t;
        }
        model.update(truth[i]!, best, kept, count);
        if (truth[i] !== best) errors++;
        total++;
      }
    }
    process.stderr.write(`epoch ${epoch + 1}: token error ${((100 * errors) / total).toFixed(2)}%\n`);
  }
  const averaged = model.averaged();
  const index: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (let at = 0; at < averaged.length; at++) {
    if (Math.abs(averaged[at]!) < PRUNE * 100) continue;
    index.push(at - last);
    weights.push(averaged[at]!);
    last = at;
  }
  return { tags: TAGS, bits: BITS, index, weights, lexicon, ...(clusters ? { clusters } : {}) };
}

function spans(tags: readonly string[]): Set<string> {
  const found = new Set<string>();
  let start = -1;
  let type = '';
  tags.forEach((tag, i) => {
    if (start >= 0 && !(tag.startsWith('I-') && tag.slice(2) === type)) {
      found.add(`${start}:${i}:${type}`);
      start = -1;
    }
    if (tag.startsWith('B-') || (tag.startsWith('I-') && start < 0)) {
      start = i;
      type = tag.slice(2);
    }
  });
  if (start >= 0) found.add(`${start}:${tags.length}:${type}`);
  return found;
}

/** Token-level span F1 on PUD news dev (tuning only; `parallax eval ner` is the reported figure). */
function devScore(model: NerModel): string {
  const pud = readIob2(readFileSync(resolve(dataDir, 'ner-uner-english-pud/en_pud-ud-test.iob2'), 'utf8'));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of pud.filter((x) => x.docId.startsWith('n') && splitOf(x.docId) === 'dev')) {
    const gold = spans(s.tags);
    const guess = spans(tagEntities(model, s.words));
    for (const g of guess) if (gold.has(g)) tp++;
    fp += [...guess].filter((g) => !gold.has(g)).length;
    fn += [...gold].filter((g) => !guess.has(g)).length;
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return `PUD news dev (gold tokens): P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`;
}

const files = ['en_ewt-ud-dev.iob2', 'en_ewt-ud-test.iob2'];
const ewt = files.flatMap((f) => readIob2(readFileSync(resolve(dataDir, 'ner-uner-english-ewt', f), 'utf8')));
// PUD's Wikipedia half (sent_id "w..."): never evaluated (the NER eval reads only its news half, "n...").
const wikipedia = readIob2(
  readFileSync(resolve(dataDir, 'ner-uner-english-pud/en_pud-ud-test.iob2'), 'utf8'),
).filter((s) => s.sentId.startsWith('w'));
const sentences = process.env.NER_NO_WIKI ? ewt : [...ewt, ...wikipedia];
process.stderr.write(
  `training on ${sentences.length} sentences (${ewt.length} EWT, ${sentences.length - ewt.length} PUD Wikipedia), ${EPOCHS} epochs\n`,
);
const clusters = process.env.NER_NO_CLUSTERS ? undefined : wordClusters(unlabelledSentences(dataDir));
const model = train(sentences, clusters);
if (argv.includes('--dev')) process.stderr.write(`${devScore(model)}\n`);
if (!argv.includes('--no-write')) {
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  process.stderr.write(`wrote ${out} (${model.weights.length} weights)\n`);
}
