/**
 * Safe URLs (SPEC §5): a URL from a document is used only when it is `http:`, `https:`
 * or relative. Everything else (`javascript:`, `data:`, `vbscript:`, `file:` …) is dropped.
 *
 * Browsers ignore tabs and line breaks anywhere in a URL and leading/trailing control
 * characters and spaces, so `java\tscript:` and ` javascript:` are scripts too: the
 * scheme is read after removing those, exactly as a browser would.
 */
const STRIPPED = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Inner tabs and newlines are removed by the URL parser; leading/trailing C0 and spaces too.
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!cleaned) return undefined;
  const probe = cleaned.replace(STRIPPED, '');
  // Percent-encoded or backslash tricks in the scheme position are never legitimate.
  if (/^[^/?#]*[%\\]/.test(probe.split(':')[0] ?? '') && probe.includes(':')) return undefined;
  const scheme = SCHEME.exec(probe);
  if (!scheme) {
    // No scheme: relative. Paths that start with / ? # or . are plainly relative; otherwise a
    // colon before the first slash is a disguised scheme (`jav&#x09;ascript:`), refused.
    if (/^[/?#.]/.test(probe)) return cleaned;
    return /^[^/]*:/.test(probe) ? undefined : cleaned;
  }
  const name = scheme[1]!.toLowerCase();
  return name === 'http' || name === 'https' ? cleaned : undefined;
}

/** True when `safeUrl` keeps the value. */
export function isSafeUrl(value: unknown): boolean {
  return safeUrl(value) !== undefined;
}
