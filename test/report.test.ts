import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/index.js';
import { buildReport } from '../src/pipeline/index.js';
import { escapeMarkdown } from '../src/report/escape-markdown.js';
import { renderHtml, renderMarkdown } from '../src/report/index.js';
import { sampleResult, SAMPLE_DIR } from './helpers/sample.js';

describe('the Markdown brief', () => {
  it('shows every section with citation markers', async () => {
    const { report } = await sampleResult();
    const md = renderMarkdown(report);
    for (const heading of [
      'Summary',
      'Agreed facts',
      'Conflicts',
      'Left out',
      'Quotes',
      'Timeline',
      'Who and where',
      'Framing',
    ])
      expect(md).toContain(`### ${heading}`);
    const summary = md.slice(md.indexOf('### Summary'), md.indexOf('### Agreed facts'));
    for (const line of summary
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== ''))
      expect(line).toMatch(/\[\d\]$/);
    expect(md).toMatch(/\*\*2014\*\* _\(background\)_/);
    // An outlet quoting the start of Blinken's words: the rest shown as "…", not struck out.
    expect(md).toMatch(
      /^ {2}- \[\d\] working with his own security forces and others to take necessary action …$/m,
    );
    // A tour "expected to" start on a Monday after the article was published is marked as still to come.
    expect(md).toMatch(
      /\*\*2023-11-20\*\* _\(expected\)_: Meanwhile, Prime Minister al-Sudani is expected to embark/,
    );
  });

  // The sample's 24 quotes come mostly from two articles: a plain cut at the first dozen left the other
  // outlets' quotes out, and said nothing of the rest.
  it('shows a quote of every outlet that has one, and says how many more there are', async () => {
    const { report } = await sampleResult();
    const story = report.stories[0]!;
    const md = renderMarkdown(report);
    const quotes = md.slice(md.indexOf('### Quotes'), md.indexOf('### Timeline'));
    const numbers = new Map(story.articleIds.map((id, i) => [id, i + 1]));
    for (const id of new Set(story.quotes.flatMap((q) => q.articleIds)))
      expect(quotes).toMatch(new RegExp(`^- .*\\[${numbers.get(id)}\\]`, 'm'));
    const shown = quotes.split('\n').filter((l) => l.startsWith('- **')).length;
    expect(shown).toBeLessThan(story.quotes.length);
    expect(quotes).toContain(`_${story.quotes.length - shown} more quotes in the JSON and HTML reports_`);
  });

  it('escapes article text: markup and link syntax in an article stay words in a Markdown viewer', () => {
    const document = {
      input: 'council.txt',
      format: 'text' as const,
      title: 'Council <b>votes</b> on [the budget](https://evil.example)',
      content:
        'The city council approved the <script>alert(1)</script> *new* _school_ budget_2024 on Monday by a vote of 7 to 2.',
    };
    const md = renderMarkdown(
      buildReport([document], [], { generatedAt: '2026-01-01T00:00:00.000Z' }).report,
    );
    expect(md).not.toMatch(/(?<!\\)<(?:script|b)>/);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\*new\\* \\_school\\_ budget_2024');
    expect(md).toContain('\\[the budget\\](https://evil.example)');
  });
});

describe('Markdown escaping of article text', () => {
  it('turns every kind of line break into a space', () => {
    expect(escapeMarkdown('The vote passed.\r\n# Budget\rapproved\nlate')).toBe(
      'The vote passed. # Budget approved late',
    );
  });

  it('keeps a sentence that opens with a list, heading or quote marker a plain sentence', () => {
    expect(escapeMarkdown('1. The council voted first.')).toBe('1\\. The council voted first.');
    expect(escapeMarkdown('2) Then it adjourned.')).toBe('2\\) Then it adjourned.');
    expect(escapeMarkdown('+ 7 seats changed hands.')).toBe('\\+ 7 seats changed hands.');
    expect(escapeMarkdown('- Turnout was low.')).toBe('\\- Turnout was low.');
    expect(escapeMarkdown('# 1 priority is housing.')).toBe('\\# 1 priority is housing.');
    expect(escapeMarkdown('> The mayor said no.')).toBe('\\> The mayor said no.');
  });

  it('escapes those markers only at the start, and strikethrough and table pipes anywhere', () => {
    expect(escapeMarkdown('It won 7 - 2 in 2024. Votes: 1. yes')).toBe('It won 7 - 2 in 2024. Votes: 1. yes');
    expect(escapeMarkdown('Costs rose ~5% | fell ~~2%~~')).toBe('Costs rose \\~5% \\| fell \\~\\~2%\\~\\~');
    expect(escapeMarkdown('See budget_2024.pdf and _draft_')).toBe('See budget_2024.pdf and \\_draft\\_');
  });
});

describe('the HTML brief', () => {
  it('links every citation to an element of the page, and every sentence cited has an anchor', async () => {
    const { report } = await sampleResult();
    const html = renderHtml(report);
    const ids = new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    const hrefs = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(20);
    for (const href of hrefs) expect(ids.has(href), href).toBe(true);
    for (const sentence of report.stories[0]!.summary)
      for (const e of sentence.evidence) expect(ids.has(`${e.articleId}-${e.sentenceId}`)).toBe(true);
  });

  it('is self-contained and accessible: no scripts or external assets, landmarks and headings', async () => {
    const { report } = await sampleResult();
    const html = renderHtml(report);
    expect(html).not.toMatch(/<script|<link|src="http|url\(/i);
    for (const tag of ['<header>', '<main>', '<footer>', '<h1>', '<h2 ', '<h3 ']) expect(html).toContain(tag);
    expect(html).toContain('name="viewport"');
    expect(html).toMatch(/class="sides"/); // conflicts side by side
    expect(html).toMatch(/<del>|<ins>/); // quote variants as diffs
    expect(html).toMatch(/<h4>Background<\/h4>/);
    expect(html).toMatch(
      /<strong>2023-11-20<\/strong><\/time> <em class="muted">\(expected\)<\/em> Meanwhile/,
    );
  });

  it('escapes article text: markup in an article is shown, never run', async () => {
    const { documents } = await readInputs([SAMPLE_DIR]);
    const hostile = {
      input: 'hostile.txt',
      format: 'text' as const,
      title: 'Council <b>votes</b> "budget"',
      content:
        'The city council approved the <script>alert(1)</script> budget on Monday by a vote of 7 to 2.\n\nThe mayor said the budget adds 40 teachers & 12 nurses.',
    };
    const { report } = buildReport([...documents, hostile], [], { generatedAt: '2026-01-01T00:00:00.000Z' });
    const html = renderHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Council &lt;b&gt;votes&lt;/b&gt; &quot;budget&quot;');
    expect(html).toContain('40 teachers &amp; 12 nurses');
  });

  it('links an article only to a web URL: a javascript: URL is never a link', async () => {
    const documents = ['javascript:alert(1)', 'https://example.org/council'].map((url, i) => ({
      input: `council-${i}.txt`,
      format: 'text' as const,
      url,
      content: `The city council approved the ${i ? 'school' : 'transport'} budget on Monday by a vote of 7 to 2, officials said, after a long debate about teachers and buses.`,
    }));
    const html = renderHtml(buildReport(documents, [], { generatedAt: '2026-01-01T00:00:00.000Z' }).report);
    expect(html).toContain('href="https://example.org/council"');
    expect(html).not.toMatch(/href="javascript:/i);
  });
});
