import type { AnalyzedArticle, Comparison, Conflict } from '../model/index.js';
import { shortHash } from '../util/hash.js';
import { storyYear } from '../util/story-year.js';
import { alignFacts } from './align-facts.js';
import { findClaimConflicts } from './find-claim-conflicts.js';
import { findConflicts } from './find-conflicts.js';
import { articleStems, storyStemsOf } from './context-features.js';
import { findFraming } from './find-framing.js';
import { findOmissions } from './find-omissions.js';
import { groupQuotes, speakersOf } from './group-quotes.js';
import { mergeEntities } from './merge-entities.js';
import { plainestWording } from './plainest-wording.js';
import { sentenceFeatures, type SentenceFeatures } from './sentence-features.js';

/**
 * Compares the articles of one story: merges entities, aligns facts, finds conflicts, omissions, quote
 * variants and each outlet's framing. Near-copies (duplicateOf) should be left out by the caller.
 */
export function compareStory(articles: readonly AnalyzedArticle[]): Comparison {
  const entities = mergeEntities(articles);
  const entityIdByName = new Map<string, string>();
  for (const entity of entities) for (const alias of entity.aliases) entityIdByName.set(alias, entity.id);
  const features = new Map<string, SentenceFeatures[]>(
    articles.map((a) => [a.article.id, sentenceFeatures(a, (name) => entityIdByName.get(name) ?? name)]),
  );
  const facts = alignFacts([...features.values()]);
  const quotes = groupQuotes(articles, entities);
  const attributionConflicts: Conflict[] = quotes.flatMap((group) => {
    const speakers = speakersOf(group, entities);
    if (speakers.size < 2) return [];
    return [
      {
        id: `c-${shortHash(`a:${group.id}`, 10)}`,
        kind: 'attribution' as const,
        subject: `who said "${group.text.slice(0, 80)}${group.text.length > 80 ? '…' : ''}"`,
        values: [...speakers].map(([speaker, variants]) => ({
          value: speaker,
          articleIds: [...new Set(variants.map((v) => v.articleId))],
          evidence: variants.map((v) => {
            // A quote may run over several sentences: cite the one it starts in.
            const sentences = articles.find((a) => a.article.id === v.articleId)?.sentences ?? [];
            const sentence =
              sentences.find((s) => s.id === (v as { sentenceId?: string }).sentenceId) ??
              sentences.find((s) => s.start <= v.start && v.start < s.end);
            return { articleId: v.articleId, sentenceId: sentence?.id ?? '', text: sentence?.text ?? v.text };
          }),
        })),
      },
    ];
  });
  const stems = articles.map(articleStems);
  const stemCounts = new Map<string, number>();
  for (const set of stems) for (const s of set) stemCounts.set(s, (stemCounts.get(s) ?? 0) + 1);
  const framing = articles.map((a, i) =>
    findFraming(a, storyStemsOf(stemCounts, articles.length, stems[i]!)),
  );
  return {
    entities,
    facts: plainestWording(facts, articles, framing),
    conflicts: [
      ...findConflicts(articles, features, storyYear(articles)),
      ...attributionConflicts,
      ...findClaimConflicts(facts),
    ],
    omissions: findOmissions(
      articles.map((a) => a.article.id),
      facts,
      features,
    ),
    quotes,
    framing,
  };
}
