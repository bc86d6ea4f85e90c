import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SAMPLE_DIR } from './sample.js';

/** The bundled sample story's articles as `POST /api/analyze` documents (plain text, as pasted). */
export async function sampleDocuments(): Promise<{ text: string }[]> {
  const files = (await readdir(SAMPLE_DIR)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(files.map(async (f) => ({ text: await readFile(join(SAMPLE_DIR, f), 'utf8') })));
}
