/**
 * Every inline script the site may put on a page, by name. Their hashes go into the content
 * security policy of every page (`security.csp.scriptDirective.hashes` in `astro.config.mjs`),
 * and `InlineScript.astro` renders them by name: an inline script that is not listed here has no
 * hash in the policy, so the browser refuses it (and `tests/dist/security.test.ts` fails).
 *
 * Why a list and not `Astro.csp.insertScriptHash` from the component: Astro writes the policy
 * `<meta>` when it renders `<head>`, before the components further down the page have run, so a
 * hash a component adds from the `<body>` comes too late.
 *
 * Each script lives in its own file (plain JavaScript, no imports); its header comment stays in
 * the file and the page gets the code alone.
 */
import hideViolence from '../../scripts/reader-care/hide-violence-inline.js?raw';
import embedTheme from '../../scripts/embed/theme-inline.js?raw';
import { cspHash } from './policy';

/** A script file's code without its leading comment: what goes between the tags. */
function withoutHeader(source: string): string {
  return source.replace(/^\s*\/\*[\s\S]*?\*\/\s*/, '');
}

/** The inline scripts, by name, exactly as they appear in the pages. */
export const INLINE_SCRIPTS = {
  /** The switch that hides passages describing violence (`ViolenceSwitch.astro`). */
  'hide-violence': withoutHeader(hideViolence),
  /** An embed's `?theme=light|dark` (`EmbedLayout.astro`). */
  'embed-theme': withoutHeader(embedTheme),
} as const;

/** The name of an inline script in `INLINE_SCRIPTS`. */
export type InlineScriptName = keyof typeof INLINE_SCRIPTS;

/** The CSP hashes of every inline script, for `script-src`. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return Object.values(INLINE_SCRIPTS).map(cspHash);
}
