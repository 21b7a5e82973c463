/**
 * A static scanner for references in built files that would make a browser load something from
 * another origin: scripts, styles, images, fonts, frames, fetches, workers, map tiles. The site
 * must work offline from its own folder (see ARCHITECTURE.md), so every such reference is a bug.
 *
 * It looks only at resource-loading contexts, so it stays quiet about links and names:
 * - HTML/SVG: `src`, `srcset`, `imagesrcset`, `poster`, `data-src`, `data-srcset`, `background`,
 *   `<object data>`, `<html manifest>`, `ping`, `<link href>` unless every `rel` token is a
 *   non-fetching one (canonical, alternate, author, license…), `href`/`xlink:href` on `image`,
 *   `use`, `feImage`, `script` and `base`, `<meta http-equiv=refresh>`, `style` attributes and
 *   `<style>` (as CSS), inline `<script>` and `on…` handlers (as JS), `<script type=importmap>`,
 *   `<iframe srcdoc>` (as HTML). `<a href>` and `<area href>` are links, not requests; JSON-LD
 *   and other data blocks are names, not requests; `xmlns` values are namespace names.
 * - CSS: `url()`, `src()`, `@import`, strings inside `image-set()`.
 * - JS: string literals (quoted or the static start of a template) passed to `import()`, static
 *   `import`/`export … from`, `fetch`, `importScripts`, `sendBeacon`, `XMLHttpRequest#open`,
 *   `new URL|Request|Worker|SharedWorker|EventSource|WebSocket|Audio`, assigned to `.src`,
 *   `.srcset`, `.poster`, set with `setAttribute('src'|'srcset'|'poster'|'data', …)`, or given as
 *   a MapLibre `style:`, `tiles:`, `glyphs:` or `sprite:`. Comments are not stripped, and URLs
 *   built at run time cannot be seen: the browser tests block and record those.
 * - JSON and web manifests: string values under `src`, `tiles`, `glyphs`, `sprite`, and `url` or
 *   `data` inside a MapLibre `sources` object. Other keys (a bibliography's `url`) are names.
 * - XML: `<?xml-stylesheet href?>`, plus the SVG rules above. Sitemap `<loc>`s are not requests.
 */
import { parseHtml, type HtmlElement } from './html';

/** How a file is read, by its role rather than its extension. */
export type ScanKind = 'html' | 'svg' | 'xml' | 'css' | 'js' | 'json';

/** One reference to another origin. */
export interface OffsiteReference {
  /** The URL as written (for template literals, their static start). */
  readonly url: string;
  /** Where it was found, e.g. `<img src>`, `CSS url()`, `JS fetch()`. */
  readonly context: string;
  /** 1-based line in the scanned text. */
  readonly line: number;
}

/** What counts as home. */
export interface ScanOptions {
  /** Origins that are not "another origin", e.g. `['https://example.org']`. */
  readonly allowedOrigins: readonly string[];
}

/** Namespace names: identifiers that look like URLs but are never fetched. */
const NAMESPACE_URIS = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/xmlns/',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.sitemaps.org/schemas/sitemap/0.9',
]);

/** Schemes whose URLs are fetched over the network. */
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/**
 * `<link rel>` tokens that do not make the browser fetch anything. A link is a request as soon as
 * one of its tokens is not in this list (`alternate stylesheet` is a stylesheet).
 */
const NON_FETCHING_RELS = new Set([
  'canonical',
  'alternate',
  'author',
  'license',
  'me',
  'help',
  'bookmark',
  'external',
  'nofollow',
  'noopener',
  'noreferrer',
  'opener',
  'tag',
  'next',
  'prev',
  'privacy-policy',
  'terms-of-service',
  'pingback',
  'webmention',
]);

/** Elements whose `href`/`xlink:href` loads something (SVG image/use/feImage/script, and base). */
const FETCHING_HREF_ELEMENTS = new Set(['image', 'use', 'feimage', 'script', 'base']);

/** Script `type`s whose content is JavaScript. */
const JS_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
]);

