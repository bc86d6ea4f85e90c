import type { Evidence, Report, ReportArticle, Story } from '../model/index.js';
import { articleLabel, citationNumbers } from './article-labels.js';
import { escapeHtml as e } from './escape-html.js';

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1a1a1a}
h1,h2,h3{line-height:1.2}a{color:#0b57d0}.cite{font-size:.8em;vertical-align:super;text-decoration:none;margin-left:.1em}
.conflict{border-left:4px solid #c5221f;padding:.25rem .75rem;margin:.5rem 0;background:#fdf3f2}
.fact{margin:.25rem 0}.bar{display:inline-block;height:.6em;background:#188038;margin-right:.5em}
.article{border-top:1px solid #ddd;margin-top:1rem}.sentence:target{background:#fde293}
.loaded{background:#fce8e6}.muted{color:#5f6368}del{color:#c5221f}ins{color:#188038}
`;

function citeLinks(
  evidence: readonly Evidence[],
  articleIds: readonly string[],
  numbers: ReadonlyMap<string, number>,
): string {
  return articleIds
    .map((id) => {
      const ev = evidence.find((x) => x.articleId === id);
      const href = ev && ev.sentenceId ? `#${e(id)}-${e(ev.sentenceId)}` : `#${e(id)}`;
      return `<a class="cite" href="${href}" title="${e(ev?.text ?? '')}">[${numbers.get(id) ?? '?'}]</a>`;
    })
    .join('');
}

function articleHtml(
  article: ReportArticle,
  number: number,
  loaded: readonly { start: number; end: number }[],
): string {
  const sentences = article.sentences
    .map((s) => {
      let text = '';
      let at = s.start;
      for (const l of loaded
        .filter((x) => x.start >= s.start && x.end <= s.end)
        .sort((a, b) => a.start - b.start)) {
        text +=
          e(article.text.slice(at, l.start)) +
          `<mark class="loaded">${e(article.text.slice(l.start, l.end))}</mark>`;
        at = l.end;
      }
      text += e(article.text.slice(at, s.end));
      const breakBefore = article.text.slice(Math.max(0, s.start - 2), s.start) === '\n\n' ? '</p><p>' : ' ';
      return `${breakBefore}<span class="sentence" id="${e(article.id)}-${e(s.id)}">${text}</span>`;
    })
    .join('');
  const meta = [article.outlet, article.publishedAt?.slice(0, 10), article.byline?.join(', ')]
    .filter(Boolean)
    .map((x) => e(String(x)))
    .join(' · ');
  return `<section class="article" id="${e(article.id)}"><h3>[${number}] ${e(article.title ?? articleLabel(article))}</h3><p class="muted">${meta}</p><p>${sentences}</p></section>`;
}

function storyHtml(story: Story, articles: ReadonlyMap<string, ReportArticle>): string {
  const n = citationNumbers(story.articleIds);
  const parts: string[] = [`<h2>${e(story.title)}</h2>`];
  parts.push(
    '<h3>Summary</h3><p>' +
      story.summary.map((s) => `${e(s.text)}${citeLinks(s.evidence, s.articleIds, n)}`).join(' ') +
      '</p>',
  );
  const agreed = story.facts.filter((f) => f.articleIds.length >= 2);
  parts.push('<h3>Agreed facts</h3>');
  parts.push(
    agreed.length === 0
      ? '<p class="muted">No fact is reported by more than one article.</p>'
      : agreed
          .map(
            (f) =>
              `<div class="fact"><span class="bar" style="width:${(4 * f.articleIds.length) / story.articleIds.length}em"></span>${f.articleIds.length}/${story.articleIds.length} ${e(f.text)}${citeLinks(f.evidence, f.articleIds, n)}</div>`,
          )
          .join(''),
  );
  parts.push('<h3>Conflicts</h3>');
  if (story.conflicts.length === 0) parts.push('<p class="muted">No conflicts found.</p>');
  for (const c of story.conflicts) {
    const values = c.values
      .map(
        (v) =>
          `<li><strong>${e(v.value)}</strong>${citeLinks(v.evidence, v.articleIds, n)}: ${e(v.evidence[0]?.text ?? '')}</li>`,
      )
      .join('');
    parts.push(
      `<div class="conflict"><strong>${e(c.subject)}</strong><ul>${values}</ul>${c.explanation ? `<p>${e(c.explanation)}</p>` : ''}</div>`,
    );
  }
  parts.push(
    '<h3>Timeline</h3><ul>' +
      story.timeline
        .map((t) => `<li><strong>${e(t.date)}</strong> ${e(t.text)}${citeLinks([], t.articleIds, n)}</li>`)
        .join('') +
      '</ul>',
  );
  parts.push('<h3>Articles</h3>');
  for (const id of story.articleIds) {
    const article = articles.get(id);
    const loaded = story.framing.find((f) => f.articleId === id)?.loaded ?? [];
    if (article) parts.push(articleHtml(article, n.get(id)!, loaded));
  }
  return `<article>${parts.join('\n')}</article>`;
}

/** The report as one self-contained HTML page (no scripts, no external assets); citations link to their sentences. */
export function renderHtml(report: Report): string {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const title = report.stories.length === 1 ? report.stories[0]!.title : 'Parallax brief';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(title)}</title><style>${STYLE}</style></head>
<body><h1>Parallax brief</h1><p class="muted">${report.articles.length} articles, ${report.stories.length} stories. Generated ${e(report.generatedAt)}.</p>
${report.stories.map((s) => storyHtml(s, articles)).join('\n')}
</body></html>
`;
}
