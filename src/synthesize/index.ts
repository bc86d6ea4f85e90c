export { synthesizeStory } from './synthesize-story.js';
export { buildSummary, summaryWording, type SummaryOptions } from './build-summary.js';
export { unattributedQuoteSentences } from './unattributed-quote-sentences.js';
export { buildTimeline } from './build-timeline.js';
export { storyTitle } from './story-title.js';
export { selectFacts, concepts, type SelectionOptions } from './select-facts.js';
export { neutralizeSentence } from './neutralize-sentence.js';
export { stateDispute } from './state-dispute.js';
export { ownVoiceLoadedTerms, hasLoadedOwnVoice } from './own-voice.js';
export { rewritePrompt, type ChatMessage } from './rewrite-prompt.js';
export {
  verifyRewrite,
  parseRewrite,
  checkableTokens,
  type ProposedSentence,
  type DroppedSentence,
  type VerifiedRewrite,
} from './verify-rewrite.js';
export { annotateDispute, type AnnotatedSentence } from './annotate-dispute.js';
