// A tokenizer for the small, machine-written XML inside an XLSX file
// (workbook, relationships, shared strings, worksheets). Node has no
// DOMParser, and a DOM of a 300 000-row sheet would not fit comfortably in
// memory anyway, so the same streaming scanner runs in the browser and
// under Node. It understands elements, attributes, text, CDATA and the five
// named entities plus numeric character references; it skips the XML
// declaration, processing instructions, comments and DOCTYPE. Namespace
// prefixes are dropped from element names (`x:row` → `row`) but kept on
// attributes (`r:id`), where the prefix is part of the meaning.

export interface XmlHandler {
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

export class XmlError extends Error {
  /** False for XML that is whole but holds what it may not (a character past U+10FFFF): then the file is not cut short, it is damaged. */
  constructor(
    message: string,
    readonly cutShort = true,
  ) {
    super(message);
  }
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replace entity and character references in text or an attribute value. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) return character(whole, ref.startsWith('#x') ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return ENTITY[ref] ?? whole;
  });
}

/** A character reference's character; past U+10FFFF there is none (a hand-made or hostile file), and the part is refused as damaged, never a crash. */
function character(reference: string, codePoint: number): string {
  if (!(codePoint <= 0x10ffff)) throw new XmlError(`no such character ${reference}`, false);
  return String.fromCodePoint(codePoint);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) attrs[m[1] ?? ''] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

export function scanXml(xml: string, handler: XmlHandler): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && handler.text) handler.text(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) return;
    if (xml.startsWith('<!--', lt)) {
      i = after(xml, '-->', lt);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) throw new XmlError('unterminated CDATA');
      handler.text?.(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      i = after(xml, '?>', lt);
    } else if (xml.startsWith('<!', lt)) {
      i = after(xml, '>', lt);
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt);
      if (end < 0) throw new XmlError('unterminated end tag');
      handler.close?.(localName(xml.slice(lt + 2, end).trim()));
      i = end + 1;
    } else {
      const end = tagEnd(xml, lt);
      const selfClosing = xml[end - 1] === '/';
      const body = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const space = body.search(/\s/);
      const name = localName(space < 0 ? body : body.slice(0, space));
      if (name === '') throw new XmlError('empty element name');
      handler.open?.(name, space < 0 ? {} : parseAttributes(body.slice(space)), selfClosing);
      if (selfClosing) handler.close?.(name);
      i = end + 1;
    }
  }
}

function after(xml: string, token: string, from: number): number {
  const end = xml.indexOf(token, from);
  if (end < 0) throw new XmlError(`unterminated ${token}`);
  return end + token.length;
}

/** Index of the `>` closing the tag opened at `lt`; a `>` inside a quoted attribute value does not count. */
function tagEnd(xml: string, lt: number): number {
  let quote: string | null = null;
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i;
    }
  }
  throw new XmlError('unterminated tag');
}
