// `npm run train`: trains the averaged-perceptron entity tagger on UNER English-EWT (dev + test files, which
// are training data here, never evaluation data) and writes models/ner-perceptron.json. Deterministic:
// fixed file order, fixed seed, fixed epochs, so the committed weights can be reproduced byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { nerFeatures, sentenceContext, type Lexicon } from '../src/analyze/ner-features.js';
import { allowedAfter, tagEntities, type NerModel } from '../src/analyze/tag-entities.js';
import { readIob2, type Iob2Sentence } from '../src/eval/ner/read-iob2.js';
import { splitOf } from '../src/eval/split.js';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
const PRUNE = Number(process.env.NER_PRUNE ?? 0.05);
const SEED = 20231107;
// Dropping the word's own identity features in part of the updates makes shape, context and gazetteer
// features carry weight, so the tagger generalises to names it never saw.
const DROPOUT = Number(process.env.NER_DROPOUT ?? 0.5);
const LEXICAL = /^(?:w=|W=|w-1w=|ww\+1=|t-1w=|p2=|p3=|x2=|x3=|x4=)/;

const argv = process.argv.slice(2);
const dataDir = resolve(argv.includes('--data') ? argv[argv.indexOf('--data') + 1]! : '../shared/data');
const out = fileURLToPath(new URL('../models/ner-perceptron.json', import.meta.url));

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged perceptron over string features and a fixed tag set (lazy averaging with timestamps). */
class Perceptron {
  readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;

  score(features: readonly string[], scores: Float64Array): void {
    scores.fill(0);
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let t = 0; t < TAGS.length; t++) scores[t]! += w[t]!;
    }
  }

  update(truth: number, guess: number, features: readonly string[]): void {
    this.instances++;
    if (truth === guess) return;
    for (const f of features) {
      let w = this.weights.get(f);
      if (!w) {
        w = new Float64Array(TAGS.length);
        this.weights.set(f, w);
        this.totals.set(f, new Float64Array(TAGS.length));
        this.stamps.set(f, new Float64Array(TAGS.length));
      }
      const totals = this.totals.get(f)!;
      const stamps = this.stamps.get(f)!;
      for (const [t, delta] of [
        [truth, 1],
        [guess, -1],
      ] as const) {
        totals[t]! += (this.instances - stamps[t]!) * w[t]!;
        stamps[t] = this.instances;
        w[t]! += delta;
      }
    }
  }

  averaged(): Map<string, Float64Array> {
    const result = new Map<string, Float64Array>();
    for (const [f, w] of this.weights) {
      const totals = this.totals.get(f)!;
      const stamps = this.stamps.get(f)!;
      const avg = new Float64Array(TAGS.length);
      for (let t = 0; t < TAGS.length; t++)
        avg[t] = (totals[t]! + (this.instances - stamps[t]!) * w[t]!) / this.instances;
      result.set(f, avg);
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

function train(sentences: readonly Iob2Sentence[]): NerModel {
  const lexicon = buildLexicon(sentences);
  const model = new Perceptron();
  const random = mulberry32(SEED);
  const order = sentences.map((_, i) => i);
  const scores = new Float64Array(TAGS.length);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let total = 0;
    for (const index of order) {
      const { words, tags } = sentences[index]!;
      const context = sentenceContext(words, lexicon);
      const guessed: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const all = nerFeatures(words, context, i, guessed[i - 1] ?? '<s>', guessed[i - 2] ?? '<s>');
        const features = random() < DROPOUT ? all.filter((f) => !LEXICAL.test(f)) : all;
        model.score(features, scores);
        let best = -1;
        for (let t = 0; t < TAGS.length; t++) {
          if (!allowedAfter(guessed[i - 1] ?? '<s>', TAGS[t]!)) continue;
          if (best < 0 || scores[t]! > scores[best]!) best = t;
        }
        const truth = TAGS.indexOf(tags[i]!);
        model.update(truth, best, features);
        if (truth !== best) errors++;
        total++;
        // Train on the gold history so features see the tags they will see at their best.
        guessed.push(TAGS[truth]!);
      }
    }
    process.stderr.write(`epoch ${epoch + 1}: token error ${((100 * errors) / total).toFixed(2)}%\n`);
  }
  const weights: Record<string, number[]> = {};
  for (const [feature, avg] of [...model.averaged()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const pairs: number[] = [];
    for (let t = 0; t < TAGS.length; t++) {
      const w = Math.round(avg[t]! * 100) / 100;
      if (Math.abs(w) >= PRUNE) pairs.push(t, w);
    }
    if (pairs.length > 0) weights[feature] = pairs;
  }
  return { tags: TAGS, weights, lexicon };
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
const sentences = files.flatMap((f) =>
  readIob2(readFileSync(resolve(dataDir, 'ner-uner-english-ewt', f), 'utf8')),
);
process.stderr.write(`training on ${sentences.length} EWT sentences, ${EPOCHS} epochs\n`);
const model = train(sentences);
if (argv.includes('--dev')) process.stderr.write(`${devScore(model)}\n`);
if (!argv.includes('--no-write')) {
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  process.stderr.write(`wrote ${out} (${Object.keys(model.weights).length} features)\n`);
}
