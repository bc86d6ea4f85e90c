import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { diagnostic, type Diagnostic, type RawDocument } from '../model/index.js';
import { decodeBytes, looksBinary } from './decode-bytes.js';
import type { DocumentsResult } from './documents-result.js';
import { parseJsonDocuments } from './parse-json-documents.js';

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const JSON_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);

/** Options for reading inputs. */
export interface ReadInputsOptions {
  /** Reads stdin when an input is `-`. */
  readonly readStdin?: () => Promise<Uint8Array>;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

// Gzip's magic bytes; a decompressed input larger than this is refused (a gzip bomb, or not an article set).
const GZIP_MAGIC = [0x1f, 0x8b];
const MAX_GUNZIPPED_BYTES = 64 * 1024 * 1024;

/** The extension that says a file's format: "page.html.gz" is HTML. */
function formatExtension(file: string): string {
  const lower = file.toLowerCase();
  return extname(lower.endsWith('.gz') ? lower.slice(0, -3) : lower);
}

function documentsFromBytes(input: string, raw: Uint8Array, extension: string): DocumentsResult {
  let bytes = raw;
  if (raw.length >= 2 && raw[0] === GZIP_MAGIC[0] && raw[1] === GZIP_MAGIC[1]) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: MAX_GUNZIPPED_BYTES });
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE'
          ? `it unpacks to more than ${MAX_GUNZIPPED_BYTES / 1024 / 1024} MB`
          : (error as Error).message;
      return {
        documents: [],
        diagnostics: [
          diagnostic(input, 'error', 'bad-gzip', `the file is gzip-compressed but cannot be read: ${reason}`),
        ],
      };
    }
  }
  if (bytes.length === 0) {
    return { documents: [], diagnostics: [diagnostic(input, 'error', 'empty-input', 'the file is empty')] };
  }
  if (looksBinary(bytes)) {
    return {
      documents: [],
      diagnostics: [diagnostic(input, 'error', 'binary-input', 'the file is binary, not text, HTML or JSON')],
    };
  }
  const isHtml = HTML_EXTENSIONS.has(extension);
  const content = decodeBytes(bytes, undefined, isHtml);
  if (content.trim() === '') {
    return {
      documents: [],
      diagnostics: [diagnostic(input, 'error', 'empty-input', 'the file holds only whitespace')],
    };
  }
  if (JSON_EXTENSIONS.has(extension) || (extension === '' && /^\s*[[{]/.test(content))) {
    return parseJsonDocuments(input, content);
  }
  const format =
    isHtml || (!TEXT_EXTENSIONS.has(extension) && /^\s*<(!doctype|html|head|body)/i.test(content));
  return { documents: [{ input, format: format ? 'html' : 'text', content }], diagnostics: [] };
}

/**
 * Reads files, directories (recursively) and `-` (stdin) into raw documents. Every input that cannot be
 * read yields one diagnostic naming it; the rest of the batch is still read.
 */
export async function readInputs(
  inputs: readonly string[],
  options: ReadInputsOptions = {},
): Promise<DocumentsResult> {
  const documents: RawDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const add = (result: DocumentsResult): void => {
    documents.push(...result.documents);
    diagnostics.push(...result.diagnostics);
  };
  for (const input of inputs) {
    if (input === '-') {
      if (!options.readStdin) {
        diagnostics.push(diagnostic(input, 'error', 'no-stdin', 'standard input is not available'));
        continue;
      }
      add(documentsFromBytes('-', await options.readStdin(), ''));
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      diagnostics.push(diagnostic(input, 'error', 'url-not-fetched', 'URLs are fetched by the ingest stage'));
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const message =
        code === 'ENOENT' ? 'no such file or directory' : `cannot read it (${code ?? 'unknown error'})`;
      diagnostics.push(diagnostic(input, 'error', code === 'ENOENT' ? 'not-found' : 'unreadable', message));
      continue;
    }
    const files = info.isDirectory() ? await listFiles(input) : [input];
    if (info.isDirectory() && files.length === 0) {
      diagnostics.push(diagnostic(input, 'warning', 'empty-directory', 'the directory holds no files'));
    }
    for (const file of files) {
      try {
        add(documentsFromBytes(file, await readFile(file), formatExtension(file)));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
        diagnostics.push(diagnostic(file, 'error', 'unreadable', `cannot read it (${code})`));
      }
    }
  }
  return { documents, diagnostics };
}
