/**
 * The scanner in tests/support/offsite.ts flags what would load from another origin and nothing
 * else, so that "no offsite references in dist/" means what it says.
 */
import { describe, expect, test } from 'vitest';
import { findOffsiteReferences, isOffsite, srcsetUrls, type ScanKind } from '../support/offsite';

const options = { allowedOrigins: ['https://example.org'] };
const urlsIn = (source: string, kind: ScanKind): string[] =>
  findOffsiteReferences(source, kind, options).map((reference) => reference.url);

describe('findOffsiteReferences flags', () => {
  test('an image on a CDN: <img src="https://cdn.example.com/a.png">', () => {
    expect(findOffsiteReferences('<p>\n<img src="https://cdn.example.com/a.png" alt="">', 'html', options)).toEqual([
      { url: 'https://cdn.example.com/a.png', context: '<img src>', line: 2 },
    ]);
  });

  test('a web font stylesheet: @import url(https://fonts.googleapis.com/x)', () => {
    expect(urlsIn('@import url(https://fonts.googleapis.com/x);', 'css')).toEqual(['https://fonts.googleapis.com/x']);
    expect(urlsIn('<style>@import "https://fonts.googleapis.com/y";</style>', 'html')).toEqual([
      'https://fonts.googleapis.com/y',
    ]);
  });

  test('a protocol-relative script: <script src="//cdn.x/y.js">', () => {
    expect(urlsIn('<script src="//cdn.x/y.js"></script>', 'html')).toEqual(['//cdn.x/y.js']);
  });

  test('an API call: fetch("https://api.x/y")', () => {
    expect(findOffsiteReferences('const r = await fetch("https://api.x/y");', 'js', options)).toEqual([
      { url: 'https://api.x/y', context: 'JS fetch()', line: 1 },
    ]);
  });

  test('remote modules, workers, tiles and beacons in JS', () => {
    const js = [
      'import("https://esm.sh/d3")',
      'import x from "https://esm.sh/y";',
      'new Worker(`https://w.example/${name}.js`)',
      'new URL("https://u.example/data.json")',
      'img.src = "https://i.example/a.png"',
      "map.setStyle({ sources: { a: { type: 'raster', tiles: ['https://tile.example/{z}/{x}/{y}.png'] } } })",
      'new maplibregl.Map({ style: "https://demotiles.example/style.json" })',
      "navigator.sendBeacon('https://b.example/hit')",
    ].join('\n');
    expect(urlsIn(js, 'js').sort()).toEqual(
      [
        'https://esm.sh/d3',
        'https://esm.sh/y',
        'https://w.example/',
        'https://u.example/data.json',
        'https://i.example/a.png',
        'https://tile.example/{z}/{x}/{y}.png',
        'https://demotiles.example/style.json',
        'https://b.example/hit',
      ].sort(),
    );
  });

  test('stylesheets, preconnects, srcset candidates, posters, frames and inline styles in HTML', () => {
    const html = `
      <link rel="stylesheet" href="https://s.example/a.css">
      <link rel="preconnect" href="https://p.example">
      <img srcset="/a.png 1x, https://r.example/b.png 2x" alt="">
      <video poster="https://v.example/p.jpg"></video>
      <iframe src="https://f.example/embed"></iframe>
      <div style="background: url('https://bg.example/x.jpg')"></div>
      <svg><image href="https://svg.example/i.png"/></svg>`;
    expect(urlsIn(html, 'html')).toEqual([
      'https://s.example/a.css',
      'https://p.example',
      'https://r.example/b.png',
      'https://v.example/p.jpg',
      'https://f.example/embed',
      'https://bg.example/x.jpg',
      'https://svg.example/i.png',
    ]);
  });

  test('MapLibre style JSON sources, glyphs and sprites, and manifest icons', () => {
    const style = JSON.stringify({
      glyphs: 'https://g.example/{fontstack}/{range}.pbf',
      sources: { land: { type: 'vector', url: 'https://v.example/tiles.json' } },
      icons: [{ src: 'https://i.example/icon.png' }],
    });
    expect(urlsIn(style, 'json')).toEqual([
      'https://g.example/{fontstack}/{range}.pbf',
      'https://v.example/tiles.json',
      'https://i.example/icon.png',
    ]);
  });

  test('an XML stylesheet on another origin', () => {
    expect(urlsIn('<?xml-stylesheet href="https://x.example/s.xsl"?><urlset/>', 'xml')).toEqual([
      'https://x.example/s.xsl',
    ]);
  });
});

