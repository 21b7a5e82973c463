/**
 * No broken links in the built site: every internal address on every HTML page (`href` of links
 * and stylesheets, `src` of scripts, images and iframes, `srcset` candidates) resolves to a file
 * in dist/, and every fragment (`#id`, on the same page or another) names an element of the
 * target page. External links are counted, not followed (nothing may leave the site in a test),
 * but each must be a well-formed absolute address, and each source of the bibliography must point
 * to a well-formed https:// address (or say why it cannot, below).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { parseHtml, type ParsedHtml } from '../support/html';
import {
  basePath,
  distDir,
  distFileOf,
  distRelative,
  listFiles,
  localPathOfDistFile,
  repoRoot,
  requireBuilt,
  siteOrigin,
} from '../support/site';
import { loadContentOrThrow } from '../../src/lib/content';

requireBuilt();

const pages = listFiles(distDir, ['.html']);
const parsed = new Map<string, ParsedHtml>();
const parse = (file: string): ParsedHtml => {
  let doc = parsed.get(file);
  if (!doc) {
    doc = parseHtml(readFileSync(file, 'utf8'));
    parsed.set(file, doc);
  }
  return doc;
};
const idsOf = (file: string): Set<string> =>
  new Set(
    parse(file).elements.flatMap((el) => [el.attributes.get('id'), el.name === 'a' ? el.attributes.get('name') : undefined]).filter(
      (id): id is string => id !== undefined && id !== '',
    ),
  );

/** Every address a page points at, with the element it comes from. */
function addressesOf(doc: ParsedHtml): { address: string; where: string }[] {
  const found: { address: string; where: string }[] = [];
  for (const el of doc.elements) {
    const add = (attribute: string, value: string | undefined) => {
      if (value !== undefined) found.push({ address: value.trim(), where: `<${el.name} ${attribute}> (line ${el.line})` });
    };
    if (['a', 'link', 'area'].includes(el.name) && !el.foreign) add('href', el.attributes.get('href'));
    if (['script', 'img', 'iframe', 'source', 'audio', 'video'].includes(el.name)) add('src', el.attributes.get('src'));
    for (const attribute of ['srcset', 'imagesrcset']) {
      const srcset = el.attributes.get(attribute);
      if (srcset) for (const candidate of srcset.split(',')) add(attribute, candidate.trim().split(/\s+/)[0]);
    }
  }
  return found.filter(({ address }) => address !== '' && !/^(mailto|tel|sms|data|javascript|blob):/i.test(address));
}

test('every internal link, asset and fragment on every page resolves', () => {
  const broken: string[] = [];
  let internal = 0;
  let external = 0;
  for (const file of pages) {
    const page = distRelative(file);
    const here = new URL(localPathOfDistFile(file), siteOrigin);
    for (const { address, where } of addressesOf(parse(file))) {
      let url: URL;
      try {
        url = new URL(address, here);
      } catch {
        broken.push(`${page}: ${where}: "${address}" is not a valid address`);
        continue;
      }
      if (url.origin !== siteOrigin) {
        external++;
        if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.'))
          broken.push(`${page}: ${where}: "${address}" is not a well-formed web address`);
        continue;
      }
      internal++;
      const target = distFileOf(url.pathname);
      const candidates = target ? [target, `${target}.html`, resolve(target, 'index.html')] : [];
      const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (!found) {
        broken.push(`${page}: ${where}: "${address}" has no file in dist/`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && found.endsWith('.html') && !idsOf(found).has(fragment))
        broken.push(`${page}: ${where}: "${address}": no element with id "${fragment}" on ${distRelative(found)}`);
    }
  }
  expect(internal, 'internal addresses checked').toBeGreaterThan(1000);
  expect(external, 'external links seen').toBeGreaterThan(50);
  expect(broken).toEqual([]);
});

test('every source in the bibliography points to a well-formed https:// address', () => {
  const { sources } = loadContentOrThrow(resolve(repoRoot, 'content'));
  // Two copies the research read exist only at http:// addresses; their originals are given
  // where known. Listed here so that a new one is a decision, not an accident.
  const HTTP_ONLY = new Set(['http://en.people.cn/n3/2025/1113/c90000-20389764.html', 'http://www.hegsqy.com/a/202602/10/WS698a875fa310d6866eb38640.html']);
  const bad: string[] = [];
  for (const source of sources) {
    for (const [field, address] of [
      ['url', source.data.url],
      ['readAt', source.data.readAt],
    ] as const) {
      if (address === undefined) continue;
      let url: URL | undefined;
      try {
        url = new URL(address);
      } catch {
        url = undefined;
      }
      const wellFormed = url !== undefined && url.hostname.includes('.') && !/\s/.test(address);
      const secure = url?.protocol === 'https:' || HTTP_ONLY.has(address);
      if (!wellFormed || !secure) bad.push(`content/sources.yaml: ${source.id}.${field}: "${address}"`);
    }
  }
  expect(sources.length).toBeGreaterThan(50);
  expect(bad).toEqual([]);
});

test('the job-offer checklist and the classroom guide are linked from the pages that promise them', () => {
  const linksOn = (page: string) =>
    new Set(
      parse(resolve(distDir, page))
        .elements.filter((el) => el.name === 'a')
        .map((el) => el.attributes.get('href') ?? ''),
    );
  const home = linksOn('index.html');
  expect(home.has(`${basePath}job-offer-check/`), '/ links to the checklist').toBe(true);
  expect(linksOn('help/index.html').has(`${basePath}job-offer-check/`), '/help/ links to the checklist').toBe(true);
  expect(
    [...linksOn('about/index.html'), ...home].some((href) => href.startsWith(`${basePath}classroom/`)),
    'the classroom guide is linked',
  ).toBe(true);
});
