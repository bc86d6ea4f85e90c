export { llmConfigFromEnv, type LlmConfig } from './llm-config.js';
export { chatCompletion } from './chat-completion.js';
export { rewriteSummaries, type RewrittenStory } from './rewrite-summaries.js';
