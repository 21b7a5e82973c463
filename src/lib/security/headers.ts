/**
 * The HTTP headers for static hosts, from the policy in `policy.ts`: the `_headers` file of
 * Netlify and Cloudflare Pages (written into dist/ by `src/integrations/security-headers.ts`)
 * and the `headers` of `vercel.json` (committed; `tests/unit/security/headers.test.ts` checks it
 * matches), and the step that adds the hashes of marked inline `<style>` elements to a built
 * page's `<meta>` policy. Pure: no file access.
 *
 * The header policy carries every directive of the page policy except `script-src` and
 * `style-src`, whose hashes change with every build and live in each page's `<meta>` (with
 * `default-src 'self'`); the browser enforces both policies, so a resource must pass each. The header adds
 * `frame-ancestors`, which a `<meta>` policy cannot set: `'none'` for every page but the embeds.
 *
 * Rules never overlap on a header name: Cloudflare Pages joins the values of every matching
 * rule with commas, which for two policies means both apply (an embed would inherit `'none'`).
 */
import {
  COMMON_HEADERS,
  CSP_DIRECTIVES,
  EMBED_FRAME_ANCESTORS,
  IMMUTABLE_CACHE,
  PAGE_CACHE,
  PAGE_FRAME_ANCESTORS,
  cspHash,
} from './policy';

/**
 * Fetch directives that fall back to `default-src`, but for `script-src` and `style-src`: the
 * header spells `default-src` out into these, since a `default-src` in the header would also
 * govern scripts and styles there and refuse the inline ones the `<meta>` allows by hash.
 */
const FETCH_DIRECTIVES = [
  'child-src',
  'connect-src',
  'font-src',
  'frame-src',
  'img-src',
  'manifest-src',
  'media-src',
  'object-src',
  'worker-src',
] as const;

/** The header policy of a page: the page policy without `script-src`/`style-src`, plus framing. */
export function headerPolicy(embed: boolean): string {
  const given = new Map(CSP_DIRECTIVES.map((d) => [d.split(/\s+/, 1)[0] ?? '', d]));
  const fallback = given.get('default-src')?.replace(/^default-src\s+/, '');
  const fetch = FETCH_DIRECTIVES.map((name) => given.get(name) ?? (fallback ? `${name} ${fallback}` : '')).filter(
    Boolean,
  );
  const others = CSP_DIRECTIVES.filter((d) => {
    const name = d.split(/\s+/, 1)[0] ?? '';
    return name !== 'default-src' && !(FETCH_DIRECTIVES as readonly string[]).includes(name);
  });
  return [...fetch, ...others, embed ? EMBED_FRAME_ANCESTORS : PAGE_FRAME_ANCESTORS].join('; ');
}

/** One block of a `_headers` file. */
function block(path: string, headers: Readonly<Record<string, string>>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * The `_headers` file. `base` is the site's base path (`/` or `/sub/`); `sections` the top-level
 * folders of dist/ that hold pages (`about`, `embed`, `stories`…) and `rootPages` the pages at the
 * top (`index.html`, `404.html`). Every page gets the header policy and a short cache; files under
 * `_astro/` (names carry a content hash) are cached for a year.
 */
export function headersFile(base: string, sections: readonly string[], rootPages: readonly string[]): string {
  const page = (embed: boolean) => ({
    'Content-Security-Policy': headerPolicy(embed),
    'Cache-Control': PAGE_CACHE,
  });
  const blocks = [
    '# Written by the build (src/integrations/security-headers.ts) from src/lib/security/policy.ts.',
    block(`${base}*`, COMMON_HEADERS),
    block(`${base}_astro/*`, { 'Cache-Control': IMMUTABLE_CACHE }),
    block(base, page(false)),
    ...rootPages.map((file) => block(`${base}${file}`, page(false))),
    ...sections.map((dir) => block(`${base}${dir}/*`, page(dir === 'embed'))),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/** One entry of `headers` in `vercel.json`. */
interface VercelHeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/** `vercel.json`: the same headers for a deployment at the domain's root. */
export function vercelConfig(): { headers: VercelHeaderRule[] } {
  const rule = (source: string, headers: Readonly<Record<string, string>>): VercelHeaderRule => ({
    source,
    headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
  });
  return {
    headers: [
      rule('/(.*)', COMMON_HEADERS),
      rule('/_astro/(.*)', { 'Cache-Control': IMMUTABLE_CACHE }),
      rule('/((?!_astro/).*)', { 'Cache-Control': PAGE_CACHE }),
      rule('/((?!embed/).*)', { 'Content-Security-Policy': headerPolicy(false) }),
      rule('/embed/(.*)', { 'Content-Security-Policy': headerPolicy(true) }),
    ],
  };
}

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const MARKED_STYLE = /<style data-inline-style>([\s\S]*?)<\/style>/g;

/**
 * A built page with the hash of each `<style data-inline-style>` (see `InlineStyle.astro`) added
 * to `style-src` in its policy `<meta>`. Unchanged when the page has no such style or no policy.
 */
export function withInlineStyleHashes(html: string): string {
  const hashes = [...html.matchAll(MARKED_STYLE)].map((match) => `'${cspHash(match[1] ?? '')}'`);
  if (hashes.length === 0) return html;
  return html.replace(META, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((d) => d.trim());
    const at = directives.findIndex((d) => /^style-src\s/.test(d) || d === 'style-src');
    const style = at === -1 ? "style-src 'self'" : (directives[at] ?? '');
    const sources = style.split(/\s+/);
    const merged = [...sources, ...hashes.filter((h) => !sources.includes(h))].join(' ');
    if (at === -1) directives.splice(directives.length - 1, 0, merged);
    else directives[at] = merged;
    return `${open}${directives.join('; ')}${close}`;
  });
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/**
 * A built page whose policy `<meta>` lists only the hashes of inline scripts and styles the page
 * really has. Astro lists the hash of every inline script and style of the whole site on every
 * page; each hash is 50 bytes that gzip cannot shrink, and an unused one allows code the page
 * does not run. Keywords (`'self'`) and other sources stay. Unchanged without a policy.
 */
export function withOnlyUsedHashes(html: string): string {
  const used = new Set<string>();
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes) || /type\s*=\s*"application\/(ld\+)?json"/i.test(attributes)) continue;
    used.add(`'${cspHash(body)}'`);
  }
  for (const [, body = ''] of html.matchAll(INLINE_STYLE)) used.add(`'${cspHash(body)}'`);
  return html.replace(META, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((source) => !/^'sha(256|384|512)-/.test(source) || used.has(source))
        .join(' '),
    );
    return `${open}${directives.join('; ')}${close}`;
  });
}
