import { nerFeatures, sentenceContext, type Lexicon } from './ner-features.js';

/** A trained averaged-perceptron NER model: its tags and, per feature, sparse [tagIndex, weight, ...] pairs. */
export interface NerModel {
  readonly tags: readonly string[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** Gazetteer and common-word classes the features read. */
  readonly lexicon?: Lexicon;
}

/** Whether `tag` may follow `previous` in IOB2 ("I-PER" only after "B-PER" or "I-PER"). */
export function allowedAfter(previous: string, tag: string): boolean {
  return !tag.startsWith('I-') || previous.slice(2) === tag.slice(2);
}

const CLITIC = /^['’](?:s|d|m|re|ve|ll)$|^n['’]t$/i;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?$/;
// How far behind O a name tag may score and still win for a word that looks like a name (tuned on PUD dev).
const NAME_MARGIN = 6;
const FUNCTION_WORD = /^notname(?:\+common)*$/;
const NOT_A_NAME = /common|notname|date|demonym|title|honor/;
const NAMED = /given|last|place|country|city|org|group/; // includes knownorg

/**
 * Whether a word looks like part of a name even where the tagger, trained on web text, hesitates: capitalised,
 * not a common word, not a title or month; at the start of a sentence only when a gazetteer knows it.
 */
function looksLikeName(word: string, gazetteer: string, first: boolean): boolean {
  if (!/^\p{Lu}/u.test(word) || word.length < 2 || NOT_A_NAME.test(gazetteer)) return false;
  return !first || NAMED.test(gazetteer);
}

// Weights as a Map of typed arrays, built once per model: much faster to look up than a parsed JSON object.
const compiled = new WeakMap<NerModel, Map<string, Float64Array>>();

function weightsOf(model: NerModel): Map<string, Float64Array> {
  let weights = compiled.get(model);
  if (!weights) {
    weights = new Map(Object.entries(model.weights).map(([f, pairs]) => [f, Float64Array.from(pairs)]));
    compiled.set(model, weights);
  }
  return weights;
}

/** Tags a sentence's words with IOB2 entity tags (B-PER, I-ORG, O, ...): greedy, left to right. */
export function tagEntities(model: NerModel, words: readonly string[]): string[] {
  const context = sentenceContext(words, model.lexicon);
  const tags: string[] = [];
  const scores = new Float64Array(model.tags.length);
  const weights = weightsOf(model);
  let first = true;
  for (let i = 0; i < words.length; i++) {
    const previous = tags[i - 1] ?? '<s>';
    const previous2 = tags[i - 2] ?? '<s>';
    const word = words[i]!;
    if (i > 0 && /[\p{L}\p{N}]/u.test(words[i - 1]!)) first = false;
    // In edited news text a name starts with a capital: a lower-case word outside a name is O, unscored; so is
    // a capitalised function word opening a sentence ("The", "But").
    const outside = previous === 'O' || previous === '<s>';
    if (outside && (!/^\p{Lu}/u.test(word) || (first && FUNCTION_WORD.test(context.gazetteer[i]!)))) {
      tags.push('O');
      continue;
    }
    if (CLITIC.test(word) || HONORIFIC.test(word)) {
      tags.push('O'); // "Ms Pugh", "Addenbrooke's": the gold spans leave titles and clitics out
      continue;
    }
    if (HONORIFIC.test(words[i - 1] ?? '') && /^\p{Lu}/u.test(word) && !previous.endsWith('PER')) {
      tags.push('B-PER');
      continue;
    }
    scores.fill(0);
    for (const feature of nerFeatures(words, context, i, previous, previous2)) {
      const pairs = weights.get(feature);
      if (!pairs) continue;
      for (let k = 0; k < pairs.length; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
    }
    let best = -1;
    for (let t = 0; t < model.tags.length; t++) {
      if (!allowedAfter(previous, model.tags[t]!)) continue;
      if (best < 0 || scores[t]! > scores[best]!) best = t;
    }
    if (model.tags[best] === 'O' && looksLikeName(word, context.gazetteer[i]!, first)) {
      let name = -1;
      for (let t = 0; t < model.tags.length; t++) {
        if (model.tags[t] === 'O' || !allowedAfter(previous, model.tags[t]!)) continue;
        if (name < 0 || scores[t]! > scores[name]!) name = t;
      }
      if (name >= 0 && scores[best]! - scores[name]! < NAME_MARGIN) best = name;
    }
    tags.push(model.tags[best]!);
  }
  return tags;
}
