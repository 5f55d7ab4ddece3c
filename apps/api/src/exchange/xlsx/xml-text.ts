/** XML text helpers for the spreadsheet writer and reader. */

/** Characters XML 1.0 forbids (C0 controls other than tab, LF and CR); spreadsheet apps refuse files holding them. */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Anything escapeXml would change; most cells hold none of it. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** XML text that cannot be read; the reader names the workbook part it came from. */
export class MalformedXml extends Error {}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const LAST_CODE_POINT = 0x10ffff;

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (entity: string, name: string) => {
    if (!name.startsWith('#')) return NAMED_ENTITIES[name] ?? entity;
    const codePoint = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (codePoint > LAST_CODE_POINT) throw new MalformedXml(`${entity} is not a character`);
    return String.fromCodePoint(codePoint);
  });
}

export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const TAG =
  /<(\/?)(?:[\w.-]+:)?([\w.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;

/**
 * A forgiving streaming scanner for the plain XML that spreadsheets are made of: it reports element
 * starts and ends (namespace prefixes dropped, `x:row` is `row`) and text, chunk by chunk, holding at
 * most one unfinished tag or text run in memory.
 */
export class XmlScanner {
  private pending = '';

  constructor(
    private readonly handler: XmlHandler,
    /** Longest run of text or single tag accepted; a longer one means a malformed or hostile file. */
    private readonly maxPendingChars: number,
  ) {}

  feed(chunk: string): void {
    const buffer = this.pending + chunk;
    // Everything before the last `<` is complete tags and text; the rest waits for the next chunk.
    const lastOpen = buffer.lastIndexOf('<');
    const lastClose = buffer.lastIndexOf('>');
    const completeUntil = lastOpen > lastClose ? lastOpen : buffer.length;
    this.scan(buffer.slice(0, completeUntil));
    this.pending = buffer.slice(completeUntil);
    if (this.pending.length > this.maxPendingChars) {
      throw new MalformedXml(`an XML element is longer than ${this.maxPendingChars} characters`);
    }
  }

  end(): void {
    this.scan(this.pending);
    this.pending = '';
  }

  private scan(text: string): void {
    TAG.lastIndex = 0;
    for (let match = TAG.exec(text); match; match = TAG.exec(text)) {
      const [, closing, name, attributes, selfClosing, textRun] = match;
      if (textRun !== undefined) this.handler.text(textRun);
      else if (name === undefined)
        continue; // declaration or comment
      else if (closing) this.handler.close(name);
      else this.handler.open(name, attributes ?? '', selfClosing === '/');
    }
  }
}

const attributePatterns = new Map<string, RegExp>();

/** The value of one attribute in a tag's attribute text, unescaped; undefined when absent. */
export function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return unescapeXml(match[1] ?? match[2] ?? '');
}
