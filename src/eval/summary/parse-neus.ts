/** One article excerpt of a NeuS example. */
export interface NeusArticle {
  readonly title: string;
  readonly text: string;
}

/** One NeuS example: three outlets' excerpts of a story and AllSides' neutral summary. */
export interface NeusExample {
  readonly key: string;
  readonly articles: readonly NeusArticle[];
  readonly referenceTitle: string;
  readonly reference: string;
}

function parsePart(part: string): NeusArticle {
  const match = /^\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(part);
  if (!match) return { title: '', text: part.trim() };
  return { title: match[1]!.replace(/\.$/, '').trim(), text: match[2]!.trim() };
}

/** Parses a line-aligned `.source`/`.target` pair into examples (`[SEP]` separates a story's excerpts). */
export function parseNeus(source: string, target: string, keyPrefix: string): NeusExample[] {
  const sources = source.split('\n').filter((l) => l.trim() !== '');
  const targets = target.split('\n').filter((l) => l.trim() !== '');
  return sources.flatMap((line, i) => {
    const reference = parsePart(targets[i] ?? '');
    const articles = line
      .split('[SEP]')
      .map(parsePart)
      .filter((a) => a.text !== '');
    if (articles.length === 0 || reference.text === '') return [];
    return [
      { key: `${keyPrefix}:${i}`, articles, referenceTitle: reference.title, reference: reference.text },
    ];
  });
}
