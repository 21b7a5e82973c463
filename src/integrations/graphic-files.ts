/**
 * Astro integration: once the site is built, draws the files that are made from built pages.
 * - For every graphic of the registry (`src/lib/graphics/`): `/charts/<id>.svg`, the drawing its
 *   embed page shows, on a card with headline, legend, source and credit (light theme), and
 *   `/charts/<id>.png`, the same at twice the size.
 * - Social images (`src/lib/social/`), 1200 × 630 PNG: the story's, each survivor account's and
 *   each graphic's.
 *
 * Why after the build: a drawing is taken from the built embed page with the built CSS
 * (`src/lib/graphics/export/`), so the downloads show exactly what the embeds show, for any kind
 * of chart, without a second renderer to keep in step. PNGs are drawn by resvg with the site's
 * own fonts. A graphic that cannot be drawn stops the build with its id and the reason.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseDocument } from 'htmlparser2';
import type { Element, ChildNode } from 'domhandler';
import { loadContentOrThrow } from '../lib/content';
import { shortCitation } from '../lib/cite/source';
import { listGraphics, type Graphic } from '../lib/graphics/registry';
import { graphicsInputFrom } from '../lib/graphics/input';
import { downloadPaths, graphicPagePath } from '../lib/graphics/paths';
import { creditLine } from '../lib/graphics/terms';
import { extractDrawing, pageColors } from '../lib/graphics/export/standalone-svg';
import { cardSvg } from '../lib/graphics/export/card';
import { svgToPng } from '../lib/graphics/export/raster';
import { accountImage, graphicImage, STORY_IMAGE } from '../lib/social/images';
import { accountCard, graphicCard, storyCard, type CardColors } from '../lib/social/cards';
import { SITE } from '../lib/site';

/** Width of a chart's drawing in its download (the widest the charts are drawn at). */
export const CHART_DRAWING_WIDTH = 700;
/** Width of a map's drawing in its download. */
export const MAP_DRAWING_WIDTH = 900;

/** Font families renamed in the downloads: the embeds' subset is Noto Sans to everyone else. */
const FONT_NAMES = { 'Noto Sans Embed': 'Noto Sans', 'Noto Sans Variable': 'Noto Sans' };

/** The stylesheets of a built page, in document order: linked files (read from dist) and `<style>` blocks. */
function stylesheetsOf(html: string, readFile: (path: string) => string | undefined): string[] {
  const sheets: string[] = [];
  const visit = (nodes: ChildNode[] | undefined): void => {
    for (const node of nodes ?? []) {
      if (node.type === 'tag' || node.type === 'style') {
        const el = node as Element;
        if (el.name === 'link' && /\bstylesheet\b/.test(el.attribs['rel'] ?? '')) {
          const css = readFile(el.attribs['href'] ?? '');
          if (css !== undefined) sheets.push(css);
        } else if (el.name === 'style') {
          sheets.push(
            el.children.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : '')).join(''),
          );
        }
        visit(el.children);
      }
    }
  };
  visit(parseDocument(html).children);
  return sheets;
}

/** Writes a file into dist, creating its folder. */
function write(distDir: string, sitePath: string, data: string | Buffer): void {
  const file = join(distDir, sitePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

export default function graphicFiles(): AstroIntegration {
  let site = 'https://example.org';
  let base = '/';
  return {
    name: 'graphic-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
        const content = loadContentOrThrow(contentDir);
        const graphics = listGraphics(graphicsInputFrom(content));
        const sources = new Map(content.sources.map((e) => [e.id, e.data]));
        /** A file of the built site by the path a page uses (base path included). */
        const readFile = (path: string): string | undefined => {
          const inside = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
          const file = join(distDir, decodeURIComponent(inside.split(/[?#]/)[0] ?? ''));
          return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        const host = new URL(base, site);
        const address = (path: string) => `${host.host}${host.pathname.replace(/\/$/, '')}${path}`;
        const started = Date.now();
        let colors: CardColors | undefined;

        for (const graphic of graphics) {
          const html = readFile(`${base}embed/${graphic.id}/index.html`);
          if (!html) throw new Error(`graphic-files: no built embed page for "${graphic.id}"`);
          const css = stylesheetsOf(html, readFile);
          let drawing;
          try {
            drawing = extractDrawing({
              html,
              css,
              theme: 'light',
              width: graphic.kind === 'map' ? MAP_DRAWING_WIDTH : CHART_DRAWING_WIDTH,
              readFile,
              fontNames: FONT_NAMES,
            });
          } catch (error) {
            throw new Error(`graphic-files: "${graphic.id}": ${(error as Error).message}`, { cause: error });
          }
          if (!colors) {
            const color = pageColors(html, css, 'light');
            colors = {
              paper: color('--paper'),
              ink: color('--ink'),
              muted: color('--muted'),
              accent: color('--accent'),
              rule: color('--rule'),
            };
          }
          const card = cardSvg(drawing, {
            title: graphic.title,
            subtitle: graphic.subtitle,
            alt: graphic.alt,
            sources: sourceLine(graphic, sources),
            credit: creditLine(graphic.kind),
            address: address(graphicPagePath(graphic.id)),
          });
          const files = downloadPaths(graphic.id);
          write(distDir, files.svg, card.svg);
          write(distDir, files.png, await svgToPng(card.svg, contentDir, 2));
          const social = graphicCard(
            {
              title: graphic.title,
              kind: graphic.kind,
              site: SITE.title,
              address: address(graphicPagePath(graphic.id)),
            },
            drawing,
            colors,
          );
          write(distDir, graphicImage(graphic.id, graphic).path, await svgToPng(social, contentDir, 1));
        }

        if (!colors) throw new Error('graphic-files: no graphic to take the colours from');
        write(
          distDir,
          STORY_IMAGE.path,
          await svgToPng(
            storyCard(
              {
                title: SITE.title,
                tagline: SITE.tagline,
                kicker: 'An interactive long read',
                site: 'Sources, survivor accounts, maps and data',
              },
              colors,
            ),
            contentDir,
            1,
          ),
        );
        for (const story of content.stories) {
          const s = story.data;
          const card = accountCard(
            { headline: s.headline ?? s.title, dek: s.dek, pseudonym: s.pseudonym, site: SITE.title },
            colors,
          );
          write(
            distDir,
            accountImage(story.id, { headline: s.headline ?? s.title, pseudonym: s.pseudonym }).path,
            await svgToPng(card, contentDir, 1),
          );
        }
        logger.info(
          `${graphics.length} graphics drawn as SVG and PNG, ${graphics.length + content.stories.length + 1} social images, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}

/** `Sources: Al Jazeera, 15 July 2022; ProPublica, 2022`, as under the embed. */
function sourceLine(graphic: Graphic, sources: ReadonlyMap<string, Parameters<typeof shortCitation>[0]>): string {
  const names = graphic.sources.flatMap((id) => {
    const source = sources.get(id);
    return source ? [shortCitation(source)] : [];
  });
  return `${names.length === 1 ? 'Source' : 'Sources'}: ${names.join('; ')}`;
}
