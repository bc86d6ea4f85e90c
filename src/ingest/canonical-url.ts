/** Query parameters that only track where a click came from; they never change which article a URL names. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  '_ga',
  '_gl',
  'ref_src',
  'ref_url',
  'cmpid',
  'ocid',
  'smid',
  'share',
  'ito',
  'at_medium',
  'at_campaign',
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || /^(utm_|pk_|mtm_|hsa_|__hs|vero_|oly_)/.test(lower);
}

/**
 * The canonical form of an http(s) URL, so the same article reached by two links is recognised: lower-case
 * host, no default port, no fragment, tracking parameters dropped, the rest of the query sorted.
 * Returns undefined for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(value: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname === '') url.pathname = '/';
  return url.toString();
}
