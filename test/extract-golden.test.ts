import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/extract/', import.meta.url));

// Each folder is one hard case: a source page (HTML or plain text) and the reviewed article it must give.
describe('extraction golden folders', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    it(slug, () => {
      const isHtml = existsSync(`${FIXTURES}${slug}/source.html`);
      const content = readFileSync(`${FIXTURES}${slug}/source.${isHtml ? 'html' : 'txt'}`, 'utf8');
      const expected = JSON.parse(readFileSync(`${FIXTURES}${slug}/expected.json`, 'utf8')) as Record<
        string,
        unknown
      >;
      const { article, diagnostics } = extractArticle({
        input: 'source',
        format: isHtml ? 'html' : 'text',
        content,
      });
      expect(diagnostics.map((d) => d.code)).toEqual(expected.diagnostics);
      if (!('text' in expected)) {
        expect(article).toBeUndefined();
        return;
      }
      const { id: _id, input: _input, ...fields } = article!;
      expect({ ...fields, diagnostics: expected.diagnostics }).toEqual(expected);
    });
  }
});
