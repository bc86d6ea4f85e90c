import {
  factAt,
  FEATURE_COUNT,
  isCapitalised,
  nerFeatures,
  sentenceContext,
  START_TAG,
  type Lexicon,
  type SentenceContext,
  type WordClusters,
} from './ner-features.js';

/**
 * A trained averaged-perceptron NER model over hashed features: `2 ** bits` buckets, each with one weight per
 * tag. Stored sparse: `index` holds the ascending positions `bucket * tags.length + tag` of non-zero weights,
 * delta-coded, and `weights` their values in hundredths.
 */
export interface NerModel {
  readonly tags: readonly string[];
  readonly bits: number;
  readonly index: readonly number[];
  readonly weights: readonly number[];
  /** Gazetteer and common-word classes the features read. */
  readonly lexicon?: Lexicon;
  /** Word clusters and capital ratios learned from unlabelled news text. */
  readonly clusters?: WordClusters;
}

/** Whether `tag` may follow `previous` in IOB2 ("I-PER" only after "B-PER" or "I-PER"). */
export function allowedAfter(previous: string, tag: string): boolean {
  return !tag.startsWith('I-') || previous.slice(2) === tag.slice(2);
}

// How far behind O (in weight units; the table holds hundredths) a name tag may score and still win for a word that looks like a name (tuned on PUD dev).
const NAME_MARGIN = 6;

/** The dense weight table of a model, and which tag may follow which, built once per model. */
interface Compiled {
  /** Weights in hundredths: whole numbers, so 16 bits hold them and the table stays small in the CPU cache. */
  readonly table: Int16Array;
  readonly mask: number;
  /** allowed[previous * T + tag]; previous START_TAG is the sentence start. */
  readonly allowed: Uint8Array;
  readonly outside: number;
}

const STRIDE = 8;
const compiled = new WeakMap<NerModel, Compiled>();

/** Expands a model's sparse weights into a dense table (cached per model). */
export function compileModel(model: NerModel): Compiled {
  let c = compiled.get(model);
  if (!c) {
    const T = model.tags.length;
    // A weight row holds STRIDE tags and tag index START_TAG stands for the sentence start: more tags would
    // spill into the next bucket's row or read as a sentence start, corrupting scores without any error.
    const most = Math.min(STRIDE, START_TAG);
    if (T > most)
      throw new Error(
        `NER model has ${T} tags; the tagger holds at most ${most} (STRIDE ${STRIDE}, START_TAG ${START_TAG})`,
      );
    // One row of STRIDE floats per bucket: a bucket's weights share one cache line.
    const table = new Int16Array((1 << model.bits) * STRIDE);
    let at = 0;
    for (let k = 0; k < model.index.length; k++) {
      at += model.index[k]!;
      table[Math.floor(at / T) * STRIDE + (at % T)] = Math.max(-32768, Math.min(32767, model.weights[k]!));
    }
    const allowed = new Uint8Array((START_TAG + 1) * T);
    for (let p = 0; p <= START_TAG; p++)
      for (let t = 0; t < T; t++)
        allowed[p * T + t] = allowedAfter(p < T ? model.tags[p]! : '<s>', model.tags[t]!) ? 1 : 0;
    c = { table, mask: (1 << model.bits) - 1, allowed, outside: model.tags.indexOf('O') };
    compiled.set(model, c);
  }
  return c;
}

/**
 * The tag rules give word `i` without scoring it, if any. In edited news text a name starts with a capital: a
 * lower-case word outside a name is O; so is a capitalised function word opening a sentence ("The", "But"),
 * a clitic or an honorific ("Ms Pugh", "Addenbrooke's": gold spans leave titles and clitics out); a
 * capitalised word after an honorific starts a person's name. The trainer learns only the other words.
 */
export function ruledTag(
  context: SentenceContext,
  i: number,
  previous: string,
  first: boolean,
): 'O' | 'B-PER' | undefined {
  const isOutside = previous === 'O' || previous === '<s>';
  if (isOutside && !isCapitalised(context.words[i]!)) return 'O';
  const f = factAt(context, i);
  if (isOutside && first && f.functionWord) return 'O';
  if (f.clitic || f.honorific) return 'O';
  if (i > 0 && f.capital && factAt(context, i - 1).honorific && !previous.endsWith('PER')) return 'B-PER';
  return undefined;
}

/** Whether a word has a letter or digit (ASCII fast path). */
export function hasLetterOrDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return /[\p{L}\p{N}]/u.test(word);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  }
  return false;
}

/** Tags a sentence's words with IOB2 entity tags (B-PER, I-ORG, O, ...): greedy, left to right. */
export function tagEntities(model: NerModel, words: readonly string[]): string[] {
  return tagIndices(model, words).map((t) => model.tags[t]!);
}

/** Like tagEntities, as indices into model.tags. */
export function tagIndices(model: NerModel, words: readonly string[]): number[] {
  const { table, mask, allowed, outside } = compileModel(model);
  const context = sentenceContext(words, model.lexicon, model.clusters);
  const { named } = context;
  const T = model.tags.length;
  const tags: number[] = new Array<number>(words.length);
  const scores = new Float64Array(T);
  const features = new Uint32Array(FEATURE_COUNT);
  const person = model.tags.indexOf('B-PER');
  let first = true;
  for (let i = 0; i < words.length; i++) {
    const previous = i > 0 ? tags[i - 1]! : START_TAG;
    const previous2 = i > 1 ? tags[i - 2]! : START_TAG;
    const word = words[i]!;
    if (first && i > 0 && hasLetterOrDigit(words[i - 1]!)) first = false;
    const ruled = ruledTag(context, i, previous === START_TAG ? '<s>' : model.tags[previous]!, first);
    if (ruled !== undefined) {
      tags[i] = ruled === 'O' ? outside : person;
      continue;
    }
    const f = factAt(context, i);
    scores.fill(0);
    nerFeatures(context, i, previous, previous2, mask, features);
    for (let k = 0; k < FEATURE_COUNT; k++) {
      const base = features[k]! * STRIDE;
      for (let t = 0; t < T; t++) scores[t]! += table[base + t]!;
    }
    const row = previous * T;
    let best = -1;
    for (let t = 0; t < T; t++) {
      if (!allowed[row + t]) continue;
      if (best < 0 || scores[t]! > scores[best]!) best = t;
    }
    // A word that looks like a name (capitalised, not a common word, title or month; at the start of a sentence
    // only when a gazetteer knows it) gets a name tag if one scores close enough behind O.
    if (best === outside && f.capital && word.length >= 2 && !f.notAName && (!first || named[i])) {
      let name = -1;
      for (let t = 0; t < T; t++) {
        if (t === outside || !allowed[row + t]) continue;
        if (name < 0 || scores[t]! > scores[name]!) name = t;
      }
      if (name >= 0 && scores[best]! - scores[name]! < NAME_MARGIN * 100) best = name;
    }
    tags[i] = best;
  }
  return tags;
}