/** The scan kind for a file name, or undefined for files that cannot refer to anything (images, fonts). */
export function scanKindOf(fileName: string): ScanKind | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.svg')) return 'svg';
  if (lower.endsWith('.xml') || lower.endsWith('.xsl')) return 'xml';
  if (lower.endsWith('.css')) return 'css';
  if (lower.endsWith('.js') || lower.endsWith('.mjs') || lower.endsWith('.cjs')) return 'js';
  if (lower.endsWith('.json') || lower.endsWith('.webmanifest') || lower.endsWith('.geojson')) return 'json';
  return undefined;
}

/**
 * Whether loading `raw` would contact an origin other than `allowedOrigins`. Relative URLs,
 * `data:`, `blob:`, `mailto:` and the like, and namespace names are not; `http(s)`, `ws(s)` and
 * `ftp` URLs elsewhere and protocol-relative `//host/…` URLs are. An absolute URL whose host
 * cannot be read (such as the static start `https://` of a template) counts as another origin.
 */
export function isOffsite(raw: string, allowedOrigins: readonly string[]): boolean {
  // Browsers strip leading/trailing whitespace and C0 controls, and remove tabs and newlines.
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (NAMESPACE_URIS.has(url)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  let absolute: string;
  if (scheme !== undefined) {
    if (!NETWORK_SCHEMES.has(`${scheme}:`)) return false;
    absolute = url;
  } else if (/^[/\\]{2}/.test(url)) {
    absolute = `https:${url.replace(/\\/g, '/')}`;
  } else {
    return false;
  }
  try {
    const parsed = new URL(absolute);
    if (parsed.hostname === '') return true;
    const origin =
      parsed.protocol === 'ws:' || parsed.protocol === 'wss:' ? parsed.origin.replace(/^ws/, 'http') : parsed.origin;
    return !allowedOrigins.includes(origin);
  } catch {
    return true;
  }
}

/**
 * Every reference in `source` (a file of the given kind) that would load something from another
 * origin than `options.allowedOrigins`. Pure: it reads nothing but its arguments.
 */
export function findOffsiteReferences(source: string, kind: ScanKind, options: ScanOptions): OffsiteReference[] {
  const found: OffsiteReference[] = [];
  const report = (url: string, context: string, line: number): void => {
    if (isOffsite(url, options.allowedOrigins)) found.push({ url: url.trim(), context, line });
  };
  switch (kind) {
    case 'html':
    case 'svg':
    case 'xml':
      scanMarkup(source, kind !== 'html', report, options);
      break;
    case 'css':
      scanCss(source, 1, report);
      break;
    case 'js':
      scanJs(source, 1, report);
      break;
    case 'json':
      scanJson(source, report);
      break;
  }
  return found;
}

type Reporter = (url: string, context: string, line: number) => void;

/** Line (1-based) of `offset` in `text`, plus `firstLine - 1`. */
function lineAt(text: string, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

function scanMarkup(source: string, xml: boolean, report: Reporter, options: ScanOptions): void {
  const doc = parseHtml(source, { xml });
  for (const instruction of doc.processingInstructions) {
    if (instruction.target.toLowerCase() !== 'xml-stylesheet') continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(instruction.data);
    if (href) report(href[1] ?? href[2] ?? '', '<?xml-stylesheet href?>', instruction.line);
  }
  for (const element of doc.elements) scanElement(element, report, options);
}

function scanElement(element: HtmlElement, report: Reporter, options: ScanOptions): void {
  const { name, attributes, line } = element;
  const where = (attribute: string): string => `<${name} ${attribute}>`;
  for (const [attribute, value] of attributes) {
    switch (attribute) {
      case 'src':
      case 'poster':
      case 'data-src':
      case 'background':
        report(value, where(attribute), line);
        break;
      case 'srcset':
      case 'imagesrcset':
      case 'data-srcset':
        for (const candidate of srcsetUrls(value)) report(candidate, where(attribute), line);
        break;
      case 'data':
        if (name === 'object') report(value, where(attribute), line);
        break;
      case 'manifest':
        if (name === 'html') report(value, where(attribute), line);
        break;
      case 'ping':
        for (const url of value.split(/\s+/).filter(Boolean)) report(url, where(attribute), line);
        break;
      case 'href':
      case 'xlink:href': {
        const rels = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        const fetches =
          name === 'link' ? rels.some((rel) => !NON_FETCHING_RELS.has(rel)) : FETCHING_HREF_ELEMENTS.has(name);
        if (fetches) report(value, name === 'link' ? `<link rel="${rels.join(' ')}" href>` : where(attribute), line);
        break;
      }
      case 'style':
        scanCss(value, line, report, where('style'));
        break;
      case 'srcdoc':
        for (const reference of findOffsiteReferences(value, 'html', options)) {
          report(reference.url, `${where('srcdoc')} ${reference.context}`, line + reference.line - 1);
        }
        break;
      default:
        if (/^on[a-z]+$/.test(attribute)) scanJs(value, line, report, where(attribute));
    }
  }
  if (name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
    const target = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?["']?([^"']*)/i.exec(attributes.get('content') ?? '')?.[1];
    if (target) report(target, '<meta http-equiv=refresh>', line);
  }
  if (name === 'style') scanCss(element.text, line, report, '<style>');
  if (name === 'script' && !attributes.has('src')) {
    const type = (attributes.get('type') ?? '').trim().toLowerCase();
    if (JS_TYPES.has(type)) scanJs(element.text, line, report, '<script>');
    else if (type === 'importmap') scanImportMap(element.text, line, report);
  }
}

/** The URLs of a `srcset` value, following the HTML candidate-string rules (commas inside URLs are kept). */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let k = 0;
  while (k < srcset.length) {
    while (k < srcset.length && /[\s,]/.test(srcset[k] ?? '')) k++;
    if (k >= srcset.length) break;
    const start = k;
    while (k < srcset.length && !/\s/.test(srcset[k] ?? '')) k++;
    let url = srcset.slice(start, k);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors up to the next comma outside parentheses.
      let depth = 0;
      while (k < srcset.length && (srcset[k] !== ',' || depth > 0)) {
        if (srcset[k] === '(') depth++;
        else if (srcset[k] === ')') depth = Math.max(0, depth - 1);
        k++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

function scanImportMap(text: string, firstLine: number, report: Reporter): void {
  let map: unknown;
  try {
    map = JSON.parse(text);
  } catch {
    return;
  }
  const visit = (value: unknown): void => {
    if (typeof value === 'string') report(value, '<script type=importmap>', firstLine);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  if (map && typeof map === 'object') {
    const { imports, scopes } = map as { imports?: unknown; scopes?: unknown };
    visit(imports);
    if (scopes && typeof scopes === 'object') {
      for (const [scope, entries] of Object.entries(scopes)) {
        report(scope, '<script type=importmap> scope', firstLine);
        visit(entries);
      }
    }
  }
}

/** Replaces CSS comments with spaces (newlines kept), leaving strings alone, so offsets still match. */
function blankCssComments(css: string): string {
  let out = '';
  let k = 0;
  while (k < css.length) {
    const c = css[k];
    if (c === '"' || c === "'") {
      let j = k + 1;
      while (j < css.length && css[j] !== c && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      out += css.slice(k, j + 1);
      k = j + 1;
    } else if (c === '/' && css[k + 1] === '*') {
      const close = css.indexOf('*/', k + 2);
      const stop = close === -1 ? css.length : close + 2;
      out += css.slice(k, stop).replace(/[^\n]/g, ' ');
      k = stop;
    } else {
      out += c;
      k++;
    }
  }
  return out;
}

function scanCss(source: string, firstLine: number, report: Reporter, where = 'CSS'): void {
  const css = blankCssComments(source);
  const patterns: [RegExp, string][] = [
    [/\b(?:url|src)\(\s*(?:"([^"]*)"|'([^']*)'|([^\s"')]+))/gi, 'url()'],
    [/@import\s+(?:"([^"]*)"|'([^']*)')/gi, '@import'],
  ];
  for (const [pattern, label] of patterns) {
    for (const match of css.matchAll(pattern)) {
      const url = match[1] ?? match[2] ?? match[3] ?? '';
      const isImport =
        label === '@import' || /@import\s*$/i.test(css.slice(Math.max(0, match.index - 20), match.index));
      report(url, `${where} ${isImport ? '@import' : label}`, lineAt(css, match.index, firstLine));
    }
  }
  for (const match of css.matchAll(/image-set\(([^)]*)\)/gi)) {
    for (const string of (match[1] ?? '').matchAll(/"([^"]*)"|'([^']*)'/g)) {
      report(string[1] ?? string[2] ?? '', `${where} image-set()`, lineAt(css, match.index, firstLine));
    }
  }
}

/**
 * JS contexts that load a URL given as the string literal right after the match. The label may
 * refer to capture group 1 as `$1`.
 */
const JS_CONTEXTS: readonly [RegExp, string][] = [
  [/\bimport\s*\(\s*/g, 'import()'],
  [/\bimport\s*(?=["'`])/g, 'import'],
  [/\bfrom\s*(?=["'`])/g, 'import … from'],
  [/\bfetch\s*\(\s*/g, 'fetch()'],
  [/\bimportScripts\s*\(\s*/g, 'importScripts()'],
  [/\bsendBeacon\s*\(\s*/g, 'sendBeacon()'],
  [/\.open\s*\(\s*(["'`])[A-Za-z]+\1\s*,\s*/g, 'XMLHttpRequest open()'],
  [/\bnew\s+(URL|Request|Worker|SharedWorker|EventSource|WebSocket|Audio)\s*\(\s*/g, 'new $1()'],
  [/\.(src|srcset|poster)\s*=\s*(?!=)/g, '.$1 ='],
  [/\bsetAttribute(?:NS)?\s*\(\s*(?:null\s*,\s*)?(["'`])(?:src|srcset|poster|data)\1\s*,\s*/g, 'setAttribute()'],
  [/\b(style|tiles|glyphs|sprite)\s*:\s*\[?\s*/g, 'MapLibre $1:'],
];

/** The value of the string literal starting at `offset` (a template literal up to its first `${`), or undefined. */
function stringLiteralAt(js: string, offset: number): string | undefined {
  const quote = js[offset];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  let value = '';
  for (let k = offset + 1; k < js.length; k++) {
    const c = js[k];
    if (c === quote) return value;
    if (c === '\\') {
      const escaped = js[k + 1] ?? '';
      value += escaped === '/' ? '/' : escaped === 'n' || escaped === 'r' || escaped === 't' ? ' ' : escaped;
      k++;
    } else if (quote === '`' && c === '$' && js[k + 1] === '{') {
      return value;
    } else if (c === '\n' && quote !== '`') {
      return undefined;
    } else {
      value += c;
    }
  }
  return undefined;
}

function scanJs(js: string, firstLine: number, report: Reporter, where = 'JS'): void {
  for (const [pattern, label] of JS_CONTEXTS) {
    for (const match of js.matchAll(pattern)) {
      const value = stringLiteralAt(js, match.index + match[0].length);
      if (value === undefined) continue;
      report(value, `${where} ${label.replace('$1', match[1] ?? '')}`, lineAt(js, match.index, firstLine));
    }
  }
}

function scanJson(source: string, report: Reporter): void {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return;
  }
  const fetchingKeys = new Set(['src', 'tiles', 'glyphs', 'sprite']);
  const visit = (value: unknown, path: readonly string[]): void => {
    if (typeof value === 'string') {
      const key = path.at(-1) ?? '';
      const inSources = path.includes('sources') || path.includes('sprite');
      if (fetchingKeys.has(key) || (inSources && (key === 'url' || key === 'data'))) {
        report(value, `JSON ${path.join('.')}`, 1);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, path);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
}
