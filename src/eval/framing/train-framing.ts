import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FramingModel, FramingToken } from '../../compare/framing-tokens.js';
import {
  articleStems,
  otherStems,
  CONTEXT_FEATURES,
  contextFeatures,
  type StoryStems,
} from '../../compare/context-features.js';
import { ownVoiceTokens } from '../../compare/own-voice-tokens.js';
import { selectLoaded } from '../../compare/select-loaded.js';
import type { Span } from '../../model/index.js';
import { stem } from '../../util/terms.js';
import { fitLogistic, logOdds, type LogisticModel } from './logistic-regression.js';
import { prepareBasil, type PreparedArticle } from './prepare-basil.js';
import { readBasil } from './read-basil.js';
import { readLexicons, type Lexicons } from './read-lexicons.js';
import { scoreFraming } from './score-framing.js';
import { FEATURE_NAMES, wordCategory, wordFeatures, type WordCounts } from './word-features.js';

/** The L2 penalty, chosen by cross-validation on dev (`--l2` to try others). */
const L2 = process.argv.includes('--l2') ? Number(process.argv[process.argv.indexOf('--l2') + 1]) : 1;

interface Example {
  readonly article: PreparedArticle;
  readonly tokens: readonly FramingToken[];
  readonly context: readonly (readonly number[])[];
  readonly labels: readonly boolean[];
}

/** Own-voice words of an article and whether each overlaps a gold own-voice lexical-bias span. */
function examplesOf(article: PreparedArticle, others: StoryStems): Example {
  const gold = article.gold.filter((g) => g.bias === 'lex' && !g.quote);
  const tokens = ownVoiceTokens(article.analyzed);
  const contextOf = contextFeatures(article.analyzed, others);
  return {
    article,
    tokens,
    context: tokens.map(contextOf),
    labels: tokens.map((t) => gold.some((g) => t.start < g.end && g.start < t.end)),
  };
}

/** Per-word counts over some examples. */
function countWords(
  examples: readonly Example[],
  key: (word: string) => string = (w) => w,
): Map<string, WordCounts> {
  const counts = new Map<string, { seen: number; loaded: number; docs: number }>();
  for (const example of examples) {
    const inDoc = new Set<string>();
    example.tokens.forEach((token, i) => {
      const k = key(token.word);
      const c = counts.get(k) ?? { seen: 0, loaded: 0, docs: 0 };
      c.seen++;
      if (example.labels[i]) c.loaded++;
      if (!inDoc.has(k)) c.docs++;
      inDoc.add(k);
      counts.set(k, c);
    });
  }
  return new Map(
    [...counts].map(([w, c]) => [
      w,
      { seen: c.seen, loaded: c.loaded, documentShare: c.docs / Math.max(1, examples.length) },
    ]),
  );
}

/** Counts without one story's own articles, so a word's learned rate never sees the row it is scored on. */
function withoutStory(
  total: ReadonlyMap<string, WordCounts>,
  own: ReadonlyMap<string, WordCounts>,
  size: number,
  ownSize: number,
): (word: string) => WordCounts | undefined {
  return (word) => {
    const t = total.get(word);
    if (!t) return undefined;
    const o = own.get(word);
    if (!o) return t;
    return {
      seen: t.seen - o.seen,
      loaded: t.loaded - o.loaded,
      documentShare: (t.documentShare * size - o.documentShare * ownSize) / Math.max(1, size - ownSize),
    };
  };
}

/** Fits the word model on examples; each row's word counts leave out the row's own story. */
function fit(examples: readonly Example[], lexicons: Lexicons, l2 = L2): LogisticModel {
  const total = countWords(examples);
  const totalStems = countWords(examples, stem);
  const byStory = new Map<string, Example[]>();
  for (const e of examples)
    byStory.set(e.article.basil.triplet, [...(byStory.get(e.article.basil.triplet) ?? []), e]);
  const x: number[][] = [];
  const y: boolean[] = [];
  for (const story of byStory.values()) {
    const countsOf = withoutStory(total, countWords(story), examples.length, story.length);
    const stemCountsOf = withoutStory(totalStems, countWords(story, stem), examples.length, story.length);
    for (const e of story) {
      e.tokens.forEach((t, i) => {
        x.push([
          ...wordFeatures(t.word, lexicons, countsOf(t.word), stemCountsOf(stem(t.word))),
          ...e.context[i]!,
        ]);
        y.push(e.labels[i]!);
      });
    }
  }
  return fitLogistic(x, y, { l2 });
}

/** Predicted loaded spans of each article under a word score and a selection rule. */
function predict(
  examples: readonly Example[],
  scoreOf: (token: FramingToken) => number | undefined,
  rule: Pick<FramingModel, 'threshold' | 'maxPer'>,
): Map<string, Span[]> {
  return new Map(
    examples.map((e) => [e.article.basil.id, selectLoaded(e.tokens, scoreOf, rule).map((s) => s.token)]),
  );
}

/**
 * `npm run train:framing`: learns which words are loaded in an outlet's own voice from BASIL's dev split
 * (never test) and writes the small model `src/compare/lexicons/framing-model.json`. Features are lexicon
 * memberships (openly licensed lists only), AFINN valence, word shape and each word's smoothed rate of being
 * annotated as lexical bias; the threshold and the per-article cap are chosen by cross-validation over stories.
 */
