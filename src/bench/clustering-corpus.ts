import { join } from 'node:path';
import type { ClusterInput } from '../cluster/index.js';
import {
  loadBasil,
  loadEcbPlus,
  loadNeus,
  readMaybeGzip,
  type GoldArticle,
} from '../eval/clustering/load-datasets.js';
import { seededRandom } from '../util/seeded-random.js';

/** A generated article and the story it was made from. */
export interface CorpusArticle extends ClusterInput {
  readonly gold: string;
  /** Set on syndicated copies: the article it copies. */
  readonly copyOf?: string;
}

/** Real stories: groups of real articles that gold data says tell one story. */
export async function loadSeedStories(dataDir: string): Promise<GoldArticle[][]> {
  const groups = new Map<string, GoldArticle[]>();
  const add = (articles: readonly GoldArticle[], prefix: string): void => {
    for (const a of articles) {
      const key = `${prefix}:${a.gold}`;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
  };
  for (const g of await loadBasil(join(dataDir, 'basil'))) add(g.articles, 'basil');
  for (const g of await loadEcbPlus(join(dataDir, 'ecbplus'))) add(g.articles, 'ecb');
  for (const g of await loadNeus(join(dataDir, 'neus-allsides'))) add(g.articles, 'neus');
  const train = await readMaybeGzip(join(dataDir, 'neus-allsides', 'lrc_roundup_probe', 'train.source.gz'));
  train
    .split('\n')
    .filter((l) => l.trim())
    .forEach((line, story) =>
      add(
        line.split('[SEP]').map((part, k) => {
          const match = /^\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(part);
          return {
            id: `train-${story}-${k}`,
            ...(match ? { title: match[1]! } : {}),
            text: (match ? match[2]! : part).trim(),
            gold: `train-${story}`,
          };
        }),
        'neus',
      ),
    );
  return [...groups.values()];
}

const sentencesOf = (text: string): string[] =>
  text.split(/(?<=[.!?])\s+(?=[A-Z"“])/).filter((s) => s.length > 0);

/**
 * Builds a corpus of `size` articles whose stories are known. Each real story (a BASIL triplet, an ECB+ incident,
 * a NeuS/AllSides roundup) seeds one generated story; each generated article is a new telling of it: a random
 * 60% of the sentences of all the story's real articles, in a random order (at most 30), each missing a random
 * quarter of its words, under one of the story's titles. A share are syndicated copies of an earlier
 * generated article with light edits (a changed title, the last sentence cut). Stories start at random times
 * over 120 days and their articles follow over a few days, so the corpus streams like a feed.
 */
export function generateClusterCorpus(
  stories: readonly (readonly GoldArticle[])[],
  size: number,
  seed = 20_240_601,
): CorpusArticle[] {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const start = Date.parse('2024-01-01T00:00:00Z');
  const starts = stories.map(() => start + next() * 120 * 86_400_000);
  const corpus: CorpusArticle[] = [];
  const made: CorpusArticle[][] = stories.map(() => []);
  for (let i = 0; corpus.length < size; i++) {
    const s = i % stories.length;
    const story = stories[s]!;
    const id = `gen-${corpus.length}`;
    const time = new Date(starts[s]! - Math.log(1 - next()) * 1.5 * 86_400_000).toISOString();
    const siblings = made[s]!;
    let article: CorpusArticle;
    if (siblings.length > 0 && next() < 0.05) {
      const original = pick(siblings);
      const sentences = sentencesOf(original.text);
      article = {
        id,
        title: `${original.title ?? ''} (update)`.trim(),
        // A light edit: the last sentence cut only where that leaves most of the text (4+ sentences).
        text: (sentences.length >= 4 ? sentences.slice(0, -1) : sentences).join(' '),
        publishedAt: time,
        gold: original.gold,
        copyOf: original.id,
      };
    } else {
      // Each sentence also loses a random quarter of its words: ~30 tellings drawn from a story's few real
      // sentences would otherwise share most of their 4-word shingles and count as near-copies of each other
      // (80% of the corpus did), which real outlets' rewrites of one event are not.
      const pool = story.flatMap((a) => sentencesOf(a.text));
      const chosen = pool
        .filter(() => next() < 0.6)
        .sort(() => next() - 0.5)
        .slice(0, 30);
      const sentences = (chosen.length >= 2 ? chosen : pool).map((sentence) =>
        sentence
          .split(' ')
          .filter(() => next() >= 0.25)
          .join(' '),
      );
      const titled = story.filter((a) => a.title);
      article = {
        id,
        ...(titled.length > 0 ? { title: pick(titled).title! } : {}),
        text: sentences.join(' '),
        publishedAt: time,
        gold: `story-${s}`,
      };
    }
    siblings.push(article);
    corpus.push(article);
  }
  return corpus.sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!));
}
