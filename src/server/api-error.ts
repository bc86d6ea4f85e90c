import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A request the API refuses, with its HTTP status and a machine-readable code. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The one place errors become responses: `{error: {code, message, details?}}`, never a stack trace. */
export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof ApiError) {
    const body = { error: { code: error.code, message: error.message, details: error.details } };
    return c.json(body, error.status);
  }
  console.error(error);
  return c.json({ error: { code: 'internal', message: 'the server failed to handle this request' } }, 500);
}
