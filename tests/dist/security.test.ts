/**
 * The content security policy of every built page and the `_headers` file (see README, "Security
 * policy"): a policy `<meta>` in each page, `default-src 'self'`, no `'unsafe-inline'` or
 * `'unsafe-eval'` for scripts, no other origin anywhere, and the SHA-256 hash of every inline
 * script and `<style>` in its page's policy; `_headers` frames embeds only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../support/html';
import { distDir, distRelative, listFiles, requireBuilt } from '../support/site';

requireBuilt();

/** A policy as a map from directive name to its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types the browser runs (anything else, such as JSON-LD, is data and not subject to CSP). */
const isExecutable = (type: string | undefined) =>
  type === undefined || type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);

/** Sources that name no other origin: keywords, hashes and the schemes the policy allows. */
const LOCAL_SOURCE = /^('self'|'none'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|'unsafe-inline'|data:|blob:)$/;

const pages = listFiles(distDir, ['.html']);

describe.each(pages.map((file) => [distRelative(file), file] as const))('%s', (_name, file) => {
  const { elements } = parseHtml(readFileSync(file, 'utf8'));
  const metas = elements.filter(
    (el) => el.name === 'meta' && el.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const policy = parsePolicy(metas[0]?.attributes.get('content') ?? '');

  test('has one content security policy <meta>, before any script the browser runs', () => {
    expect(metas).toHaveLength(1);
    const firstScript = elements.findIndex((el) => el.name === 'script' && isExecutable(el.attributes.get('type')));
    expect(firstScript === -1 || elements.indexOf(metas[0]!) < firstScript).toBe(true);
  });

  test("default-src is 'self'; scripts have no 'unsafe-inline' or 'unsafe-eval'", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
      const sources = policy.get(name) ?? [];
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
    expect(policy.get('script-src')?.[0]).toBe("'self'");
    expect(policy.get('style-src') ?? [], "style-src (only attributes may be 'unsafe-inline')").not.toContain(
      "'unsafe-inline'",
    );
  });

  test('allows no other origin', () => {
    const foreign = [...policy].flatMap(([name, sources]) =>
      sources.filter((s) => !LOCAL_SOURCE.test(s)).map((s) => `${name} ${s}`),
    );
    expect(foreign).toEqual([]);
  });

  test('lists the hash of every inline script and <style>', () => {
    const scriptHashes = policy.get('script-src') ?? [];
    const styleHashes = policy.get('style-src') ?? [];
    const missing = elements.flatMap((el) => {
      if (el.name === 'script' && !el.attributes.has('src') && isExecutable(el.attributes.get('type'))) {
        return scriptHashes.includes(sha256(el.text)) ? [] : [`<script> line ${el.line}: ${el.text.slice(0, 60)}`];
      }
      if (el.name === 'style' && !el.foreign) {
        return styleHashes.includes(sha256(el.text)) ? [] : [`<style> line ${el.line}: ${el.text.slice(0, 60)}`];
      }
      return [];
    });
    expect(missing, 'inline code the browser would refuse: use InlineScript.astro / InlineStyle.astro').toEqual([]);
  });

  test('has no inline event handler attributes (script-src-attr is not allowed)', () => {
    const handlers = elements.flatMap((el) =>
      [...el.attributes.keys()].filter((a) => /^on[a-z]+$/.test(a)).map((a) => `<${el.name} ${a}> line ${el.line}`),
    );
    expect(handlers).toEqual([]);
  });
});

describe('_headers', () => {
  const path = join(distDir, '_headers');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  /** Each rule's path and its headers. */
  const rules = text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')))
    .filter((lines) => lines.length > 0)
    .map(([path = '', ...headers]) => ({
      path: path.trim(),
      headers: new Map(
        headers.map((h) => {
          const at = h.indexOf(':');
          return [h.slice(0, at).trim().toLowerCase(), h.slice(at + 1).trim()] as const;
        }),
      ),
    }));
  const csp = (rule: (typeof rules)[number]) => rule.headers.get('content-security-policy') ?? '';

  test('exists in dist/', () => {
    expect(existsSync(path), 'dist/_headers is missing (src/integrations/security-headers.ts writes it)').toBe(true);
  });

  test("embeds may be framed by other sites; every other page has frame-ancestors 'none'", () => {
    const embed = rules.find((r) => /\/embed\/\*$/.test(r.path));
    expect(embed, 'no /embed/* rule').toBeDefined();
    expect(csp(embed!)).toMatch(/frame-ancestors[^;]*https:/);
    const pageDirs = new Set(
      pages.map((file) => distRelative(file).split('/')).map((parts) => (parts.length > 1 ? `${parts[0]}/*` : parts[0])),
    );
    for (const entry of pageDirs) {
      const rule = rules.find((r) => r.path.endsWith(`/${entry === 'index.html' ? '' : entry}`));
      expect(rule, `no rule covers /${entry}`).toBeDefined();
      if (entry === 'embed/*') continue;
      expect(csp(rule!), `/${entry}`).toMatch(/frame-ancestors 'none'/);
    }
  });

  test('no two rules set a policy for the same path (Cloudflare would join them)', () => {
    const withPolicy = rules.filter((r) => csp(r) !== '').map((r) => r.path);
    expect(withPolicy.filter((p) => p.endsWith('/*') && !/\/[^/*]+\/\*$/.test(p))).toEqual([]);
  });

  test('the header policy governs no script or style and names no other origin', () => {
    for (const rule of rules.filter((r) => csp(r) !== '')) {
      const policy = parsePolicy(csp(rule));
      expect([...policy.keys()].filter((n) => /^(default|script|style)-src/.test(n)), rule.path).toEqual([]);
      const foreign = [...policy].flatMap(([, sources]) => sources.filter((s) => !/^('self'|'none'|data:|blob:|https:)$/.test(s)));
      expect(foreign, rule.path).toEqual([]);
    }
  });

  test('security headers for everything, hashed assets cached for a year', () => {
    const all = rules.find((r) => /^\/(?:[^*]+\/)?\*$/.test(r.path) && r.headers.has('x-content-type-options'));
    expect(all?.headers.get('x-content-type-options')).toBe('nosniff');
    expect(all?.headers.get('referrer-policy')).toMatch(/^(strict-origin-when-cross-origin|no-referrer)$/);
    expect(all?.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    const assets = rules.find((r) => r.path.endsWith('/_astro/*'));
    expect(assets?.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(text).not.toMatch(/set-cookie/i);
  });
});
