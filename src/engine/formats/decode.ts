// Text files from provincial systems arrive as UTF-8 (with or without the
// BOM Excel writes) or as GBK/GB18030 (what Excel in China saves as "CSV").
// The rule is the one browsers use for sniffing: bytes that are valid UTF-8
// are UTF-8 (GBK text with Chinese characters is almost never valid UTF-8);
// anything else is decoded as GB18030, a superset of GBK that decodes every
// byte sequence. Both decoders exist in browsers and in Node with full ICU.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  /** The text without a BOM. */
  text: string;
  encoding: TextEncodingName;
  /** True when GB18030 decoding produced U+FFFD: the file is neither UTF-8 nor GBK. */
  garbled: boolean;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.startsWith('\ufeff')) return { text: text.slice(1), encoding: 'utf-8-bom', garbled: false };
    return { text, encoding: 'utf-8', garbled: false };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    return { text, encoding: 'gb18030', garbled: text.includes('\ufffd') };
  }
}
