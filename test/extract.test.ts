import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { sampleArticle } from './helpers/sample.js';

const reasons = (removed: readonly { reason: string }[]) => removed.map((r) => r.reason);

describe('plain-text cleaning on the sample story', () => {
  it('reads a leading date prefix into publishedAt and keeps the sentence it was glued to', async () => {
    const { article } = await sampleArticle('000');
    expect(article.publishedAt).toBe('2023-11-17');
    expect(
      article.text.startsWith('United States Secretary of State Antony Blinken made an unexpected trip'),
    ).toBe(true);
  });

  it('drops photo captions, the dateline and the "More News" link, keeping the title', async () => {
    const { article } = await sampleArticle('002');
    expect(article.title).toBe(
      'Iran Blames The US For Mideast War, As Blinken Threatens Response To Attacks',
    );
    expect(article.publishedAt).toBe('2023-11-06');
    expect(reasons(article.removed).filter((r) => r === 'caption')).toHaveLength(3);
    expect(article.text).not.toContain('A person burns a picture');
    expect(article.text).not.toContain('More News');
    expect(article.text).toContain('Over 38 attacks have taken place against US facilities');
  });

  it('drops the author bio and link list, and names the outlet from the bio', async () => {
    const { article } = await sampleArticle('003');
    expect(article.outlet).toBe('Atlas News');
    expect(reasons(article.removed)).toEqual(
      expect.arrayContaining(['author-bio', 'related-links', 'title']),
    );
    expect(article.text.startsWith('The pro-Iranian militia group Ashab al-Kahf')).toBe(true);
  });

  it('drops the podcast ad in the middle of the text', async () => {
    const { article } = await sampleArticle('001');
    expect(article.text).not.toContain('Dr. Stormy');
    expect(reasons(article.removed)).toContain('advertisement');
    expect(article.text).toContain('Approximately 2,500 U.S. troops are stationed throughout Iraq');
  });

  it('reads the byline and drops the trailing bio', async () => {
    const { article } = await sampleArticle('004');
    expect(article.byline).toEqual(['Dave DeCamp']);
    expect(
      article.text.trimEnd().endsWith('there’s been no evidence showing Tehran is directing the attacks.'),
    ).toBe(true);
  });
});

describe('HTML extraction', () => {
  it('finds the body and metadata of a page, and never lets scripts into the text', () => {
    const paragraph =
      'The city council voted on Tuesday to expand the tram network by twelve kilometres, officials said. ';
    const html = `<!doctype html><html lang="en"><head><title>Tram vote | The Daily</title>
      <meta property="og:site_name" content="The Daily"><meta property="article:published_time" content="2024-03-05T10:00:00Z">
      <script>var leaked = "SCRIPT TEXT";</script><style>.x{color:red}</style></head>
      <body><nav><a href="/">Home</a><a href="/news">News</a></nav>
      <article><h1>Council backs tram extension</h1><p>${paragraph.repeat(3)}</p><p>${paragraph.repeat(2)}</p></article>
      <footer>Copyright The Daily</footer></body></html>`;
    const { article, diagnostics } = extractArticle({ input: 'page.html', format: 'html', content: html });
    expect(diagnostics).toEqual([]);
    expect(article!.outlet).toBe('The Daily');
    expect(article!.publishedAt).toBe('2024-03-05T10:00:00.000Z');
    expect(article!.language).toBe('en');
    expect(article!.text).toContain('expand the tram network');
    expect(article!.text).not.toContain('SCRIPT TEXT');
    expect(article!.text).not.toContain('color:red');
  });

  it('reports a page with no article as a diagnostic', () => {
    const { article, diagnostics } = extractArticle({
      input: 'empty.html',
      format: 'html',
      content: '<html><body><nav>Home</nav></body></html>',
    });
    expect(article).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ input: 'empty.html', level: 'error', code: 'no-article' });
  });
});

describe('page dates', () => {
  it('reads a date without a time zone the same on every machine', async () => {
    const { toIsoDate } = await import('../src/extract/html-metadata.js');
    const saved = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Tokyo']) {
        process.env.TZ = zone;
        expect(toIsoDate('November 5, 2023 11:30 PM')).toBe('2023-11-05T23:30:00.000Z');
        expect(toIsoDate('2023-11-05T23:30')).toBe('2023-11-05T23:30:00.000Z');
      }
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('plain-text headers', () => {
  it('takes the title out but keeps the subtitle, the outlet’s own claim, in the body', () => {
    const content = [
      'Harbour Ferry Strike Enters Third Day',
      'Crews have cancelled 214 crossings since Tuesday',
      'Ferry crews walked out for a third day on Thursday, the operator said, leaving commuters to queue for buses at the terminal before dawn.',
      'Union leaders said talks would resume on Friday.',
    ].join('\n\n');
    const { article } = extractArticle({ input: 'ferry.txt', format: 'text', content });
    expect(article!.title).toBe('Harbour Ferry Strike Enters Third Day');
    expect(
      article!.text.startsWith('Crews have cancelled 214 crossings since Tuesday\n\nFerry crews walked out'),
    ).toBe(true);
    expect(article!.removed).toEqual([{ text: 'Harbour Ferry Strike Enters Third Day', reason: 'title' }]);
  });

  // NeuS excerpts and RSS descriptions: a one-line teaser is the whole text, not a title with no body.
  it('keeps a one-line text without final punctuation as the body', () => {
    const content =
      'Move follows Florida school killings, though shooter didn’t use the device on his weapon';
    const { article, diagnostics } = extractArticle({ input: 'teaser.txt', format: 'text', content });
    expect(diagnostics.map((d) => d.code)).toEqual(['short-article']);
    expect(article!.text).toBe(content);
    expect(article!.title).toBeUndefined();
  });

  it('with a title given, takes a first line out only when it repeats that title', () => {
    const body = 'Ferry crews walked out for a third day on Thursday, the operator said.';
    const dek = 'Crews have cancelled 214 crossings since Tuesday';
    const given = { input: 'ferry.jsonl#1', format: 'text' as const, title: 'Ferry strike enters third day' };
    const repeated = extractArticle({
      ...given,
      content: `Ferry Strike Enters Third Day\n\n${body}`,
    }).article!;
    expect(repeated.text).toBe(body);
    expect(repeated.title).toBe('Ferry strike enters third day');
    const withDek = extractArticle({ ...given, content: `${dek}\n\n${body}` }).article!;
    expect(withDek.text).toBe(`${dek}\n\n${body}`);
    // A teaser that is its own title is still the article's whole text.
    expect(extractArticle({ ...given, content: 'Ferry strike enters third day' }).article!.text).toBe(
      'Ferry strike enters third day',
    );
  });
});
