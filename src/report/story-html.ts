import { diffWords, excerptDiff, type WordDiffPart } from '../compare/index.js';
import type { Evidence, ReportArticle, Story } from '../model/index.js';
import { articleLabel, citationNumbers } from './article-labels.js';
import { escapeHtml as e } from './escape-html.js';

type Numbers = ReadonlyMap<string, number>;

/** The anchor of a sentence of an article in the brief. */
export function sentenceAnchor(articleId: string, sentenceId: string): string {
  return `${articleId}-${sentenceId}`;
}

/** Citation markers, one per article, each linking to the sentence of that article that supports the claim. */
function cite(
  evidence: readonly Evidence[],
  articleIds: readonly string[],
  numbers: Numbers,
  labels: ReadonlyMap<string, string>,
): string {
  return articleIds
    .map((id) => {
      const ev = evidence.find((x) => x.articleId === id);
      const href = ev && ev.sentenceId ? `#${e(sentenceAnchor(id, ev.sentenceId))}` : `#${e(id)}`;
      const n = numbers.get(id) ?? '?';
      const label = `Source ${n}, ${labels.get(id) ?? id}${ev ? ': the sentence cited' : ''}`;
      return `<a class="cite" href="${href}" aria-label="${e(label)}" title="${e(ev?.text ?? '')}">[${n}]</a>`;
    })
    .join('');
}

function diffHtml(parts: readonly WordDiffPart[]): string {
  return parts
    .map((p) =>
      p.op === 'same' ? e(p.text) : p.op === 'added' ? `<ins>${e(p.text)}</ins>` : `<del>${e(p.text)}</del>`,
    )
    .join(' ');
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
        if (l.start < at) continue;
        text += `${e(article.text.slice(at, l.start))}<mark class="loaded">${e(article.text.slice(l.start, l.end))}</mark>`;
        at = l.end;
      }
      text += e(article.text.slice(at, s.end));
      const breakBefore = article.text.slice(Math.max(0, s.start - 2), s.start) === '\n\n' ? '</p><p>' : ' ';
      return `${breakBefore}<span class="sentence" id="${e(sentenceAnchor(article.id, s.id))}">${text}</span>`;
    })
    .join('');
  const meta = [article.outlet, article.publishedAt?.slice(0, 10), article.byline?.join(', ')]
    .filter(Boolean)
    .map((x) => e(String(x)))
    .join(' · ');
  // Only web links: a stored URL is untrusted input, and escaping alone does not stop `javascript:`.
  const link =
    article.url && /^https?:\/\//i.test(article.url) ? ` <a href="${e(article.url)}">original</a>` : '';
  return `<section class="article" id="${e(article.id)}" aria-labelledby="${e(article.id)}-h"><h4 id="${e(article.id)}-h">[${number}] ${e(article.title ?? articleLabel(article))}</h4><p class="muted">${meta}${link}</p><p>${sentences}</p></section>`;
}

