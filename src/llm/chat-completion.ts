import type { ChatMessage } from '../synthesize/index.js';
import type { LlmConfig } from './llm-config.js';

/** Sends one chat completion request to an OpenAI-compatible endpoint and returns the answer's text. */
export async function chatCompletion(config: LlmConfig, messages: readonly ChatMessage[]): Promise<string> {
  const response = await fetch(`${config.url.replace(/\/+$/, '')}/chat/completions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(config.apiKey && { authorization: `Bearer ${config.apiKey}` }),
    },
    body: JSON.stringify({ model: config.model, messages, temperature: 0 }),
    signal: AbortSignal.timeout(config.timeoutMs ?? 60_000),
  });
  if (!response.ok) throw new Error(`LLM endpoint answered ${response.status} ${response.statusText}`);
  const body = (await response.json()) as { choices?: { message?: { content?: string } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new Error('LLM endpoint answered without a message');
  return content;
}
