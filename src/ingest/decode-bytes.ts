const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Charset declared in a `<meta charset>` or `<meta http-equiv content-type>` near the start of an HTML page. */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

/** Whether the bytes look binary (NUL bytes or many control characters) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

// Windows-1252's characters for bytes 0x80-0x9F (curly quotes, dashes, the euro sign...).
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes windows-1252 by hand: some Node builds decode it as ISO-8859-1, losing quotes and dashes. */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    const decoder = new TextDecoder(label, { fatal });
    return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes text bytes: a BOM or a declared charset wins (HTTP header, then `<meta>`); otherwise UTF-8 when
 * valid, else windows-1252, which is what mislabelled Western pages nearly always are.
 */
export function decodeBytes(bytes: Uint8Array, declaredCharset?: string, isHtml = false): string {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return decodeWith('utf-8', bytes.subarray(3), false) ?? '';
  const declared = declaredCharset ?? (isHtml ? sniffMetaCharset(bytes) : undefined);
  if (declared) {
    const text = decodeWith(declared, bytes, false);
    if (text !== undefined && !(declared.replace('-', '') === 'utf8' && text.includes('\ufffd'))) return text;
  }
  return decodeWith('utf-8', bytes, true) ?? decodeWith('windows-1252', bytes, false) ?? '';
}
