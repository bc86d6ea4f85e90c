import { diagnostic, type Diagnostic, type RawDocument } from '../model/index.js';
import type { DocumentsResult } from './documents-result.js';

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function documentFromObject(input: string, value: unknown): RawDocument | Diagnostic {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return diagnostic(input, 'error', 'invalid-json-item', 'expected an object with "text" or "html"');
  }
  const record = value as Record<string, unknown>;
  const text = optionalString(record.text);
  const html = optionalString(record.html);
  if (!text && !html) {
    return diagnostic(
      input,
      'error',
      'invalid-json-item',
      'the object has neither a "text" nor an "html" string',
    );
  }
  const author = record.byline ?? record.author ?? record.authors;
  const byline = Array.isArray(author)
    ? author.filter((a): a is string => typeof a === 'string')
    : optionalString(author)
      ? [String(author)]
      : undefined;
  return {
    input,
    format: html ? 'html' : 'text',
    content: (html ?? text) as string,
    url: optionalString(record.url),
    title: optionalString(record.title),
    outlet: optionalString(record.outlet ?? record.source),
    byline,
    publishedAt: optionalString(record.publishedAt ?? record.date),
    language: optionalString(record.language),
  };
}

/** Parses a JSON document (an object or an array of objects) or JSON Lines into raw documents. */
export function parseJsonDocuments(input: string, content: string): DocumentsResult {
  const documents: RawDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const push = (item: RawDocument | Diagnostic): void => {
    if ('code' in item) diagnostics.push(item);
    else documents.push(item);
  };
  const trimmed = content.trim();
  try {
    const parsed: unknown = JSON.parse(trimmed);
    const items = Array.isArray(parsed) ? parsed : [parsed];
    items.forEach((item, index) =>
      push(documentFromObject(items.length > 1 ? `${input}#${index + 1}` : input, item)),
    );
    return { documents, diagnostics };
  } catch {
    // Not one JSON value: try JSON Lines below.
  }
  const lines = trimmed.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${input}#${index + 1}`;
    try {
      push(documentFromObject(where, JSON.parse(line)));
    } catch (error) {
      push(
        diagnostic(
          where,
          'error',
          'malformed-json',
          `line ${index + 1} is not valid JSON: ${(error as Error).message}`,
        ),
      );
    }
  });
  return { documents, diagnostics };
}
