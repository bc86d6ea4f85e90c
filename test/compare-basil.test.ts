import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareStory } from '../src/compare/index.js';
import { prepareBasil, type PreparedArticle } from '../src/eval/framing/prepare-basil.js';
import { readBasil } from '../src/eval/framing/read-basil.js';

// BASIL lives in the shared data folder beside the repository (never copied in); without it, skip.
const BASIL = fileURLToPath(new URL('../../shared/data/basil/', import.meta.url));

describe.skipIf(!existsSync(BASIL))('comparison on stories assembled from BASIL (dev split)', () => {
  let stories: PreparedArticle[][] | undefined;
  const load = async (): Promise<PreparedArticle[][]> => {
    if (!stories) {
      const dev = (await readBasil(BASIL)).filter((a) => a.split === 'dev');
      const triplets = [...new Set(dev.map((a) => a.triplet))].slice(0, 8);
      stories = triplets.map((t) => dev.filter((a) => a.triplet === t).flatMap((a) => prepareBasil(a) ?? []));
    }
    return stories;
  };

  it('reads gold spans onto the clean text at their exact offsets', async () => {
    for (const story of await load()) {
      for (const { analyzed, gold, basil } of story) {
        // Extraction may collapse whitespace; the words must be the annotated ones.
        const words = (s: string) => s.split(/\s+/).join(' ');
        gold.forEach((span, i) => {
          expect(analyzed.article.text.slice(span.start, span.end)).toBe(span.text);
          expect(words(span.text)).toBe(words(basil.spans[i]!.text));
        });
      }
    }
  });

  it('cites real sentences for every fact and conflict, and counts that are in them', async () => {
    for (const story of await load()) {
      const articles = story.map((p) => p.analyzed);
      const comparison = compareStory(articles);
      const sentence = (articleId: string, sentenceId: string) =>
        articles.find((a) => a.article.id === articleId)!.sentences.find((s) => s.id === sentenceId)!;
      for (const fact of comparison.facts) {
        for (const e of fact.evidence) expect(sentence(e.articleId, e.sentenceId).text).toBe(e.text);
      }
      for (const conflict of comparison.conflicts) {
        for (const value of conflict.values) {
          for (const e of value.evidence) {
            expect(sentence(e.articleId, e.sentenceId).text).toBe(e.text);
            if (conflict.kind === 'quantity') {
              const article = articles.find((a) => a.article.id === e.articleId)!;
              const said = article.quantities
                .filter((q) => q.sentenceId === e.sentenceId)
                .map((q) => q.value);
              expect(said).toContain(value.normalized);
            }
          }
        }
      }
    }
  });

  it('keeps framing out of quotes and attributed statements', async () => {
    for (const story of await load()) {
      const articles = story.map((p) => p.analyzed);
      for (const framing of compareStory(articles).framing) {
        const article = articles.find((a) => a.article.id === framing.articleId)!;
        for (const term of framing.loaded) {
          expect(article.article.text.slice(term.start, term.end)).toBe(term.term);
          expect(article.attributed.some((s) => term.start < s.end && term.end > s.start)).toBe(false);
        }
      }
    }
  });

  it('finds facts that more than one outlet of a story reports', async () => {
    const shared = (await load()).map((story) =>
      compareStory(story.map((p) => p.analyzed)).facts.filter((f) => f.articleIds.length > 1),
    );
    expect(shared.filter((facts) => facts.length > 0).length).toBeGreaterThanOrEqual(4);
  });
});
