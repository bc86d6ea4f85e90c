import { performance } from 'node:perf_hooks';
import { clusterArticles } from '../cluster/index.js';
import { scoreClusters } from '../eval/clustering/bcubed.js';
import type { BenchTask } from './bench-task.js';
import { generateClusterCorpus, loadSeedStories } from './clustering-corpus.js';
import { withPeakMemory } from './measure.js';

/**
 * `npm run bench -- --only clustering`: clusters 100,000 generated articles (10,000 with --quick) whose stories
 * are known, in one batch, and reports time, peak memory, and B-cubed F1 against the known stories.
 */
export const clusteringBench: BenchTask = {
  name: 'clustering',
  async run({ dataDir, quick, onProgress }) {
    const size = quick ? 10_000 : 100_000;
    const stories = await loadSeedStories(dataDir);
    const corpus = generateClusterCorpus(stories, size);
    onProgress?.(`generated ${corpus.length} articles from ${stories.length} real stories`);
    globalThis.gc?.();
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { result, peakRssMb } = await withPeakMemory(() => clusterArticles(corpus));
    const seconds = (performance.now() - started) / 1000;
    // CPU time next to wall time: on a shared machine the gap is time spent waiting for a core.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const story = new Map<string, string>();
    for (const s of result.stories) for (const id of s.articleIds) story.set(id, s.id);
    const scores = scoreClusters(
      corpus.map((a) => story.get(a.id)!),
      corpus.map((a) => a.gold),
    );
    const copies = corpus.filter((a) => a.copyOf);
    const copiesFound = copies.filter((a) => result.duplicateOf[a.id] !== undefined).length;
    const marked = Object.keys(result.duplicateOf).length;
    return [
      {
        workload: `${size / 1000}k generated articles`,
        system: 'parallax',
        figures: {
          articles: corpus.length,
          seconds: Math.round(seconds * 100) / 100,
          cpuSeconds: Math.round(cpuSeconds * 100) / 100,
          articlesPerSecond: Math.round(corpus.length / seconds),
          peakRssMb,
          stories: result.stories.length,
          goldStories: new Set(corpus.map((a) => a.gold)).size,
          bcubedF1: Math.round(scores.bcubedF1 * 1000) / 1000,
          copies: copies.length,
          copiesFound,
          duplicatesMarked: marked,
        },
      },
    ];
  },
};
