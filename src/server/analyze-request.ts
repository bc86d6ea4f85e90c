import { z } from 'zod';
import type { RawDocument } from '../model/index.js';

const MAX_DOCUMENTS = 200;
const optionalText = (max: number) => z.string().trim().max(max).optional();

/** One pasted article: its text or HTML, and what the reader knows about it. */
const DocumentInput = z
  .object({
    text: z.string().max(1_000_000).optional(),
    html: z.string().max(1_000_000).optional(),
    url: z
      .string()
      .trim()
      .max(2048)
      .regex(/^https?:\/\/\S+$/i, 'must be an http or https URL')
      .optional(),
    title: optionalText(500),
    outlet: optionalText(200),
    publishedAt: optionalText(40),
  })
  .strict()
  .refine((d) => (d.text ?? '').trim() !== '' || (d.html ?? '').trim() !== '', {
    message: 'each document needs a non-empty "text" or "html"',
  });

/** The body of `POST /api/analyze`. */
export const AnalyzeRequestSchema = z
  .object({
    documents: z.array(DocumentInput).max(MAX_DOCUMENTS).default([]),
    urls: z
      .array(
        z
          .string()
          .trim()
          .max(2048)
          .regex(/^https?:\/\//i, 'URLs must start with http:// or https://')
          .pipe(z.url()),
      )
      .max(MAX_DOCUMENTS)
      .default([]),
    /** Save the result in the store (the default), so its stories can be opened later. */
    save: z.boolean().default(true),
  })
  .strict()
  .refine((r) => r.documents.length + r.urls.length > 0, {
    message: 'send at least one document (text or html) or one URL',
  });

/** A validated analyse request. */
export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;

/** The request's pasted documents as raw documents for the pipeline; each is named `pasted#N`. */
export function pastedDocuments(request: AnalyzeRequest): RawDocument[] {
  return request.documents.map((d, index) => {
    const html = d.html?.trim() ? d.html : undefined;
    return {
      input: d.url ?? `pasted#${index + 1}`,
      format: html ? 'html' : 'text',
      content: html ?? d.text ?? '',
      url: d.url,
      title: d.title || undefined,
      outlet: d.outlet || undefined,
      publishedAt: d.publishedAt || undefined,
    };
  });
}