/** One story of the brief: summary, agreed facts, conflicts, omissions, quotes, timeline, entities, framing, articles. */
export function storyHtml(story: Story, articles: ReadonlyMap<string, ReportArticle>, index: number): string {
  const n = citationNumbers(story.articleIds);
  const labels = new Map(
    story.articleIds.map((id) => [id, articles.get(id) ? articleLabel(articles.get(id)!) : id]),
  );
  const c = (evidence: readonly Evidence[], ids: readonly string[]): string => cite(evidence, ids, n, labels);
  const id = `story-${index + 1}`;
  const parts: string[] = [`<h2 id="${id}">${e(story.title)}</h2>`];
  parts.push(
    `<p class="muted">${story.articleIds.length} article${story.articleIds.length === 1 ? '' : 's'}: ${story.articleIds
      .map((a) => `<a href="#${e(a)}">[${n.get(a)}] ${e(labels.get(a)!)}</a>`)
      .join(', ')}</p>`,
  );
  parts.push(
    `<section class="summary" aria-labelledby="${id}-summary"><h3 id="${id}-summary">Summary</h3>${
      story.summary.length === 0
        ? '<p class="muted">No sentence could be stated neutrally with evidence.</p>'
        : story.summary.map((s) => `<p>${e(s.text)}${c(s.evidence, s.articleIds)}</p>`).join('')
    }</section>`,
  );
  const agreed = story.facts.filter((f) => f.articleIds.length >= 2);
  parts.push(
    `<section aria-labelledby="${id}-facts"><h3 id="${id}-facts">Agreed facts</h3>${
      agreed.length === 0
        ? '<p class="muted">No fact is reported by more than one article.</p>'
        : agreed
            .map(
              (f) =>
                `<p class="fact"><span class="bar" style="width:${(4 * f.articleIds.length) / story.articleIds.length}em" aria-hidden="true"></span><span class="count">${f.articleIds.length}/${story.articleIds.length}</span> ${e(f.text)}${c(f.evidence, f.articleIds)}</p>`,
            )
            .join('')
    }</section>`,
  );
  const conflicts = story.conflicts.map((conflict) => {
    const sides = conflict.values
      .map(
        (v) =>
          `<li><span class="value">${e(v.value)}</span>${c(v.evidence, v.articleIds)}<br><span class="muted">${e(v.evidence[0]?.text ?? '')}</span></li>`,
      )
      .join('');
    const why = conflict.explanation
      ? `<p><strong>Why they may differ:</strong> ${e(conflict.explanation)}</p>`
      : '';
    return `<div class="conflict"><h4>${e(conflict.subject)} <span class="muted">(${e(conflict.kind)})</span></h4><ul class="sides">${sides}</ul>${why}</div>`;
  });
  parts.push(
    `<section aria-labelledby="${id}-conflicts"><h3 id="${id}-conflicts">Conflicts</h3>${
      conflicts.length === 0
        ? '<p class="muted">No conflicting figures, dates or attributions found.</p>'
        : conflicts.join('')
    }</section>`,
  );
  const facts = new Map(story.facts.map((f) => [f.id, f]));
  const omissions = story.omissions.filter((o) => o.factIds.length > 0);
  parts.push(
    `<section aria-labelledby="${id}-omissions"><h3 id="${id}-omissions">Left out</h3>${
      omissions.length === 0
        ? '<p class="muted">Every article reports the facts the others share.</p>'
        : omissions
            .map(
              (o) =>
                `<h4>[${n.get(o.articleId)}] ${e(labels.get(o.articleId) ?? o.articleId)} does not report</h4><ul>${o.factIds
                  .map((f) => facts.get(f))
                  .filter((f) => f !== undefined)
                  .map((f) => `<li>${e(f.text)}${c(f.evidence, f.articleIds)}</li>`)
                  .join('')}</ul>`,
            )
            .join('')
    }</section>`,
  );
  const quotes = [...story.quotes].sort((a, b) => b.articleIds.length - a.articleIds.length);
  parts.push(
    `<section aria-labelledby="${id}-quotes"><h3 id="${id}-quotes">Quotes</h3>${
      quotes.length === 0
        ? '<p class="muted">No quotes found.</p>'
        : quotes
            .map((q) => {
              const variants = q.variants
                .filter((v) => v.text !== q.text)
                .map((v) => {
                  const extra = v as { diff?: WordDiffPart[]; meaningChanged?: boolean };
                  const changed = extra.meaningChanged
                    ? ' <span class="changed">(meaning changed)</span>'
                    : '';
                  return `<p class="variant"><a href="#${e(v.articleId)}">[${n.get(v.articleId)}]</a> ${diffHtml(extra.diff ?? excerptDiff(diffWords(q.text, v.text)))}${changed}</p>`;
                })
                .join('');
              return `<div class="quote"><p><strong>${e(q.speaker.name)}</strong>: “${e(q.text)}” ${q.articleIds.map((a) => `<a href="#${e(a)}">[${n.get(a)}]</a>`).join('')}</p>${variants}</div>`;
            })
            .join('')
    }</section>`,
  );
  const timelineItem = (t: Story['timeline'][number]): string =>
    `<li><time datetime="${e(t.date)}"><strong>${e(t.date)}</strong></time>${
      (t as { expected?: boolean }).expected ? ' <em class="muted">(expected)</em>' : ''
    } ${e(t.text)}${c([], t.articleIds)}</li>`;
  const isBackground = (t: Story['timeline'][number]): boolean =>
    (t as { background?: boolean }).background === true;
  const background = story.timeline.filter(isBackground);
  const own = story.timeline.filter((t) => !isBackground(t));
  parts.push(
    `<section aria-labelledby="${id}-timeline"><h3 id="${id}-timeline">Timeline</h3>${
      own.length === 0
        ? '<p class="muted">No dated events found.</p>'
        : `<ol>${own.map(timelineItem).join('')}</ol>`
    }${background.length === 0 ? '' : `<h4>Background</h4><ol class="background">${background.map(timelineItem).join('')}</ol>`}</section>`,
  );
  parts.push(
    `<section aria-labelledby="${id}-entities"><h3 id="${id}-entities">Who and where</h3><table><thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Also written</th><th scope="col">Mentions</th></tr></thead><tbody>${story.entities
      .slice(0, 30)
      .map(
        (en) =>
          `<tr><td>${e(en.name)}${en.roles?.length ? `<br><span class="muted">${e(en.roles.join('; '))}</span>` : ''}</td><td>${e(en.type)}</td><td>${e(en.aliases.filter((a) => a !== en.name).join(', '))}</td><td>${en.mentions.length}</td></tr>`,
      )
      .join('')}</tbody></table></section>`,
  );
  parts.push(
    `<section aria-labelledby="${id}-framing"><h3 id="${id}-framing">Framing</h3><ul>${story.framing
      .map((f) => {
        const terms = [...new Set(f.loaded.map((l) => l.term.toLowerCase()))];
        const opinion = f.opinion === undefined ? '' : ` opinion ${f.opinion.toFixed(2)};`;
        return `<li><a href="#${e(f.articleId)}">[${n.get(f.articleId)}] ${e(labels.get(f.articleId) ?? f.articleId)}</a>:${opinion} ${
          terms.length
            ? `loaded terms in its own voice: ${e(terms.join(', '))}`
            : 'no loaded terms in its own voice'
        }</li>`;
      })
      .join('')}</ul></section>`,
  );
  parts.push(`<section aria-labelledby="${id}-articles"><h3 id="${id}-articles">Articles</h3>`);
  for (const articleId of story.articleIds) {
    const article = articles.get(articleId);
    const loaded = story.framing.find((f) => f.articleId === articleId)?.loaded ?? [];
    if (article) parts.push(articleHtml(article, n.get(articleId)!, loaded));
  }
  parts.push('</section>');
  return `<article aria-labelledby="${id}">${parts.join('\n')}</article>`;
}
