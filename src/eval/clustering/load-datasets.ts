import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { splitOf, type Split } from '../split.js';

/** One article of an evaluation set, with its gold story. */
export interface GoldArticle {
  readonly id: string;
  readonly title?: string;
  readonly text: string;
  readonly publishedAt?: string;
  readonly gold: string;
}

/** Articles clustered together in one run: a whole split, or one ECB+ topic. */
export interface ClusterGroup {
  readonly name: string;
  readonly split: Split;
  readonly articles: readonly GoldArticle[];
}

/** BASIL: every triplet-uuid is one story told by three outlets; split by the SHA-1 rule on the triplet-uuid. */
export async function loadBasil(dir: string): Promise<ClusterGroup[]> {
  const bySplit: Record<Split, GoldArticle[]> = { dev: [], test: [] };
  for (const year of (await readdir(join(dir, 'articles'))).sort()) {
    for (const file of (await readdir(join(dir, 'articles', year))).sort()) {
      if (!file.endsWith('.json')) continue;
      const raw = JSON.parse(await readFile(join(dir, 'articles', year, file), 'utf8')) as {
        title?: string;
        date?: string;
        'triplet-uuid': string;
        'body-paragraphs': string[][];
      };
      const text = raw['body-paragraphs'].map((sentences) => sentences.join(' ')).join('\n\n');
      bySplit[splitOf(raw['triplet-uuid'])].push({
        id: file.replace(/\.json$/, ''),
        ...(raw.title ? { title: raw.title } : {}),
        text,
        ...(raw.date ? { publishedAt: raw.date } : {}),
        gold: raw['triplet-uuid'],
      });
    }
  }
  return (['dev', 'test'] as const).map((split) => ({
    name: `basil-${split}`,
    split,
    articles: bySplit[split],
  }));
}

/** Undoes PTB tokenisation enough for the text to read as prose (`` '' quotes, spaces before punctuation). */
function detokenize(sentence: string): string {
  return sentence
    .replace(/``\s?|\s?''/g, '"')
    .replace(/\s+([.,;:!?%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b|'m\b)/g, '$1')
    .replace(/([([{$])\s+/g, '$1');
}

/** ECB+: each topic is clustered on its own; gold is the fine `cluster` (two incidents per topic). */
export async function loadEcbPlus(dir: string): Promise<ClusterGroup[]> {
  const byTopic = new Map<number, GoldArticle[]>();
  const lines = (await readFile(join(dir, 'ecbplus_docs.jsonl'), 'utf8')).split('\n').filter(Boolean);
  for (const line of lines) {
    const doc = JSON.parse(line) as { doc_id: string; topic: number; cluster: string; sentences: string[] };
    const articles = byTopic.get(doc.topic) ?? [];
    articles.push({ id: doc.doc_id, text: doc.sentences.map(detokenize).join(' '), gold: doc.cluster });
    byTopic.set(doc.topic, articles);
  }
  return [...byTopic]
    .sort((a, b) => a[0] - b[0])
    .map(([topic, articles]) => ({
      name: `ecbplus-${topic}`,
      split: topic <= 35 ? 'dev' : 'test',
      articles,
    }));
}

/**
 * NeuS (AllSides roundups): each line of `lrc_roundup_probe/*.source` is one story, its left/right/center
 * excerpts separated by [SEP]. Dev is `val.source` (the train file is also dev but left out, so the quadratic
 * baseline stays bounded); test is `test.source`.
 */
export async function loadNeus(dir: string): Promise<ClusterGroup[]> {
  const groups: ClusterGroup[] = [];
  for (const [file, split] of [
    ['val.source', 'dev'],
    ['test.source', 'test'],
  ] as const) {
    const path = join(dir, 'lrc_roundup_probe', file);
    const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim());
    const articles = lines.flatMap((line, story) =>
      line.split('[SEP]').map((part, k) => {
        const match = /^\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(part);
        return {
          id: `${split}-${story}-${k}`,
          ...(match ? { title: match[1]!.replace(/\.$/, '') } : {}),
          text: (match ? match[2]! : part).trim(),
          gold: `${split}-${story}`,
        };
      }),
    );
    groups.push({ name: `neus-${split}`, split, articles });
  }
  return groups;
}

/** Reads a gzip-compressed or plain text file. */
export async function readMaybeGzip(path: string): Promise<string> {
  const bytes = await readFile(path);
  return path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
}
