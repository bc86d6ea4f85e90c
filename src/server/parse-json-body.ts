import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error.js';

/** Reads a JSON body and validates it, mapping every way it can be wrong to a clear 4xx. */
export async function parseJsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, 'unsupported-media-type', 'send the body as application/json');
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch (error) {
    throw new ApiError(400, 'malformed-json', `the body is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    const where = first && first.path ? `${first.path}: ` : '';
    throw new ApiError(400, 'invalid-request', `${where}${first?.message ?? 'invalid request'}`, issues);
  }
  return parsed.data;
}
