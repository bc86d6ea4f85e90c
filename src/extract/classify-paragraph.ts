/** Why a paragraph is not part of the article body, or undefined when it is. */
export type NoiseReason =
  | 'byline'
  | 'author-bio'
  | 'caption'
  | 'related-links'
  | 'advertisement'
  | 'share-prompt'
  | 'newsletter-prompt';

const BYLINE =
  /^(?:[Aa]uthors?|[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)\s*:?\s+([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3})*)\s*$/u;
const RELATED =
  /^(?:more (?:news|stories|from (?:me|us|the author)|on this)|related(?: (?:articles|stories|coverage|news))?|read (?:more|next|also)|recommended|trending(?: now)?|most (?:read|popular)|you may also like|see also|latest news)\s*:?\s*$/i;
const BIO =
  /\b(?:is (?:a|an|the) (?:\w+\s){0,3}(?:editor|reporter|correspondent|writer|journalist|columnist|contributor|producer|author)\b|follow (?:him|her|them) on (?:twitter|x|instagram|facebook)|editor[- ]in[- ]chief of|(?:staff|senior|contributing) (?:writer|reporter|editor) (?:at|for))/i;
const SHARE = /^(?:share (?:this|on)|tweet this|click to share|share this article|follow us on)\b/i;
const NEWSLETTER =
  /\b(?:sign up for (?:our|the) .{0,40}newsletter|subscribe to (?:our|the) .{0,40}(?:newsletter|podcast|channel)|get the latest .{0,40} in your inbox)\b/i;
const ADVERT =
  /^(?:advertisement|sponsored(?: content)?|ad|promoted|paid content)\s*$|\blisten to\b.{0,80}\bon (?:spreaker|spotify|apple podcasts|soundcloud|iheartradio|youtube)\b/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// Wire-photo captions end with "<place>, <Month> <day>, <year>." and are written in the present tense.
const CAPTION_TAIL = new RegExp(`[,\\s]\\s*${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\.?\\s*$`);
const CAPTION_START =
  /^(?:\(?(?:photo|image|file photo|picture)\b|(?:\S+\s+){1,12}?(?:speaks|meets|burns|walks|stands|looks|gestures|attends|arrives|waves|holds|sits|poses|listens|delivers|shakes|greets|talks|reacts|is seen|are seen|shows|carry|carries|march|marches|gather|gathers|protest|protests)\b)/u;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Decides whether one paragraph is noise (a byline, a bio, a caption, a link list, an ad...) and which. */
export function classifyParagraph(
  paragraph: string,
  position: { isLast: boolean; afterByline: boolean },
): NoiseReason | undefined {
  const text = paragraph.trim();
  if (BYLINE.test(text)) return 'byline';
  if (RELATED.test(text)) return 'related-links';
  if (SHARE.test(text) && wordCount(text) < 12) return 'share-prompt';
  if (NEWSLETTER.test(text) && wordCount(text) < 40) return 'newsletter-prompt';
  if (ADVERT.test(text) && wordCount(text) < 40) return 'advertisement';
  if (BIO.test(text) && wordCount(text) < 60 && !/[“"]/.test(text)) return 'author-bio';
  if (position.afterByline && wordCount(text) < 60) return 'author-bio';
  if (CAPTION_TAIL.test(text) && CAPTION_START.test(text) && wordCount(text) < 70) return 'caption';
  return undefined;
}

/** The outlet an author bio names ("Editor-In-Chief of Atlas News"), when it names one. */
export function outletFromBio(bio: string): string | undefined {
  const match =
    /\b(?:editor[- ]in[- ]chief|editor|reporter|correspondent|writer|founder) (?:of|at|for) ((?:[\p{Lu}][\p{L}.&'’-]*\s?){1,4})/iu.exec(
      bio,
    );
  const name = match?.[1]?.trim().replace(/[.,]$/, '');
  return name && /^[\p{Lu}]/u.test(name) ? name : undefined;
}
