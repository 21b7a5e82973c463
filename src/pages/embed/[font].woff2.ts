/**
 * `/embed/noto-sans-embed-<hash>.woff2`: the embeds' font, Noto Sans cut down to the letters the
 * content uses (see `src/lib/build-data/embed-font.ts`).
 */
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { embedFontFile, subsetEmbedFont, type EmbedFontFile } from '../../lib/build-data/embed-font';

export const getStaticPaths = (() => {
  const font = embedFontFile(resolve(process.env.CONTENT_DIR ?? 'content'));
  return [{ params: { font: font.file.replace(/\.woff2$/, '') }, props: { font } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ font: EmbedFontFile }> = async ({ props }) =>
  new Response(new Uint8Array(await subsetEmbedFont(props.font)), { headers: { 'Content-Type': 'font/woff2' } });
