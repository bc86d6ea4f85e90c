// Verbs of saying: a part of a sentence holding one attributes a claim. Not "so-called".
const SPEECH =
  'said|says|say|saying|told|tells|wrote|writes|stated|stating|announced|tweeted|tweeting|argued|argues|arguing|claimed|claims|claiming|asked|explained|insisted|insists|warned|(?<!so-)called|calling|described|describes|describing|accused|accuses|accusing|vowed|declared|reported|reports|reporting|alleged|alleges|alleging|testified|confirmed|confirms|noted|replied|responded|acknowledged|admitted|conceded|according to';

/** A verb of saying ("said", "told", "according to", "alleged"): a part holding one is never cut away. */
export const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH})\\b`, 'i');

/**
 * Words that name who said a quote: the verbs of saying, and the nouns and verbs that only name a speaker
 * beside a quote ("he added", "in a statement", "the proclamation states").
 */
export const ATTRIBUTION_CUE = new RegExp(
  `\\b(?:${SPEECH}|added|posted|states|statement|assertion|writing)\\b`,
  'i',
);
