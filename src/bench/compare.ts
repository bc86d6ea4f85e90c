import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../analyze/index.js';
import { compareStory } from '../compare/index.js';
import { extractArticle } from '../extract/index.js';
import type { AnalyzedArticle } from '../model/index.js';
import type { BenchTask } from './bench-task.js';
import { median, timeRuns } from './measure.js';

const SAMPLE_DIR = fileURLToPath(new URL('../../samples/seed-story/', import.meta.url));

/**
 * A story of `size` articles from the sample story's real texts: each copy of an article keeps its
 * paragraphs but drops one and rotates the rest (as rewrites and updates of a wire story do), so no two
 * articles are identical and every comparison step has real work.
 */
async function assembleStory(size: number): Promise<AnalyzedArticle[]> {
  const files = (await readdir(SAMPLE_DIR)).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(files.map((f) => readFile(join(SAMPLE_DIR, f), 'utf8')));
  const story: AnalyzedArticle[] = [];
  for (let i = 0; i < size; i++) {
    const round = Math.floor(i / texts.length);
    const paragraphs = texts[i % texts.length]!.split(/\n\s*\n/);
    const [header, body] = [paragraphs.slice(0, 3), paragraphs.slice(3)];
    const kept = body.filter((_, k) => round === 0 || k !== round % body.length);
    const shift = round % Math.max(1, kept.length);
    const rotated = [...kept.slice(shift), ...kept.slice(0, shift)];
    const { article } = extractArticle({
      input: `bench-${i}`,
      format: 'text',
      content: [...header, ...rotated].join('\n\n'),
    });
    if (article) story.push(analyzeArticle(article));
  }
  return story;
}

/** `npm run bench -- --only compare`: comparing one 50-article story (entities, facts, conflicts, quotes, framing). */
export const compareBench: BenchTask = {
  name: 'compare',
  async run({ quick, onProgress }) {
    const rows = [];
    for (const size of quick ? [10] : [10, 50]) {
      const story = await assembleStory(size);
      onProgress?.(`story of ${story.length} articles`);
      compareStory(story); // warm-up
      const runs = quick ? 3 : 7;
      const cpuBefore = process.cpuUsage();
      const times = await timeRuns(() => compareStory(story), runs);
      const cpu = process.cpuUsage(cpuBefore);
      rows.push({
        workload: `sample x${story.length} articles`,
        system: 'parallax compareStory',
        // CPU time per run beside wall time: on a shared machine wall time also counts other processes.
        figures: {
          medianMs: Math.round(median(times)),
          maxMs: Math.round(Math.max(...times)),
          cpuMsPerRun: Math.round((cpu.user + cpu.system) / 1000 / runs),
        },
      });
    }
    return rows;
  },
};
