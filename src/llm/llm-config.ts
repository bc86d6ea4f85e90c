/** Where and how to reach an OpenAI-compatible chat completions endpoint. */
export interface LlmConfig {
  /** Base URL, e.g. `http://127.0.0.1:8080/v1` (the client appends `/chat/completions`). */
  readonly url: string;
  readonly model: string;
  readonly apiKey?: string;
  /** Milliseconds before a request is abandoned. */
  readonly timeoutMs?: number;
}

/** The LLM settings from `PARALLAX_LLM_URL`, `PARALLAX_LLM_MODEL` and `PARALLAX_LLM_API_KEY`; undefined when not set. */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig | undefined {
  const url = env.PARALLAX_LLM_URL;
  const model = env.PARALLAX_LLM_MODEL;
  if (!url || !model) return undefined;
  return { url, model, ...(env.PARALLAX_LLM_API_KEY && { apiKey: env.PARALLAX_LLM_API_KEY }) };
}
