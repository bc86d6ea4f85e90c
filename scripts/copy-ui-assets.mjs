// Part of `npm run build`: tsc compiles the UI's TypeScript into dist/ui; this copies its HTML and CSS there.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { URL } from 'node:url';

const from = new URL('../src/ui/', import.meta.url);
const to = new URL('../dist/ui/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) {
  if (/\.(html|css|svg)$/.test(name)) copyFileSync(new URL(name, from), new URL(name, to));
}
