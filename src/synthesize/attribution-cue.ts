/** Words that name who said something ("said", "told", "according to", "alleged"). */
export const ATTRIBUTION_CUE =
  /\b(?:accused|accuses|accusing|added|alleged|alleges|alleging|announced|argued|argues|arguing|asked|assertion|called|calling|claimed|claiming|claims|confirmed|confirms|declared|described|describes|describing|explained|insisted|insists|posted|reported|reporting|reports|said|say|saying|says|stated|statement|states|stating|tells|testified|told|tweeted|tweeting|vowed|warned|writes|writing|wrote|according to)\b/i;
