/**
 * Astro integration: checks `content/` before anything else is built, and stops the build with
 * one `file: field: problem` line per problem (no stack trace) when it is invalid. In `astro dev`
 * it reports the problems and lets the dev server show them on the page instead.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { formatProblem, loadContent } from '../lib/content';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { problems } = loadContent(resolve(process.env.CONTENT_DIR ?? 'content'));
        if (problems.length === 0) return;
        const n = problems.length;
        logger.error(`${n} content problem${n === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
        if (command === 'build') process.exit(1);
      },
    },
  };
}
