import { describe, expect, it } from 'vitest';
import { extractArticle, MAX_INPUT_CHARS } from '../src/extract/index.js';
import { decodeBytes } from '../src/ingest/decode-bytes.js';
import { shingleCounts, averageShingleMetrics } from '../src/eval/extraction/shingle-score.js';

const PARAGRAPH =
  'Secretary of State Antony Blinken made an unannounced visit to Iraq on Sunday amid a spate of attacks on US troops in the region.';

describe('charset decoding', () => {
  const cafe = (encoded: number[]) => Uint8Array.from(encoded);
  it('decodes UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode('Café “quoted”');
    expect(decodeBytes(bytes)).toBe('Café “quoted”');
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toBe('Café “quoted”');
  });

  it('reads windows-1252 from the HTTP header, from <meta charset>, and when UTF-8 is invalid', () => {
    const bytes = cafe([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]); // Café “q”
    expect(decodeBytes(bytes, 'windows-1252')).toBe('Café “q”');
    expect(decodeBytes(bytes)).toBe('Café “q”');
    const page = new TextEncoder().encode('<meta charset="windows-1252"><p>');
    expect(decodeBytes(Uint8Array.from([...page, ...bytes]), undefined, true)).toContain('Café “q”');
  });

  it('reads ISO-8859-2 when it is declared', () => {
    // "Łódź" in ISO-8859-2.
    expect(decodeBytes(cafe([0xa3, 0xf3, 0x64, 0xbc]), 'iso-8859-2')).toBe('Łódź');
  });
});

describe('HTML robustness', () => {
  it('never lets scripts, styles or hidden elements into the text', () => {
    const html = `<html><body><article><script>var secret = "SCRIPT";</script><style>p { color: red }</style>
      <p>${PARAGRAPH}</p><div hidden>HIDDEN TEXT</div><p style="display:none">INVISIBLE</p>
      <noscript>NOSCRIPT</noscript><p>${PARAGRAPH}</p></article></body></html>`;
    const { article } = extractArticle({ input: 'page.html', format: 'html', content: html });
    for (const leak of ['SCRIPT', 'color', 'HIDDEN', 'INVISIBLE', 'NOSCRIPT']) {
      expect(article!.text).not.toContain(leak);
    }
    expect(article!.text).toContain('unannounced visit to Iraq');
  });

  it('cuts a very large page at the size cap with a clear diagnostic', () => {
    const html = `<html><body><article>${`<p>${PARAGRAPH}</p>`.repeat(Math.ceil(MAX_INPUT_CHARS / 130) + 10)}</article></body></html>`;
    const { article, diagnostics } = extractArticle({ input: 'big.html', format: 'html', content: html });
    expect(diagnostics[0]).toMatchObject({ input: 'big.html', level: 'warning', code: 'oversize-input' });
    expect(article!.text.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
  });

  it('reads JSON-LD metadata: headline, authors, date and publisher', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Blinken visits Iraq',
      author: [{ '@type': 'Person', name: 'Dave DeCamp' }, { name: 'Kyle Anzalone' }],
      datePublished: '2023-11-05T12:00:00Z',
      publisher: { '@type': 'Organization', name: 'Antiwar.com' },
    });
    const html = `<html lang="en"><head><script type="application/ld+json">${ld}</script></head>
      <body><article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`;
    const { article } = extractArticle({ input: 'ld.html', format: 'html', content: html });
    expect(article).toMatchObject({
      title: 'Blinken visits Iraq',
      byline: ['Dave DeCamp', 'Kyle Anzalone'],
      publishedAt: '2023-11-05T12:00:00.000Z',
      outlet: 'Antiwar.com',
    });
  });
});

describe('the benchmark metric', () => {
  it('counts 4-token shingles as multisets and averages per page', () => {
    const gold = 'one two three four five';
    expect(shingleCounts(gold, gold)).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(shingleCounts(gold, 'one two three four six')).toEqual({ tp: 1, fp: 1, fn: 1 });
    const metrics = averageShingleMetrics([
      { tp: 2, fp: 0, fn: 0 },
      { tp: 1, fp: 1, fn: 1 },
    ]);
    expect(metrics.precision).toBeCloseTo(0.75);
    expect(metrics.recall).toBeCloseTo(0.75);
    expect(metrics.f1).toBeCloseTo(0.75);
  });
});
