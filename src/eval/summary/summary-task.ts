import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EvalOptions, EvalResult, EvalTask, Metrics } from '../eval-task.js';
import type { Split } from '../split.js';
import { inSplit } from '../split.js';
import { parseNeus, type NeusExample } from './parse-neus.js';
import { rouge, type RougeScores } from './rouge.js';
import { lead3Summary } from './lead3-summary.js';
import { lexRankSummary } from './lexrank-summary.js';
import { parallaxSummary } from './parallax-summary.js';

/**
 * The word budget all three systems are held to: the median length of the AllSides reference summaries
 * on the dev files (train + val: 55 words; mean 66).
 */
export const SUMMARY_WORD_BUDGET = 55;

const FILES: readonly { split: Split; name: string }[] = [
  { split: 'dev', name: 'train' },
  { split: 'dev', name: 'val' },
  { split: 'test', name: 'test' },
];

async function readMaybeGzipped(base: string): Promise<string> {
  if (existsSync(base)) return readFile(base, 'utf8');
  return gunzipSync(await readFile(`${base}.gz`)).toString('utf8');
}

/** Titles of the center outlets' articles in the AllSides crawl: the probe files drop stance labels. */
async function centerTitles(folder: string): Promise<Set<string>> {
  const path = join(folder, 'headline_11_2021-10-19_crawled_all.jsonl');
  if (!existsSync(path)) return new Set();
  const titles = new Set<string>();
  for (const line of (await readFile(path, 'utf8')).split('\n')) {
    if (line.trim() === '') continue;
    const story = JSON.parse(line) as { news?: { center?: { newsTitle?: string } } };
    const title = story.news?.center?.newsTitle;
    if (title) titles.add(normalizeTitle(title));
  }
  return titles;
}

const normalizeTitle = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function mean(scores: readonly RougeScores[]): Metrics {
  const avg = (k: keyof RougeScores): number =>
    scores.length === 0 ? 0 : (100 * scores.reduce((s, x) => s + x[k], 0)) / scores.length;
  return { rouge1: avg('rouge1'), rouge2: avg('rouge2'), rougeL: avg('rougeL'), n: scores.length };
}

/** Loads the NeuS examples of the chosen split. */
export async function loadNeus(folder: string, choice: EvalOptions['split']): Promise<NeusExample[]> {
  const examples: NeusExample[] = [];
  for (const file of FILES.filter((f) => inSplit(f.split, choice))) {
    const base = join(folder, 'lrc_roundup_probe', file.name);
    const [source, target] = await Promise.all([
      readMaybeGzipped(`${base}.source`),
      readMaybeGzipped(`${base}.target`),
    ]);
    examples.push(...parseNeus(source, target, file.name));
  }
  return examples;
}

/** `parallax eval summary`: Parallax's neutral summary against lead-3 and LexRank on NeuS/AllSides. */
export const summaryTask: EvalTask = {
  name: 'summary',
  description: 'neutral multi-source summary vs AllSides references (ROUGE F1), with lead-3 and LexRank',
  async run(options: EvalOptions): Promise<EvalResult> {
    const folder = join(options.dataDir, 'neus-allsides');
    const examples = await loadNeus(folder, options.split);
    const centers = await centerTitles(folder);
    const systems = {
      parallax: [] as RougeScores[],
      lead3: [] as RougeScores[],
      lexrank: [] as RougeScores[],
    };
    let centerKnown = 0;
    examples.forEach((example, i) => {
      const center = example.articles.findIndex((a) => centers.has(normalizeTitle(a.title)));
      if (center >= 0) centerKnown++;
      systems.parallax.push(rouge(parallaxSummary(example, SUMMARY_WORD_BUDGET), example.reference));
      systems.lead3.push(
        rouge(lead3Summary(example, Math.max(0, center), SUMMARY_WORD_BUDGET), example.reference),
      );
      systems.lexrank.push(rouge(lexRankSummary(example, SUMMARY_WORD_BUDGET), example.reference));
      if ((i + 1) % 100 === 0) options.onProgress?.(`${i + 1}/${examples.length} stories`);
    });
    return {
      task: 'summary',
      split: options.split,
      datasets: {
        'neus-allsides': {
          parallax: mean(systems.parallax),
          lead3: mean(systems.lead3),
          lexrank: mean(systems.lexrank),
        },
      },
      notes: [
        `word budget ${SUMMARY_WORD_BUDGET} words for every system (median dev reference length)`,
        `lead-3 used the center article for ${centerKnown}/${examples.length} stories (matched by title in the AllSides crawl); the probe files drop stance labels, so the rest use the first article`,
      ],
    };
  },
};
