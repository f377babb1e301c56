import { getEncoding } from 'encoding-sniffer';

/** How far into an HTML/XML body we look for <meta charset> or <?xml encoding?>. */
const SNIFF_BYTES = 2048;

/** The charset parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | null): string | undefined {
  const match = contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)/i);
  return match?.[1];
}

function isMarkup(contentType: string | null): boolean {
  if (!contentType) return true; // unlabelled: sniffing BOM/meta/XML declaration is the best we have
  return /html|xml/i.test(contentType.split(';')[0]);
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * The encoding to decode a body with: BOM, then the Content-Type charset, then (HTML/XML only, following
 * the WHATWG prescan) <meta charset> / http-equiv / <?xml encoding?> in the first 2 KB, else UTF-8.
 * JSON and text bodies are never scanned for <meta>: a description inside JSON may contain one.
 */
export function detectEncoding(bytes: Uint8Array, contentType: string | null): string {
  const declared = charsetFromContentType(contentType);
  if (isMarkup(contentType)) {
    return getEncoding(bytes.subarray(0, SNIFF_BYTES), {
      transportLayerEncodingLabel: declared,
      defaultEncoding: 'utf-8',
      maxBytes: SNIFF_BYTES,
    });
  }
  return bomEncoding(bytes) ?? declared ?? 'utf-8';
}

/** Decodes a body; an unknown or unsupported charset label falls back to UTF-8 instead of failing. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(detectEncoding(bytes, contentType));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}
