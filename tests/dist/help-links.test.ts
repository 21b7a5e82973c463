/**
 * Help for a reader on a phone: on /help/ and in the last chapter of the long read, every phone
 * number is a `tel:` (or, for a text line, `sms:`) link showing the number it calls, styled as a
 * tap target at least 44 CSS px square; /help/ opens with a short box for someone reading it in a
 * compound and with jump links to each country's section, all of which resolve.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHtml, tokensOf } from '../support/html';
import { phoneLikeNumbers, regionText } from '../support/phone-numbers';
import { distDir, listFiles, requireBuilt } from '../support/site';

const helpFile = join(distDir, 'help', 'index.html');
requireBuilt(helpFile);
const help = readFileSync(helpFile, 'utf8');
const home = readFileSync(join(distDir, 'index.html'), 'utf8');
const digits = (s: string) => s.replace(/\D/g, '');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

const regions = [
  { name: '/help/', region: regionText(help, (name) => name === 'article') },
  {
    name: 'the last chapter on /',
    region: regionText(home, (name, a) => name === 'section' && a['id'] === 'if-it-happens-to-you'),
  },
];

describe.each(regions)('$name', ({ region }) => {
  test('is in the built page', () => {
    expect(region.found).toBe(true);
  });

  test('every phone number is a tel: or sms: link', () => {
    expect(phoneLikeNumbers(region.outside), 'numbers shown without a tap-to-call link').toEqual([]);
    expect(region.links.length).toBeGreaterThanOrEqual(5);
  });

  test('each link calls or texts the number it shows', () => {
    for (const link of region.links) {
      expect(link.href, `"${link.text}"`).toMatch(/^(?:tel:\+?\d+|sms:\d+)$/);
      expect(digits(link.href), `"${link.text}" links to ${link.href}`).toBe(digits(link.text));
    }
  });
});

test('phone links are styled as tap targets at least 44 CSS px square', () => {
  const css = [
    ...listFiles(distDir, ['.css']).map((file) => readFileSync(file, 'utf8')),
    ...[...help.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? ''),
  ].join('\n');
  // Minified CSS may write the selector unquoted, with the colon escaped: a[href^=tel\:].
  const rule = /([^{}]*a\[href\^=["']?tel\\?:["']?\][^{}]*)\{([^}]*)\}/.exec(css);
  expect(rule, 'no CSS rule for a[href^="tel:"]').not.toBeNull();
  expect(rule?.[1]).toMatch(/a\[href\^=["']?sms\\?:["']?\]/);
  expect(rule?.[2]).toMatch(/min-height:\s*44px/);
  expect(rule?.[2]).toMatch(/min-width:\s*44px/);
});

describe('/help/ opens with what a reader in danger needs first', () => {
  const doc = parseHtml(help);
  const ids = new Set(doc.elements.map((e) => e.attributes.get('id')).filter((id): id is string => id !== undefined));
  const nav = /<nav\b[^>]*class="[^"]*\bjump-links\b[^"]*"[^>]*>([\s\S]*?)<\/nav>/.exec(help);
  const targets = [...(nav?.[1] ?? '').matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
  const box = /<aside\b[^>]*class="[^"]*\bfirst-steps\b[^"]*"[^>]*>([\s\S]*?)<\/aside>/.exec(help);
  const sections = doc.elements.filter(
    (e) => e.name === 'h2' && e.attributes.has('id') && !tokensOf(e, 'id').includes('first-steps-heading'),
  );

  test('a short "if you are reading this in a compound" box comes first, with a number to call', () => {
    expect(box, 'no first-steps box').not.toBeNull();
    const text = (box?.[1] ?? '').replace(/<[^>]*>/g, ' ');
    expect(text).toMatch(/if you are reading this in a compound/i);
    expect(words(text), 'the box should be read in under 20 seconds').toBeLessThanOrEqual(70);
    expect(box?.[1]).toMatch(/href="tel:/);
    expect(box?.index).toBeLessThan(nav?.index ?? 0);
  });

  test('jump links come before the sections and reach every one of them', () => {
    expect(nav, 'no jump links').not.toBeNull();
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const target of targets) {
      expect(target, 'a jump link must point inside the page').toMatch(/^#./);
      expect(ids.has(target.slice(1)), `${target} has no element with that id`).toBe(true);
    }
    expect(sections.length).toBeGreaterThanOrEqual(4);
    for (const h of sections) expect(targets).toContain(`#${h.attributes.get('id')}`);
    expect(nav?.index).toBeLessThan(sections[0]?.offset ?? 0);
  });

  test("there is a section for Cambodia, where this site's accounts mostly take place", () => {
    expect(sections.map((h) => h.attributes.get('id'))).toContain('cambodia');
  });
});
