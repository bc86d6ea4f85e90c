import { join } from 'node:path';
import { analyzeArticle } from '../../analyze/index.js';
import {
  assignArticles,
  clusterArticles,
  emptyClusterState,
  toClusterInput,
  type ClusterInput,
} from '../../cluster/index.js';
import type { EvalTask, Metrics } from '../eval-task.js';
import { inSplit } from '../split.js';
import { scoreClusters } from './bcubed.js';
import { ensureSklearn } from './ensure-sklearn.js';
import { loadBasil, loadEcbPlus, loadNeus, type ClusterGroup } from './load-datasets.js';
import { runSklearnBaseline } from './run-sklearn-baseline.js';

/** Join thresholds Parallax is tuned over on dev, like the baseline's distance thresholds. */
const THRESHOLDS = Array.from({ length: 41 }, (_, i) => Math.round((-0.1 + 0.01 * i) * 100) / 100);

/** Every group's articles through analysis, as the pipeline would see them. */
function analyzeGroup(group: ClusterGroup): ClusterInput[] {
  return group.articles.map((a) =>
    toClusterInput(
      analyzeArticle({
        id: a.id,
        input: a.id,
        text: a.text,
        removed: [],
        ...(a.title ? { title: a.title } : {}),
        ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}),
      }),
    ),
  );
}

/** Scores one clustering of several groups pooled (each group's labels are kept apart by its name). */
function scoreGroups(
  groups: readonly ClusterGroup[],
  labelOf: (group: number, article: number) => string,
): Metrics {
  const predicted: string[] = [];
  const gold: string[] = [];
  groups.forEach((group, g) =>
    group.articles.forEach((article, k) => {
      predicted.push(`${group.name}:${labelOf(g, k)}`);
      gold.push(`${group.name}:${article.gold}`);
    }),
  );
  return { ...scoreClusters(predicted, gold) };
}

function parallaxLabels(
  groups: readonly ClusterGroup[],
  inputs: readonly ClusterInput[][],
  threshold: number | undefined,
) {
  return groups.map((group, g) => {
    const story = new Map<string, string>();
    for (const s of clusterArticles(inputs[g]!, threshold === undefined ? {} : { threshold }).stories)
      for (const id of s.articleIds) story.set(id, s.id);
    return group.articles.map((a) => story.get(a.id)!);
  });
}

/** Stories from the incremental API (what a feed watcher gets): articles streamed in publication order, defaults. */
function streamLabels(groups: readonly ClusterGroup[], inputs: readonly ClusterInput[][]) {
  return groups.map((group, g) => {
    const ordered = [...inputs[g]!].sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''));
    const story = new Map<string, string>();
    for (const s of assignArticles(emptyClusterState(), ordered).state.stories)
      for (const id of s.articleIds) story.set(id, s.id);
    return group.articles.map((a) => story.get(a.id)!);
  });
}

/** `parallax eval clustering`: B-cubed and pairwise F1 of Parallax and the scikit-learn baseline. */
export const clusteringEval: EvalTask = {
  name: 'clustering',
  description: 'story clustering on BASIL, ECB+ (per topic) and NeuS/AllSides against TF-IDF agglomerative',
  async run({ split, dataDir, onProgress }) {
    const notes: string[] = [
      'ECB+ is clustered topic by topic (each topic holds two look-alike incidents; gold is the fine cluster); ' +
        'BASIL and NeuS cluster each split as one batch. NeuS dev is val.source (train.source is not used).',
      `Both systems tune one threshold per dataset on dev (best B-cubed F1); "parallax-default" uses the shipped default, a join threshold that rises with the batch size (0.08 log10 n - 0.11, on similarities less crowding); "parallax-stream" feeds the same articles one by one, in publication order, to the incremental assignArticles at its defaults (no crowding; 0.03 + 0.06 log10 n).`,
    ];
    const datasets: Record<string, ClusterGroup[]> = {
      basil: await loadBasil(join(dataDir, 'basil')),
      ecbplus: await loadEcbPlus(join(dataDir, 'ecbplus')),
      'neus-allsides': await loadNeus(join(dataDir, 'neus-allsides')),
    };
    const result: Record<string, Record<string, Metrics>> = {};
    const forBaseline: Record<string, { dev: ClusterGroup[]; eval: ClusterGroup[] }> = {};
    for (const [name, groups] of Object.entries(datasets)) {
      onProgress?.(`${name}: analysing ${groups.reduce((n, g) => n + g.articles.length, 0)} articles`);
      const dev = groups.filter((g) => g.split === 'dev');
      const evaluated = groups.filter((g) => inSplit(g.split, split));
      forBaseline[name] = { dev, eval: evaluated };
      const inputs = new Map(groups.map((g) => [g, analyzeGroup(g)]));
      const devInputs = dev.map((g) => inputs.get(g)!);
      let best = { threshold: THRESHOLDS[0]!, f1: -1 };
      for (const threshold of THRESHOLDS) {
        const labels = parallaxLabels(dev, devInputs, threshold);
        const f1 = scoreGroups(dev, (g, k) => labels[g]![k]!).bcubedF1 as number;
        if (f1 > best.f1) best = { threshold, f1 };
      }
      const evalInputs = evaluated.map((g) => inputs.get(g)!);
      const tuned = parallaxLabels(evaluated, evalInputs, best.threshold);
      const shipped = parallaxLabels(evaluated, evalInputs, undefined);
      const streamed = streamLabels(evaluated, evalInputs);
      result[name] = {
        parallax: { ...scoreGroups(evaluated, (g, k) => tuned[g]![k]!), threshold: best.threshold },
        'parallax-default': scoreGroups(evaluated, (g, k) => shipped[g]![k]!),
        'parallax-stream': scoreGroups(evaluated, (g, k) => streamed[g]![k]!),
      };
    }
    const missing = ensureSklearn(onProgress);
    if (missing) notes.push(missing);
    else {
      onProgress?.('scikit-learn baseline: tuning on dev and clustering');
      try {
        const answers = await runSklearnBaseline(forBaseline);
        for (const [name, answer] of Object.entries(answers)) {
          const evaluated = forBaseline[name]!.eval;
          result[name]!['sklearn-agglomerative'] = {
            ...scoreGroups(evaluated, (g, k) => String(answer.labels[g]![k])),
            threshold: answer.threshold,
          };
        }
      } catch (error) {
        notes.push(`the scikit-learn baseline failed: ${(error as Error).message}`);
      }
    }
    return { task: 'clustering', split, datasets: result, notes };
  },
};
