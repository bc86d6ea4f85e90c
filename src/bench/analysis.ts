import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyzeArticle } from '../analyze/analyze-article.js';
import type { Article } from '../model/index.js';
import type { BenchTask } from './bench-task.js';
import { median, timeRuns, withPeakMemory } from './measure.js';

interface BasilArticle {
  readonly uuid?: string;
  readonly title?: string;
  readonly date?: string;
  readonly 'body-paragraphs'?: readonly (readonly string[])[];
}

/** Real news articles (BASIL: Fox, NYT, HuffPost) until `bytes` of body text, in a fixed order. */
async function newsArticles(dataDir: string, bytes: number): Promise<Article[]> {
  const root = join(dataDir, 'basil', 'articles');
  const articles: Article[] = [];
  let total = 0;
  for (const year of (await readdir(root)).sort()) {
    for (const file of (await readdir(join(root, year))).sort()) {
      if (total >= bytes) return articles;
      const json = JSON.parse(await readFile(join(root, year, file), 'utf8')) as BasilArticle;
      const text = (json['body-paragraphs'] ?? []).map((p) => p.join(' ')).join('\n\n');
      if (!text) continue;
      total += Buffer.byteLength(text);
      articles.push({
        id: file,
        input: file,
        text,
        removed: [],
        ...(json.title && { title: json.title }),
        ...(json.date && { publishedAt: json.date }),
      });
    }
  }
  return articles;
}

/** `npm run bench -- --only analysis`: full analysis (sentences, entities, quotes, numbers, dates) of 1 MB of news. */
export const analysisBench: BenchTask = {
  name: 'analysis',
  async run({ dataDir, quick, onProgress }) {
    const megabytes = quick ? 0.25 : 1;
    const articles = await newsArticles(dataDir, megabytes * 1_000_000);
    const mb = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6;
    onProgress?.(`${articles.length} BASIL articles, ${mb.toFixed(2)} MB`);
    const workload = `${mb.toFixed(2)} MB news text`;
    const rows = [];
    analyzeArticle(articles[0]!); // warm-up: model load and JIT
    const systems: [string, () => unknown][] = [
      ['parallax analyze', () => articles.map((a) => analyzeArticle(a))],
      [
        'compromise entities',
        // One parse per article, as a user would (people and places of the same document).
        () =>
          articles.map((a) => {
            const doc = nlp(a.text);
            return doc.people().length + doc.places().length;
          }),
      ],
    ];
    for (const [system, run] of systems) {
      const repeats = quick ? 1 : 3;
      const cpuTimes: number[] = [];
      const measured = (): unknown => {
        const before = process.cpuUsage();
        const result = run();
        const cpu = process.cpuUsage(before);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
        return result;
      };
      const { result: times, peakRssMb } = await withPeakMemory(() => timeRuns(measured, repeats));
      const ms = median(times);
      // CPU time per run too (the median, like the wall time): the machine is shared, so wall time alone
      // overstates the work.
      const cpuMs = median(cpuTimes);
      rows.push({
        workload,
        system,
        figures: {
          medianMs: Math.round(ms),
          cpuMs: Math.round(cpuMs),
          mbPerSecond: mb / (ms / 1000),
          peakRssMb,
        },
      });
    }
    return rows;
  },
};