describe('findOffsiteReferences does not flag', () => {
  test('a link to a source: <a href="https://source.example/report">', () => {
    expect(urlsIn('<a href="https://source.example/report">Report</a>', 'html')).toEqual([]);
  });

  test('an SVG namespace: xmlns="http://www.w3.org/2000/svg"', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a href="https://x.example/">x</a></svg>';
    expect(urlsIn(svg, 'svg')).toEqual([]);
    expect(urlsIn(svg, 'html')).toEqual([]);
    expect(urlsIn('document.createElementNS("http://www.w3.org/2000/svg", "g")', 'js')).toEqual([]);
  });

  test('canonical, alternate, author and license links, and Open Graph URLs', () => {
    const html = `
      <link rel="canonical" href="https://example.org/stories/">
      <link rel="alternate" type="application/rss+xml" href="https://feeds.example/rss">
      <link rel="author" href="https://someone.example/"><link rel="license" href="https://creativecommons.org/licenses/by/4.0/">
      <meta property="og:url" content="https://example.org/stories/">`;
    expect(urlsIn(html, 'html')).toEqual([]);
  });

  test('resources on the site’s own origin, relative paths, data: and blob: URLs', () => {
    const html = `
      <script type="module" src="/_astro/a.js"></script><img src="https://example.org/a.png" alt="">
      <img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E" alt=""><img src="blob:https://example.org/1" alt="">
      <style>.x{background:url(data:image/png;base64,AAAA)} .y{background:url(../img/b.png)}</style>`;
    expect(urlsIn(html, 'html')).toEqual([]);
  });

  test('JSON-LD, bibliography data and sitemap locations', () => {
    const html = '<script type="application/ld+json">{"@context":"https://schema.org","url":"https://x.example/"}</script>';
    expect(urlsIn(html, 'html')).toEqual([]);
    expect(urlsIn(JSON.stringify([{ id: 'un-2023', url: 'https://un.example/report.pdf' }]), 'json')).toEqual([]);
    expect(urlsIn('<urlset><url><loc>https://example.org/</loc></url></urlset>', 'xml')).toEqual([]);
  });

  test('URLs in JS that are not loaded: links, messages and comparisons', () => {
    const js = [
      'a.href = "https://source.example/report"',
      'throw new Error("see https://docs.example/errors")',
      'if (x.src == "https://cdn.example/a.png") {}',
      "el.setAttribute('href', 'https://source.example/')",
    ].join('\n');
    expect(urlsIn(js, 'js')).toEqual([]);
  });

  test('URLs in CSS comments', () => {
    expect(urlsIn('/* @import url(https://fonts.googleapis.com/x); */ a { color: red }', 'css')).toEqual([]);
  });
});

describe('isOffsite', () => {
  test('treats the allowed origin as home and every other network origin as away', () => {
    expect(isOffsite('https://example.org/a', ['https://example.org'])).toBe(false);
    expect(isOffsite('http://example.org/a', ['https://example.org'])).toBe(true);
    expect(isOffsite('wss://example.org/socket', ['https://example.org'])).toBe(false);
    expect(isOffsite('  //evil.example/x', ['https://example.org'])).toBe(true);
    expect(isOffsite('https://', ['https://example.org'])).toBe(true);
    expect(isOffsite('mailto:desk@example.com', [])).toBe(false);
    expect(isOffsite('/favicon.svg', [])).toBe(false);
  });
});

describe('srcsetUrls', () => {
  test('splits candidates and keeps commas inside URLs', () => {
    expect(srcsetUrls('a.png 1x, data:image/png;base64,AA,BB 2x,c.png')).toEqual(['a.png', 'data:image/png;base64,AA,BB', 'c.png']);
  });
});
