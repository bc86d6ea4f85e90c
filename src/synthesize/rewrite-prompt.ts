import type { Story } from '../model/index.js';

/** A chat message for an OpenAI-compatible endpoint. */
export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

const INSTRUCTIONS = `You rewrite a news summary so it reads smoothly, without changing what it says.
Rules: use only facts stated in the numbered sentences and their evidence; keep every number, name and date exactly as written there; add nothing; take no side; use no loaded or emotive words; where outlets disagree, say so.
Answer with JSON only: {"sentences":[{"text":"...","sources":[1,2]}]} where sources are the numbers of the input sentences each output sentence is based on.`;

/** The messages asking a language model to rewrite a story's extractive summary, with its evidence. */
export function rewritePrompt(story: Story): ChatMessage[] {
  const lines = story.summary.map((s, i) => {
    const evidence = [...new Set(s.evidence.map((e) => e.text))].slice(0, 4).map((t) => `   evidence: ${t}`);
    return [`${i + 1}. ${s.text}`, ...evidence].join('\n');
  });
  return [
    { role: 'system', content: INSTRUCTIONS },
    { role: 'user', content: `Story: ${story.title}\n\n${lines.join('\n')}` },
  ];
}
