import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitOf, type Split } from '../split.js';

/** One gold bias span of BASIL, located in the article text we build from its sentences. */
export interface BasilSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly bias: 'lex' | 'inf';
  readonly quote: boolean;
}

/** One BASIL article: its body as plain text (paragraphs joined by a blank line) and its gold spans. */
export interface BasilArticle {
  readonly id: string;
  readonly triplet: string;
  readonly split: Split;
  readonly outlet: string;
  readonly title: string;
  readonly date: string;
  readonly text: string;
  readonly spans: readonly BasilSpan[];
}

interface RawArticle {
  readonly source: string;
  readonly title: string;
  readonly date: string;
  readonly 'triplet-uuid': string;
  readonly 'body-paragraphs': readonly (readonly string[])[];
}

interface RawAnnotation {
  readonly 'phrase-level-annotations': readonly {
    readonly id: string;
    readonly bias: string;
    readonly quote: string;
    readonly start: number;
    readonly end: number;
    readonly txt: string;
  }[];
}

/**
 * Reads BASIL (`<dir>/articles/<year>/<uuid>_<n>.json` with `annotations/<year>/<uuid>_<n>_ann.json`):
 * builds each body as text and moves the gold spans (sentence index + offsets) onto it.
 */
export async function readBasil(dir: string): Promise<BasilArticle[]> {
  const articles: BasilArticle[] = [];
  for (const year of (await readdir(join(dir, 'articles'))).sort()) {
    for (const file of (await readdir(join(dir, 'articles', year))).sort()) {
      if (!file.endsWith('.json')) continue;
      const raw = JSON.parse(await readFile(join(dir, 'articles', year, file), 'utf8')) as RawArticle;
      const annotation = JSON.parse(
        await readFile(join(dir, 'annotations', year, file.replace(/\.json$/, '_ann.json')), 'utf8'),
      ) as RawAnnotation;
      const sentenceStarts: number[] = [];
      const sentenceTexts: string[] = [];
      let text = '';
      for (const paragraph of raw['body-paragraphs']) {
        const sentences = paragraph.filter((s) => s.trim() !== '');
        if (sentences.length === 0) continue;
        if (text) text += '\n\n';
        sentences.forEach((sentence, i) => {
          if (i > 0) text += ' ';
          sentenceStarts.push(text.length);
          sentenceTexts.push(sentence);
          text += sentence;
        });
      }
      const spans: BasilSpan[] = [];
      for (const p of annotation['phrase-level-annotations']) {
        const index = /^p(\d+)$/.exec(p.id);
        if (!index) continue; // three spans index into the title, which is not part of the body
        const k = Number(index[1]);
        // Our sentence list skips empty sentences, as the original indexes count them: map by original index.
        const original = raw['body-paragraphs'].flat();
        const target = original[k];
        if (target === undefined || target.trim() === '') continue;
        const position = original.slice(0, k).filter((s) => s.trim() !== '').length;
        const start = sentenceStarts[position]! + p.start;
        const end = sentenceStarts[position]! + p.end;
        if (text.slice(start, end) !== p.txt) continue;
        spans.push({
          start,
          end,
          text: p.txt,
          bias: p.bias === 'lex' ? 'lex' : 'inf',
          quote: p.quote === 'yes',
        });
      }
      articles.push({
        id: file.replace(/\.json$/, ''),
        triplet: raw['triplet-uuid'],
        split: splitOf(raw['triplet-uuid']),
        outlet: raw.source.toLowerCase(),
        title: raw.title,
        date: raw.date,
        text,
        spans,
      });
    }
  }
  return articles;
}
