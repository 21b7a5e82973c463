/**
 * The scripts and stylesheets a built page loads before anything happens, read from its HTML
 * and JS in dist/ (no browser): `<script src>`, inline module scripts, `<link rel=modulepreload>`
 * and `<link rel=preload as=script>` with every module they import statically, and
 * `<link rel=stylesheet>`. Dynamic `import()` chunks are not eager and are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { elementsNamed, parseHtml, tokensOf } from './html.ts';
import { distFileOf, localPathOfDistFile } from './site.ts';

/** What one page loads eagerly. */
export interface EagerAssets {
  /** JS files in dist/, each once: the page's scripts and their static imports, transitively. */
  readonly scripts: readonly string[];
  /** CSS files in dist/ linked as stylesheets. */
  readonly stylesheets: readonly string[];
  /** Every URL the page's `<script src>` and `<link href>` name, as written, and each static import. */
  readonly references: readonly string[];
  /** Local references (script, stylesheet or static import) with no file in dist/. */
  readonly missing: readonly string[];
}

/**
 * The specifiers of the static `import … from "x"`, `import "x"` and `export … from "x"`
 * statements of a JS module, in order; dynamic `import("x")` and `import.meta` are not matched.
 * Built for the minified modules Vite writes, where no comment or string holds such text.
 */
export function staticImports(code: string): string[] {
  const pattern = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?(["'])([^"'\n]+)\1/g;
  return [...code.matchAll(pattern)].map((match) => match[2] ?? '');
}

/** The local path an URL found in a page or module at `from` (a local path) points to, or undefined if off-site. */
function resolveLocal(url: string, from: string): string | undefined {
  const base = new URL(from, 'http://site.invalid');
  const resolved = new URL(url, base);
  return resolved.origin === base.origin ? resolved.pathname : undefined;
}

/** The scripts and stylesheets that the built page `htmlFile` (in dist/) loads eagerly. */
export function eagerAssets(htmlFile: string): EagerAssets {
  const pagePath = localPathOfDistFile(htmlFile);
  const doc = parseHtml(readFileSync(htmlFile, 'utf8'));
  const references: string[] = [];
  const missing: string[] = [];
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();

  /** Adds a module and, if it is one, everything it imports statically. */
  const addScript = (url: string, from: string, followImports: boolean): void => {
    const local = resolveLocal(url, from);
    const file = local === undefined ? undefined : distFileOf(local);
    if (!local || !file) return;
    if (!existsSync(file)) {
      missing.push(url);
      return;
    }
    if (scripts.has(file)) return;
    scripts.add(file);
    if (followImports) addImports(readFileSync(file, 'utf8'), local);
  };
  const addImports = (code: string, from: string): void => {
    for (const specifier of staticImports(code)) {
      references.push(specifier);
      addScript(specifier, from, true);
    }
  };

  for (const script of elementsNamed(doc, 'script')) {
    const type = (script.attributes.get('type') ?? '').trim().toLowerCase();
    const module = type === 'module';
    if (!module && type !== '' && !type.includes('javascript')) continue; // data blocks: JSON, importmap…
    const src = script.attributes.get('src');
    if (src !== undefined) {
      references.push(src);
      addScript(src, pagePath, module);
    } else if (module) {
      addImports(script.text, pagePath);
    }
  }
  for (const link of elementsNamed(doc, 'link')) {
    const href = link.attributes.get('href');
    if (href === undefined) continue;
    references.push(href);
    const rel = tokensOf(link, 'rel');
    const as = (link.attributes.get('as') ?? '').toLowerCase();
    if (rel.includes('modulepreload')) addScript(href, pagePath, true);
    else if (rel.includes('preload') && as === 'script') addScript(href, pagePath, false);
    else if (rel.includes('stylesheet')) {
      const local = resolveLocal(href, pagePath);
      const file = local === undefined ? undefined : distFileOf(local);
      if (file && existsSync(file)) stylesheets.add(file);
      else if (file) missing.push(href);
    }
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets], references, missing };
}
