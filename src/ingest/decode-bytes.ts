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

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
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
