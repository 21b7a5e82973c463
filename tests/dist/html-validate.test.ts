/**
 * Every built page is valid HTML: html-validate's recommended rules, as configured in
 * `.htmlvalidate.mjs` (the rules turned off or changed there say why). One test per page, so a
 * failure names the page; each problem is listed with its line, rule and message.
 */
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { expect, test } from 'vitest';
import { distDir, distRelative, listFiles, requireBuilt } from '../support/site';

requireBuilt();

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = listFiles(distDir, ['.html']);

test('the build has pages to validate', () => {
  expect(pages.length).toBeGreaterThan(40);
});

test.each(pages.map((file) => [distRelative(file), file]))('%s has no HTML validation errors', async (_name, file) => {
  const report = await validator.validateFile(file);
  const problems = report.results.flatMap((result) =>
    result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  expect(problems).toEqual([]);
});
