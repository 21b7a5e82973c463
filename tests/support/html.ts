/**
 * HTML (and XML/SVG) parsing for assertions on the built pages, on top of htmlparser2: lists
 * every start tag with its attributes, in document order, and the text of raw-text elements
 * (script, style, title…). No tree is kept: the tests only need "which elements, with which
 * attributes, in which order".
 */
import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';

/** One start tag of the document, in document order. */
export interface HtmlElement {
  /** Tag name in lower case, e.g. `img`, `svg`, `feimage`. */
  readonly name: string;
  /** Attributes: names in lower case, values with character references decoded. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Text of a raw-text element (script, style, title, textarea…), decoded for title/textarea; else ''. */
  readonly text: string;
  /** Offset of the `<` that opens the tag. */
  readonly offset: number;
  /** 1-based line of the `<` that opens the tag. */
  readonly line: number;
  /** Whether the tag was written `<… />`. */
  readonly selfClosing: boolean;
  /** Whether it sits inside `<svg>` or `<math>` (an SVG `<title>` is not the page title). */
  readonly foreign: boolean;
}

/** A processing instruction such as `<?xml-stylesheet href="a.xsl"?>`. */
export interface ProcessingInstruction {
  /** The target, e.g. `xml-stylesheet`. */
  readonly target: string;
  /** Everything after the target, e.g. `href="a.xsl"`. */
  readonly data: string;
  /** 1-based line. */
  readonly line: number;
}

/** The tokens of one document that the tests look at. */
export interface ParsedHtml {
  /** Every start tag, in document order. */
  readonly elements: readonly HtmlElement[];
  /** Processing instructions (XML and SVG files only have meaningful ones). */
  readonly processingInstructions: readonly ProcessingInstruction[];
}

/** Options for {@link parseHtml}. */
export interface ParseOptions {
  /** Parse as XML/SVG: CDATA sections are text everywhere, `<?…?>` ends at `?>`. */
  readonly xml?: boolean;
}

const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'title', 'textarea']);

/** Decodes character references in text or an attribute value (`&amp;`, `&#39;`, `&mdash;`…). */
export function decodeCharacterReferences(text: string): string {
  return decodeHTML(text);
}

/** 1-based line number of an offset in `source`. */
function lineAt(source: string, offset: number, cache: { offset: number; line: number }): number {
  for (let i = cache.offset; i < offset; i++) if (source.charCodeAt(i) === 10) cache.line++;
  cache.offset = offset;
  return cache.line;
}

/**
 * Parses an HTML (or, with `{ xml: true }`, XML/SVG) document into its start tags and
 * processing instructions. Never throws: malformed markup is read as htmlparser2 reads it,
 * following the browser's rules for attributes, comments and raw text.
 */
export function parseHtml(source: string, options: ParseOptions = {}): ParsedHtml {
  const xml = options.xml === true;
  const elements: HtmlElement[] = [];
  const processingInstructions: ProcessingInstruction[] = [];
  const open: { element: { -readonly [K in keyof HtmlElement]: HtmlElement[K] }; raw: boolean }[] = [];
  const lines = { offset: 0, line: 1 };
  let foreignDepth = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const offset = parser.startIndex;
        const tag = source.slice(offset, parser.endIndex + 1);
        const lower = name.toLowerCase();
        if (lower === 'svg' || lower === 'math') foreignDepth++;
        const element = {
          name: lower,
          attributes: new Map(Object.entries(attribs).map(([k, v]) => [k.toLowerCase(), v])),
          text: '',
          offset,
          line: lineAt(source, offset, lines),
          selfClosing: /\/\s*>$/.test(tag),
          foreign: foreignDepth > (lower === 'svg' || lower === 'math' ? 1 : 0),
        };
        elements.push(element);
        open.push({ element, raw: RAW_TEXT.has(lower) && !element.foreign });
      },
      ontext(text) {
        const top = open[open.length - 1];
        if (top?.raw) top.element.text += text;
      },
      onclosetag(name) {
        const lower = name.toLowerCase();
        const top = open.pop();
        if (top && (top.element.name === 'title' || top.element.name === 'textarea')) {
          top.element.text = decodeCharacterReferences(top.element.text);
        }
        if (lower === 'svg' || lower === 'math') foreignDepth = Math.max(0, foreignDepth - 1);
      },
      onprocessinginstruction(name, data) {
        if (!name.startsWith('?')) return;
        const body = data.replace(/^\?/, '').replace(/\?$/, '');
        const target = body.split(/\s/, 1)[0] ?? '';
        processingInstructions.push({
          target,
          data: body.slice(target.length).trim(),
          line: lineAt(source, parser.startIndex, lines),
        });
      },
    },
    { xmlMode: xml, decodeEntities: true, lowerCaseTags: !xml, lowerCaseAttributeNames: !xml, recognizeCDATA: true },
  );
  parser.end(source);
  return { elements, processingInstructions };
}

/**
 * The HTML elements of a parsed document with the given (lower-case) tag name; elements inside
 * `<svg>` or `<math>` only with `{ foreign: true }`.
 */
export function elementsNamed(doc: ParsedHtml, name: string, options: { foreign?: boolean } = {}): HtmlElement[] {
  return doc.elements.filter((element) => element.name === name && (options.foreign === true || !element.foreign));
}

/** The whitespace-separated, lower-cased tokens of an attribute such as `rel` (empty if absent). */
export function tokensOf(element: HtmlElement, attribute: string): string[] {
  return (element.attributes.get(attribute) ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The `content` of the first `<meta>` whose `attribute` (`name`, `property` or `http-equiv`)
 * equals `key` (case-insensitive), or undefined when there is none.
 */
export function metaContent(
  doc: ParsedHtml,
  attribute: 'name' | 'property' | 'http-equiv',
  key: string,
): string | undefined {
  const meta = doc.elements.find(
    (element) =>
      element.name === 'meta' && element.attributes.get(attribute)?.trim().toLowerCase() === key.toLowerCase(),
  );
  return meta?.attributes.get('content');
}
