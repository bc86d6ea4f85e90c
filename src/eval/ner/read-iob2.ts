/** One sentence of an IOB2 file: its document and sentence ids, text, tokens and gold tags. */
export interface Iob2Sentence {
  readonly docId: string;
  readonly sentId: string;
  readonly text: string;
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/** Parses a UNER-style IOB2 file (`# newdoc id`, `# sent_id`, `# text`, then index/token/tag lines). */
export function readIob2(content: string): Iob2Sentence[] {
  const sentences: Iob2Sentence[] = [];
  let docId = '';
  let sentId = '';
  let text = '';
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0) sentences.push({ docId, sentId, text, words, tags });
    words = [];
    tags = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (line.startsWith('# newdoc id =')) docId = line.slice(13).trim();
    else if (line.startsWith('# sent_id =')) sentId = line.slice(11).trim();
    else if (line.startsWith('# text =')) text = line.slice(8).trim();
    else if (line.trim() === '') flush();
    else if (!line.startsWith('#')) {
      const columns = line.split('\t');
      words.push(columns[1]!);
      tags.push(columns[2] === 'B-OTH' || columns[2] === 'I-OTH' ? 'O' : columns[2]!);
    }
  }
  flush();
  return sentences;
}
