import { wordCount } from '../util/word-count.js';

/** Why a paragraph is not part of the article body, or undefined when it is. */
export type NoiseReason =
  | 'byline'
  | 'author-bio'
  | 'caption'
  | 'related-links'
  | 'advertisement'
  | 'share-prompt'
  | 'newsletter-prompt'
  | 'dateline';

const BYLINE =
  /^(?:[Aa]uthors?|[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)\s*:?\s+([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3})*)\s*$/u;
const RELATED =
  /^(?:more (?:news|stories|from (?:me|us|the author)|on this)|related(?: (?:articles|stories|coverage|news))?|read (?:more|next|also)|recommended|trending(?: now)?|most (?:read|popular)|you may also like|see also|latest news)\s*:?\s*$/i;
const BIO =
  /\b(?:is (?:a|an|the|[\p{Lu}][\p{L}.&-]*(?:’|')s) (?:[\p{L}-]+\s){0,3}(?:editor|reporter|correspondent|writer|journalist|columnist|contributor|producer|author|curator|analyst)\b|follow (?:him|her|them) on (?:twitter|x|instagram|facebook)|editor[- ]in[- ]chief of|(?:staff|senior|contributing) (?:writer|reporter|editor) (?:at|for))/iu;
const SHARE =
  /^(?:share (?:this|on)|tweet this|click to share|share this article|follow us on)\b|^follow .{0,60}\bon (?:twitter|facebook|instagram|linkedin|youtube|tiktok|x)\b/i;
const NEWSLETTER =
  /\b(?:sign up for (?:our|the) .{0,40}newsletter|subscribe to (?:our|the) .{0,40}(?:newsletter|podcast|channel)|get the latest .{0,40} in your inbox|(?:please )?subscribe (?:now |today )?(?:to|for) .{0,60}(?:full story|edition|subscription|unlimited)|download (?:our|the) .{0,40}\bapp)\b/i;
const ADVERT =
  /^(?:advert|advertisement|sponsored(?: content)?|ad|promoted|paid content|continue reading(?: below| the main story)?|story continues (?:below|after)(?: advertisement)?|scroll to continue(?: with content)?|this slideshow requires javascript\.?)\s*$|\blisten to\b.{0,80}\bon (?:spreaker|spotify|apple podcasts|soundcloud|iheartradio|youtube)\b/i;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// Wire-photo captions end with "<place>, <Month> <day>, <year>." and are written in the present tense.
const CAPTION_TAIL = new RegExp(`[,\\s]\\s*${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\.?\\s*$`);
const CAPTION_START =
  /^(?:\(?(?:photo|image|file photo|picture)\b|(?:\S+\s+){1,12}?(?:speaks|meets|burns|walks|stands|looks|gestures|attends|arrives|waves|holds|sits|poses|listens|delivers|shakes|greets|talks|reacts|is seen|are seen|shows|carry|carries|march|marches|gather|gathers|protest|protests)\b)/u;

// Photo credits: "Photo: X", "Credit: X", or a line ending in a picture agency's name.
const CREDIT =
  /^\(?(?:photo|image|picture|photograph|credit|image credit|photo credit)s?\s*(?:by)?\s*:|\b(?:getty images|ap photo|shutterstock|reuters|afp|epa|alamy)\b[^.!?]*\)?$/i;
const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|updated|published|posted|last|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|et|edt|est|pt|pst|pdt|cst|cdt|bst|cet|ist)\b|\d+(?:st|nd|rd|th)?/gi;

/** Whether a short line is only a date and time ("Updated 11:21 pm CST, Tuesday, November 19, 2019"). */
function isDateOnly(text: string): boolean {
  if (!/\d/.test(text) || wordCount(text) > 12) return false;
  const looksLikeDate =
    /\d{1,2}:\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/.test(text) ||
    new RegExp(`\\b${MONTH}\\b|\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+\\d`, 'i').test(
      text,
    );
  if (!looksLikeDate) return false;
  const rest = text
    .replace(DATE_WORDS, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return rest === '';
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
  if (CREDIT.test(text) && wordCount(text) <= 15) return 'caption';
  if (isDateOnly(text)) return 'dateline';
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
