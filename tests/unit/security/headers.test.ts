/**
 * The security headers (`src/lib/security/headers.ts`): the header policy never governs scripts
 * or styles (their hashes are in each page's `<meta>`), framing is allowed for embeds only, and
 * the committed `vercel.json` is what `vercelConfig()` gives. After changing the policy, run
 * `UPDATE_VERCEL_JSON=1 npx vitest run tests/unit/security` to rewrite `vercel.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  headerPolicy,
  headersFile,
  vercelConfig,
  withInlineStyleHashes,
  withOnlyUsedHashes,
} from '../../../src/lib/security/headers';
import { cspHash } from '../../../src/lib/security/policy';
import { INLINE_SCRIPTS, inlineScriptHashes } from '../../../src/lib/security/inline-scripts';

const directiveNames = (policy: string) => policy.split(';').map((d) => d.trim().split(/\s+/)[0]);

describe('header policy', () => {
  test('has no default-src, script-src or style-src (they would refuse the hashed inline code)', () => {
    for (const embed of [false, true]) {
      const names = directiveNames(headerPolicy(embed));
      expect(names).not.toContain('default-src');
      expect(names.filter((n) => n?.startsWith('script-src') || n?.startsWith('style-src'))).toEqual([]);
      expect(headerPolicy(embed)).not.toMatch(/unsafe-(inline|eval)/);
    }
  });

  test('spells default-src out for the other fetch directives; images may be data: and blob:', () => {
    const policy = headerPolicy(false);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(policy).toContain("object-src 'none'");
  });

  test("frame-ancestors is 'none' for pages, open to https sites for embeds", () => {
    expect(headerPolicy(false)).toMatch(/frame-ancestors 'none'$/);
    expect(headerPolicy(true)).toMatch(/frame-ancestors 'self' https:$/);
  });
});

describe('_headers', () => {
  const file = headersFile('/', ['about', 'embed'], ['404.html']);

  test('one rule per section, embeds framed, hashed assets immutable', () => {
    expect(file).toContain(`/embed/*\n  Content-Security-Policy: ${headerPolicy(true)}\n`);
    expect(file).toContain(`/about/*\n  Content-Security-Policy: ${headerPolicy(false)}\n`);
    expect(file).toContain(`/404.html\n  Content-Security-Policy: ${headerPolicy(false)}\n`);
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(file).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff$/m);
  });

  test('a base path prefixes every rule', () => {
    const paths = headersFile('/sub/', ['embed'], [])
      .split('\n')
      .filter((l) => l.startsWith('/'));
    expect(paths.every((p) => p.startsWith('/sub/'))).toBe(true);
  });
});

describe('inline styles', () => {
  const page = (style: string) =>
    `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'sha256-a'; style-src-attr 'unsafe-inline';"></head>${style}`;

  test('a marked <style> gets its hash in style-src', () => {
    const out = withInlineStyleHashes(page('<style data-inline-style>.a{b:c}</style>'));
    expect(out).toContain(`style-src 'self' 'sha256-a' '${cspHash('.a{b:c}')}';`);
  });

  test('an unmarked <style> does not', () => {
    const html = page('<style>.a{b:c}</style>');
    expect(withInlineStyleHashes(html)).toBe(html);
  });
});

describe('only the hashes a page uses', () => {
  const policy = (hashes: string) =>
    `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes}; style-src 'self' ${hashes};">`;
  const a = `'${cspHash('a()')}'`;
  const b = `'${cspHash('b()')}'`;
  const css = `'${cspHash('.x{}')}'`;

  test("keeps the hashes of the page's inline scripts and styles, drops the rest, keeps keywords", () => {
    const html = `${policy(`${a} ${b} ${css}`)}<script>a()</script><script src="/x.js"></script><style>.x{}</style>`;
    const out = withOnlyUsedHashes(html);
    expect(out).toContain(`script-src 'self' ${a} ${css};`);
    expect(out).not.toContain(b);
    expect(out).toContain("default-src 'self'");
  });

  test('JSON data and external scripts need no hash', () => {
    const html = `${policy(a)}<script type="application/ld+json">a()</script><script src="/a.js">a()</script>`;
    expect(withOnlyUsedHashes(html)).not.toContain(a);
  });
});

test('every inline script has its hash in the list the config reads', () => {
  expect(inlineScriptHashes()).toEqual(Object.values(INLINE_SCRIPTS).map(cspHash));
  for (const code of Object.values(INLINE_SCRIPTS)) expect(code).not.toMatch(/^\s*\/\*/);
});

test('vercel.json is what vercelConfig() gives', () => {
  const expected = `${JSON.stringify(vercelConfig(), null, 2)}\n`;
  if (process.env['UPDATE_VERCEL_JSON']) writeFileSync('vercel.json', expected);
  expect(
    readFileSync('vercel.json', 'utf8'),
    'vercel.json is out of date: UPDATE_VERCEL_JSON=1 npx vitest run tests/unit/security',
  ).toBe(expected);
});
