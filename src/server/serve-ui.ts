import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

/** Where the built UI lives: `dist/ui`, two levels above both `src/server` and `dist/server`. */
export const DEFAULT_UI_DIR = fileURLToPath(new URL('../../dist/ui/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Serves the UI's files from one folder: `/` is its index.html, `/ui/<file>` its scripts and styles. */
export function serveUi(app: Hono, uiDir: string): void {
  const send = async (file: string): Promise<Response | undefined> => {
    const type = TYPES[extname(file)];
    const path = normalize(join(uiDir, file));
    if (!type || !path.startsWith(normalize(uiDir + sep))) return undefined;
    try {
      const body = await readFile(path);
      return new Response(body, { headers: { 'Content-Type': type, 'Cache-Control': 'no-cache' } });
    } catch {
      return undefined;
    }
  };
  app.get(
    '/',
    async (c) => (await send('index.html')) ?? c.text('the UI is not built: run `npm run build`', 503),
  );
  app.get('/ui/*', async (c) => {
    let rest: string;
    try {
      rest = decodeURIComponent(c.req.path.slice('/ui/'.length));
    } catch {
      return c.notFound();
    }
    if (rest.includes('..') || rest.includes('\0')) return c.notFound();
    return (await send(rest)) ?? c.notFound();
  });
}
