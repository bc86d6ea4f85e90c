import type { Report } from '../model/index.js';
import { escapeHtml as e } from './escape-html.js';
import { HTML_STYLE } from './html-style.js';
import { storyHtml } from './story-html.js';

/** The report as one self-contained HTML page (no scripts, no external assets); citations link to their sentences. */
export function renderHtml(report: Report): string {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const title = report.stories.length === 1 ? report.stories[0]!.title : 'Parallax brief';
  const toc =
    report.stories.length > 1
      ? `<nav aria-label="Stories"><ul>${report.stories.map((s, i) => `<li><a href="#story-${i + 1}">${e(s.title)}</a></li>`).join('')}</ul></nav>`
      : '';
  const diagnostics =
    report.diagnostics.length === 0
      ? ''
      : `<section aria-labelledby="diagnostics"><h2 id="diagnostics">Diagnostics</h2><ul>${report.diagnostics
          .map((d) => `<li>${e(d.level)} ${e(d.code)}: ${e(d.input)}: ${e(d.message)}</li>`)
          .join('')}</ul></section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(title)}</title><style>${HTML_STYLE}</style></head>
<body><header><h1>Parallax brief</h1><p class="muted">${report.articles.length} ${report.articles.length === 1 ? 'article' : 'articles'}, ${report.stories.length} ${report.stories.length === 1 ? 'story' : 'stories'}. Generated ${e(report.generatedAt)}.</p>${toc}</header>
<main>
${report.stories.map((s, i) => storyHtml(s, articles, i)).join('\n')}
${diagnostics}
</main>
<footer><p class="muted">Every summary sentence cites the articles that support it; the markers link to the sentences cited.</p></footer>
</body></html>
`;
}