async function trainFraming(dataDir: string, out: string): Promise<void> {
  const lexicons = await readLexicons(join(dataDir, 'lexicons'));
  const articles = (await readBasil(join(dataDir, 'basil'))).filter((a) => a.split === 'dev');
  const prepared = articles.map(prepareBasil).flatMap((p) => (p ? [p] : []));
  const storyStems = new Map(prepared.map((p) => [p, articleStems(p.analyzed)]));
  const examples = prepared.map((p) => {
    const story = prepared.filter((o) => o.basil.triplet === p.basil.triplet);
    return examplesOf(
      p,
      otherStems(
        story.map((o) => storyStems.get(o)!),
        story.indexOf(p),
      ),
    );
  });
  process.stderr.write(`dev articles: ${examples.length}\n`);
  // Cross-validated scores: four folds of stories, each scored by a model fitted on the other three.
  const folds = [0, 1, 2, 3].map((k) =>
    examples.filter((e) => Number.parseInt(e.article.basil.triplet.slice(0, 2), 16) % 4 === k),
  );
  const cvScore = new Map<FramingToken, number>();
  for (const [k, fold] of folds.entries()) {
    const train = folds.filter((_, j) => j !== k).flat();
    const model = fit(train, lexicons);
    const counts = countWords(train);
    const stems = countWords(train, stem);
    for (const e of fold) {
      e.tokens.forEach((t, i) =>
        cvScore.set(
          t,
          logOdds(model, [
            ...wordFeatures(t.word, lexicons, counts.get(t.word), stems.get(stem(t.word))),
            ...e.context[i]!,
          ]),
        ),
      );
    }
  }
  let best = { f1: -1, threshold: 0, terms: 1, words: 1000 };
  for (let threshold = -3.5; threshold <= -1; threshold += 0.125) {
    for (const terms of [1, 2, 3, 4, 5, 6, 8, 100]) {
      const rule = { threshold, maxPer: { terms, words: 1000 } };
      const predictions = predict(examples, (t) => cvScore.get(t), rule);
      const s = scoreFraming(
        examples.map((e) => e.article),
        predictions,
      );
      if (s.f1 > best.f1) best = { f1: s.f1, threshold, terms, words: 1000 };
      process.stderr.write(`  t=${threshold} cap=${terms}/1000: P=${s.precision} R=${s.recall} F1=${s.f1}\n`);
    }
  }
  process.stderr.write(`chosen (cross-validated on dev): ${JSON.stringify(best)}\n`);
  if (process.argv.includes('--verbose')) {
    const tally = new Map<string, [number, number]>();
    for (const e of examples) {
      e.tokens.forEach((t, i) => {
        if ((cvScore.get(t) ?? -Infinity) < best.threshold) return;
        const v = tally.get(t.word) ?? [0, 0];
        v[e.labels[i] ? 0 : 1]++;
        tally.set(t.word, v);
      });
    }
    const rows = [...tally].sort((x, y) => y[1][1] - x[1][1]);
    process.stderr.write(
      `false positives: ${rows
        .slice(0, 80)
        .map(([w, [tp, fp]]) => `${w}:${tp}/${fp}`)
        .join(' ')}\n`,
    );
  }
  const model = fit(examples, lexicons);
  // Back to raw feature units: score = intercept + sum(a_j * x_j), split into the word's part and its context's.
  const a = model.weights.map((w, j) => w / model.scale[j]!);
  const intercept = model.bias - a.reduce((sum, aj, j) => sum + aj * model.mean[j]!, 0);
  const names = [...FEATURE_NAMES, ...CONTEXT_FEATURES];
  process.stderr.write(`weights: ${names.map((n, j) => `${n}=${a[j]!.toFixed(3)}`).join(' ')}\n`);
  const wordWeights = a.slice(0, FEATURE_NAMES.length);
  const context = Object.fromEntries(
    CONTEXT_FEATURES.map((n, j) => [n, Math.round(a[FEATURE_NAMES.length + j]! * 1000) / 1000]),
  );
  const maxContext = CONTEXT_FEATURES.reduce((sum, _, j) => {
    const values = examples.flatMap((e) => e.context.map((c) => c[j]!));
    return sum + Math.max(0, ...values.map((v) => v * a[FEATURE_NAMES.length + j]!));
  }, 0);
  const counts = countWords(examples);
  const stems = countWords(examples, stem);
  const vocabulary = new Set<string>([
    ...counts.keys(),
    ...Object.values(lexicons.lists).flatMap((l) => [...l].filter((w) => /^[a-z][a-z'-]*$/.test(w))),
    ...Object.keys(lexicons.afinn).filter((w) => /^[a-z][a-z'-]*$/.test(w)),
  ]);
  const terms: Record<string, [number, string]> = {};
  for (const word of [...vocabulary].sort()) {
    const score = wordFeatures(word, lexicons, counts.get(word), stems.get(stem(word))).reduce(
      (sum, x, j) => sum + wordWeights[j]! * x,
      intercept,
    );
    if (score + maxContext >= best.threshold)
      terms[word] = [Math.round(score * 1000) / 1000, wordCategory(word, lexicons)];
  }
  const framingModel: FramingModel = {
    threshold: best.threshold,
    maxPer: { terms: best.terms, words: best.words },
    terms,
    context,
  };
  await writeFile(out, `${JSON.stringify(framingModel)}\n`);
  process.stderr.write(`wrote ${Object.keys(terms).length} terms to ${out}\n`);
}

const dataIndex = process.argv.indexOf('--data');
await trainFraming(
  resolve(dataIndex >= 0 ? process.argv[dataIndex + 1]! : '../shared/data'),
  resolve('src/compare/lexicons/framing-model.json'),
);
