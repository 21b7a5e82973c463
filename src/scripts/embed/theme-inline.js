/*
 * Embeds: `?theme=light` or `?theme=dark` in the embed's address forces that theme; anything
 * else (`auto`, or no parameter) follows the reader's system setting. Inlined at the start of
 * the embed's <body> (see `EmbedLayout.astro`), so it runs before the first paint, once the
 * stylesheets in <head> have loaded.
 *
 * The site's colours switch with `@media (prefers-color-scheme: dark)` rules, in its own CSS and
 * in every component's. Rather than keep a second copy of each theme, this rewrites those media
 * conditions in place: the wanted scheme's condition becomes one that always holds, the other's
 * one that never does. `color-scheme` on <html> sets the browser's own colours (form controls,
 * scroll bars) and the theme of SVG images that follow the page's.
 *
 * Plain JavaScript (ES2019), no imports: it runs inline. `tests/unit/embed/theme-inline.test.ts` runs it.
 */
(function () {
  var match = /[?&]theme=(light|dark)(?:&|$)/.exec(location.search);
  if (!match) return;
  var theme = match[1];
  var root = document.documentElement;
  root.setAttribute('data-theme', theme);
  root.style.colorScheme = theme;
  var scheme = /\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/gi;
  var ALWAYS = '(min-width: 0px)';
  var NEVER = '(max-width: 0.001px)';
  function force(rules) {
    for (var i = 0; i < rules.length; i++) {
      var rule = rules[i];
      if (
        rule.media &&
        typeof rule.media.mediaText === 'string' &&
        /prefers-color-scheme/i.test(rule.media.mediaText)
      ) {
        rule.media.mediaText = rule.media.mediaText.replace(scheme, function (_, wanted) {
          return wanted.toLowerCase() === theme ? ALWAYS : NEVER;
        });
      }
      if (rule.cssRules) force(rule.cssRules);
    }
  }
  for (var s = 0; s < document.styleSheets.length; s++) {
    var rules;
    try {
      rules = document.styleSheets[s].cssRules;
    } catch {
      continue; // a stylesheet from another origin cannot be read (the embed has none)
    }
    if (rules) force(rules);
  }
})();
