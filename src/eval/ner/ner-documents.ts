import { readIob2 } from './read-iob2.js';

/** A gold entity: character offsets into its document's text and its type (PER, ORG or LOC). */
export interface GoldEntity {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** One evaluation document: text (sentences as paragraphs) and its gold named entities. */
export interface NerDocument {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly GoldEntity[];
}

/** Locates each token in the text, left to right; tokens not found verbatim are skipped. */
function tokenOffsets(
  text: string,
  words: readonly string[],
): ({ start: number; end: number } | undefined)[] {
  let cursor = 0;
  return words.map((word) => {
    const at = text.indexOf(word, cursor);
    if (at < 0 || at - cursor > 20) return undefined;
    cursor = at + word.length;
    return { start: at, end: cursor };
  });
}

/** PUD news documents (ids starting with "n"): each sentence's `# text` joined as paragraphs, gold spans as offsets. */
export function pudNewsDocuments(content: string): NerDocument[] {
  const byDoc = new Map<string, { text: string; entities: GoldEntity[] }>();
  let docId = '';
  for (const sentence of readIob2(content)) {
    if (sentence.docId) docId = sentence.docId;
    if (!docId.startsWith('n')) continue;
    const doc = byDoc.get(docId) ?? { text: '', entities: [] };
    byDoc.set(docId, doc);
    const base = doc.text.length === 0 ? 0 : doc.text.length + 2;
    doc.text = doc.text.length === 0 ? sentence.text : `${doc.text}\n\n${sentence.text}`;
    const offsets = tokenOffsets(sentence.text, sentence.words);
    let open: { start: number; end: number; type: string } | undefined;
    const close = (): void => {
      if (open) doc.entities.push({ start: base + open.start, end: base + open.end, type: open.type });
      open = undefined;
    };
    sentence.tags.forEach((tag, i) => {
      const at = offsets[i];
      if (tag.startsWith('I-') && open && at) open.end = at.end;
      else {
        close();
        if (tag !== 'O' && at) open = { start: at.start, end: at.end, type: tag.slice(2) };
      }
    });
    close();
  }
  return [...byDoc].map(([id, doc]) => ({ id, ...doc }));
}
