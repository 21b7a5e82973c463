/** The HTML parsing in tests/support/html.ts (htmlparser2) reads markup the way a browser does. */
import { describe, expect, test } from 'vitest';
import { decodeCharacterReferences, elementsNamed, metaContent, parseHtml } from '../support/html';

const attributesOf = (html: string): Record<string, string>[] =>
  parseHtml(html).elements.map((element) => Object.fromEntries(element.attributes));

describe('parseHtml', () => {
  test('reads double-quoted, single-quoted and unquoted attribute values', () => {
    expect(attributesOf(`<meta name=description content="a b"><img src='x.png' alt=Photo>`)).toEqual([
      { name: 'description', content: 'a b' },
      { src: 'x.png', alt: 'Photo' },
    ]);
  });

  test('lower-cases tag and attribute names and keeps the first of duplicate attributes', () => {
    const [img] = parseHtml('<IMG SRC="a.png" src="b.png" Alt="">').elements;
    expect(img?.name).toBe('img');
    expect(Object.fromEntries(img?.attributes ?? [])).toEqual({ src: 'a.png', alt: '' });
  });

  test('reads attributes without a value as empty strings', () => {
    expect(attributesOf('<input disabled required type=checkbox>')).toEqual([{ disabled: '', required: '', type: 'checkbox' }]);
  });

  test('keeps a slash at the end of an unquoted value, as browsers do', () => {
    expect(attributesOf('<a href=/stories/>')).toEqual([{ href: '/stories/' }]);
  });

  test('does not end a tag at a > inside a quoted value', () => {
    expect(attributesOf('<img alt="a > b" src="x.png">')).toEqual([{ alt: 'a > b', src: 'x.png' }]);
  });

  test('decodes character references in attribute values and titles', () => {
    const doc = parseHtml('<title>Tom &amp; Jerry &#8211; &#x2014;</title><a href="/x?a=1&amp;b=2" title="&quot;q&quot;">');
    expect(doc.elements[0]?.text).toBe('Tom & Jerry \u2013 \u2014');
    expect(Object.fromEntries(doc.elements[1]?.attributes ?? [])).toEqual({ href: '/x?a=1&b=2', title: '"q"' });
  });

  test('does not read tags inside scripts, styles, comments or textareas', () => {
    const doc = parseHtml(
      '<script>if (a<b) document.write("<img src=x>")</script><style>a>b{}</style><!-- <img src=y> --><textarea><img src=z></textarea><p>',
    );
    expect(doc.elements.map((element) => element.name)).toEqual(['script', 'style', 'textarea', 'p']);
    expect(doc.elements[0]?.text).toBe('if (a<b) document.write("<img src=x>")');
  });

  test('treats <!--> as an empty comment', () => {
    expect(parseHtml('<!--><img src=a.png><!-- -->').elements.map((element) => element.name)).toEqual(['img']);
  });

  test('reads tags inside svg and skips CDATA there', () => {
    const doc = parseHtml('<svg><![CDATA[ <image href=no> ]]><use href="#a"/></svg><img>');
    expect(doc.elements.map((element) => element.name)).toEqual(['svg', 'use', 'img']);
    expect(doc.elements[1]?.selfClosing).toBe(true);
    expect(doc.elements.map((element) => element.foreign)).toEqual([false, true, false]);
  });

  test('tells an SVG <title> from the page <title>', () => {
    const doc = parseHtml('<title>Page</title><svg role="img"><title>Map of Thailand</title></svg>');
    expect(elementsNamed(doc, 'title').map((title) => title.text)).toEqual(['Page']);
    expect(elementsNamed(doc, 'title', { foreign: true })).toHaveLength(2);
  });

  test('reports 1-based line numbers', () => {
    expect(parseHtml('<html>\n<head>\n\n<title>x</title>').elements.map((element) => element.line)).toEqual([1, 2, 4]);
  });

  test('collects processing instructions in XML mode', () => {
    const doc = parseHtml('<?xml version="1.0"?><?xml-stylesheet href="s.xsl" type="text/xsl"?><urlset/>', { xml: true });
    expect(doc.processingInstructions.map((pi) => pi.target)).toEqual(['xml', 'xml-stylesheet']);
    expect(doc.processingInstructions[1]?.data).toBe('href="s.xsl" type="text/xsl"');
  });
});

describe('metaContent', () => {
  test('finds a meta tag by name or property, case-insensitively', () => {
    const doc = parseHtml('<meta property="OG:Title" content="T"><meta name="Description" content="D">');
    expect(metaContent(doc, 'property', 'og:title')).toBe('T');
    expect(metaContent(doc, 'name', 'description')).toBe('D');
    expect(metaContent(doc, 'name', 'og:title')).toBeUndefined();
  });
});

describe('decodeCharacterReferences', () => {
  test('leaves unknown named references and bare ampersands alone, and reads legacy ones as browsers do', () => {
    expect(decodeCharacterReferences('AT&T &unknown;')).toBe('AT&T &unknown;');
    expect(decodeCharacterReferences('&amp')).toBe('&');
  });

  test('turns invalid code points into U+FFFD', () => {
    expect(decodeCharacterReferences('&#0;&#xD800;')).toBe('\ufffd\ufffd');
  });
});
