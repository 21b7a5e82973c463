/**
 * `/fonts/script-<lang>-<hash>.woff2`: the Thai, Khmer, Burmese and Lao fonts cut down to the
 * letters the content uses (see `src/lib/build-data/script-fonts.ts`).
 */
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { scriptFontFiles, subsetScriptFont, type ScriptFontFile } from '../../lib/build-data/script-fonts';

export const getStaticPaths = (() =>
  scriptFontFiles(resolve(process.env.CONTENT_DIR ?? 'content')).map((font) => ({
    params: { file: font.file.replace(/\.woff2$/, '') },
    props: { font },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ font: ScriptFontFile }> = async ({ props }) =>
  new Response(new Uint8Array(await subsetScriptFont(props.font)), { headers: { 'Content-Type': 'font/woff2' } });
