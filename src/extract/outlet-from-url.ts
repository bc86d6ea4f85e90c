/** A readable outlet name from a URL's host ("www.antiwar.com" -> "antiwar.com"). */
export function outletFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^(www|m|amp|edition|news)\./, '') || undefined;
  } catch {
    return undefined;
  }
}
