import type { ReportArticle } from '../model/report.js';
import type { StoryWithArticles } from './api.js';

/** What every section of the story page needs: the story, its articles by id, and how to name them. */
export interface StoryContext {
  readonly story: StoryWithArticles;
  readonly articles: ReadonlyMap<string, ReportArticle>;
  /** 1-based citation number of an article in story order. */
  number(articleId: string): number;
  /** A short name for an article: outlet, else web host, else a clipped title. */
  label(articleId: string): string;
  /** Which of the palette's colours marks this article. */
  colour(articleId: string): number;
  /** Opens the evidence dialog on one sentence of one article. */
  showEvidence(articleId: string, sentenceId: string | undefined, trigger: HTMLElement): void;
}

/** The palette size in styles.css (`.c0` .. `.c7`). */
const COLOURS = 8;

/** A short, human name for an article: outlet, web host or clipped title; undefined when it has none. */
export function shortLabel(article: ReportArticle | undefined): string | undefined {
  if (!article) return undefined;
  if (article.outlet) return article.outlet;
  if (article.url) {
    try {
      return new URL(article.url).hostname.replace(/^www\./, '');
    } catch {
      // Not a URL: fall through to the title.
    }
  }
  if (article.title)
    return article.title.length > 32 ? `${article.title.slice(0, 30).trimEnd()}…` : article.title;
  const file = (article.input.split('/').pop() ?? '').replace(/\.[a-z0-9]+$/i, '');
  // A file name that is only digits and hex (a content hash) names nothing a reader would recognise.
  return file && !/^[\d_a-f-]+$/i.test(file) ? file : undefined;
}

/** Builds the context of a story page. */
export function storyContext(
  story: StoryWithArticles,
  showEvidence: StoryContext['showEvidence'],
): StoryContext {
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  const order = new Map(story.articleIds.map((id, i) => [id, i]));
  return {
    story,
    articles,
    number: (id) => (order.get(id) ?? -1) + 1,
    label: (id) => shortLabel(articles.get(id)) ?? `Source ${(order.get(id) ?? -1) + 1}`,
    colour: (id) => (order.get(id) ?? 0) % COLOURS,
    showEvidence,
  };
}
