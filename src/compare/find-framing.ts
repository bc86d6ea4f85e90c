import { hedges as HEDGE_LIST } from 'hedges';
import type { AnalyzedArticle, ComparedFraming, FramingCue } from '../model/index.js';
import { CONTEXT_FEATURES, contextFeatures, type StoryStems } from './context-features.js';
import type { FramingModel, FramingToken } from './framing-tokens.js';
import framingModel from './lexicons/framing-model.json' with { type: 'json' };
import { isNeutralUse } from './neutral-words.js';
import { ownVoiceTokens } from './own-voice-tokens.js';
import { ownVoiceFirstPerson } from './own-voice-first-person.js';
import { selectLoaded } from './select-loaded.js';

/** The committed model `npm run train:framing` learns from BASIL's dev split. */
export const FRAMING_MODEL = framingModel as unknown as FramingModel;

// words/hedges is broad: number approximators ("about 30") are precision, modals and quantifiers are
// everyday grammar, reporting verbs are attribution. What remains hedges a claim the outlet makes.
const NOT_HEDGES = new Set(
  'about around approximately roughly nearly almost always will would must may might could should can shall says said say clear many most some often usually believe believes'.split(
    ' ',
  ),
);
const HEDGES = new Set(HEDGE_LIST.filter((h) => !h.includes(' ') && !NOT_HEDGES.has(h)));
// Degree words that turn a statement up: general English, not tied to any story.
const INTENSIFIERS = new Set(
  'very extremely utterly totally incredibly absolutely truly deeply highly hugely enormously remarkably strikingly exceptionally fiercely sharply dramatically'.split(
    ' ',
  ),
);
// The opinion score reads every article as if it also held this many words of plain reporting (about four
// sentences), so one cue in a 60-word excerpt is weak evidence rather than a 0.67 score.
const PRIOR_WORDS = 100;

/** An article's framing with hedges and intensifiers always present. */
export type ArticleFramingDetail = ComparedFraming &
  Required<Pick<ComparedFraming, 'hedges' | 'intensifiers'>>;

/**
 * The loaded words a framing model picks in an article's own voice; `others` are the word stems of the
 * story's other articles (words every outlet uses name the event rather than frame it).
 */
export function findLoadedTerms(
  analyzed: AnalyzedArticle,
  others?: StoryStems,
  model: FramingModel = FRAMING_MODEL,
  tokens: readonly FramingToken[] = ownVoiceTokens(analyzed),
): FramingCue[] {
  const contextOf = contextFeatures(analyzed, others);
  const weights = CONTEXT_FEATURES.map((name) => model.context[name] ?? 0);
  const scoreOf = (token: FramingToken): number | undefined => {
    const entry = model.terms[token.word];
    if (!entry) return undefined;
    return contextOf(token).reduce((sum, x, j) => sum + weights[j]! * x, entry[0]);
  };
  const { text } = analyzed.article;
  return selectLoaded(tokens, scoreOf, model, (token) => isNeutralUse(text, token)).map(({ token }) => ({
    term: token.text,
    start: token.start,
    end: token.end,
    category: model.terms[token.word]![1],
  }));
}

/**
 * Finds an article's framing in its own voice (never inside quotes or attributed statements): loaded terms
 * by the learned model, hedges and intensifiers, and an opinion-vs-reporting score from their density
 * and first-person judgement cues (0 = plain reporting, 1 = opinion).
 */
export function findFraming(analyzed: AnalyzedArticle, others?: StoryStems): ArticleFramingDetail {
  const tokens = ownVoiceTokens(analyzed);
  const loaded = findLoadedTerms(analyzed, others, FRAMING_MODEL, tokens);
  const cue = (t: FramingToken, category: string): FramingCue => ({
    term: t.text,
    start: t.start,
    end: t.end,
    category,
  });
  const hedges = tokens.filter((t) => HEDGES.has(t.word)).map((t) => cue(t, 'hedge'));
  const intensifiers = tokens.filter((t) => INTENSIFIERS.has(t.word)).map((t) => cue(t, 'intensifier'));
  const firstPerson = ownVoiceFirstPerson(analyzed);
  const perHundred =
    ((loaded.length + 0.5 * intensifiers.length + 2 * firstPerson) * 100) / (tokens.length + PRIOR_WORDS);
  const opinion = Math.min(1, perHundred / 3);
  return {
    articleId: analyzed.article.id,
    loaded,
    opinion: Math.round(opinion * 100) / 100,
    hedges,
    intensifiers,
  };
}
