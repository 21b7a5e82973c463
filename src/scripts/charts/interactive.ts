/**
 * A chart's interactive layer, loaded when the reader nears it (`near.ts`). The drawing stays the
 * static SVG image it was; over its marks this adds a layer of transparent buttons, one per row
 * (`data-row` groups), that show the row's values in a tooltip on hover, touch and keyboard focus.
 *
 * - Keyboard: one tab stop per chart (the last row used); arrow keys, Home and End move between
 *   rows; Escape hides the tooltip.
 * - The tooltip's words are the row of the chart's own table ("Show the numbers"): header, then
 *   each cell with its column heading, so they cannot disagree with the table.
 * - It is placed inside the chart's box, above the mark or, without room there, below it, never
 *   wider than the box (so never cut off at 320 px); it stays while the pointer is over it.
 * - Buttons are laid out again whenever the box changes size (another drawing may then show).
 * - Fades follow the site's motion tokens, so reduced motion means no fade.
 */

// As a string, put in the page with the first chart hydrated: an imported stylesheet would be
// added to every page with a chart, before any reader needs it.
import styles from './interactive.css?inline';

let tipCount = 0;
let styled = false;

/**
 * Adds the layer's styles once, as a constructed stylesheet: the content security policy refuses
 * a `<style>` element made here (its hash is in no policy), but not a stylesheet built through
 * the CSS object model.
 */
function addStyles(): void {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Makes the marks of one chart figure focusable and gives them tooltips. */
export function hydrateChart(figure: HTMLElement): void {
  const box = figure.querySelector<HTMLElement>('.ch-drawings');
  if (!box || box.classList.contains('ch-hydrated')) return;
  addStyles();
  box.classList.add('ch-hydrated');
  const headings = [...figure.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
  const tableRows = [...figure.querySelectorAll('tbody tr')];
  /** The words of row `i`: its header and each cell with its heading. */
  const rowWords = (i: number): { header: string; lines: string[] } => {
    const cells = [...(tableRows[i]?.children ?? [])].map((cell) => cell.textContent?.trim() ?? '');
    return {
      header: cells[0] ?? '',
      lines: cells.slice(1).flatMap((cell, k) => (cell ? [`${headings[k + 1] ?? ''}: ${cell}`] : [])),
    };
  };
  const textOnly = figure.dataset['chart'] === 'timeline';

  const layer = document.createElement('div');
  layer.className = 'ch-targets';
  layer.setAttribute('role', 'group');
  layer.setAttribute('aria-label', 'Values in the chart (arrow keys move between them)');
  const tip = document.createElement('div');
  tip.className = 'ch-tip';
  tip.id = `ch-tip-${++tipCount}`;
  // What it says is each target's accessible name already: for eyes only.
  tip.setAttribute('aria-hidden', 'true');
  box.append(layer, tip);

  let targets: HTMLButtonElement[] = [];
  let current = 0;
  let shown: number | undefined;
  let hideTimer: number | undefined;

  const svg = () =>
    [...box.querySelectorAll<SVGSVGElement>('svg.ch-svg')].find((s) => getComputedStyle(s).display !== 'none');
  const group = (i: number) => svg()?.querySelector<SVGGElement>(`[data-row="${i}"]`) ?? undefined;

  /** The box of row `i`'s mark and words, relative to the chart's box. */
  const rowRect = (i: number): DOMRect | undefined => {
    const g = group(i);
    if (!g) return undefined;
    const parts = [...g.children].filter((c) => (textOnly ? c.tagName === 'text' : !c.classList.contains('ch-leader')));
    const rects = parts.map((p) => p.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0);
    if (rects.length === 0) return undefined;
    const origin = box.getBoundingClientRect();
    const left = Math.min(...rects.map((r) => r.left)) - origin.left;
    const top = Math.min(...rects.map((r) => r.top)) - origin.top;
    const right = Math.max(...rects.map((r) => r.right)) - origin.left;
    const bottom = Math.max(...rects.map((r) => r.bottom)) - origin.top;
    return new DOMRect(left, top, right - left, bottom - top);
  };

  const show = (i: number) => {
    window.clearTimeout(hideTimer);
    const rect = rowRect(i);
    if (!rect) return;
    shown = i;
    const { header, lines } = rowWords(i);
    const title = document.createElement('b');
    title.textContent = header;
    tip.replaceChildren(
      title,
      ...lines.map((line) => {
        const span = document.createElement('span');
        span.textContent = line;
        return span;
      }),
    );
    const d = svg();
    d?.classList.add('ch-dim');
    d?.querySelectorAll('.ch-on').forEach((g) => g.classList.remove('ch-on'));
    group(i)?.classList.add('ch-on');
    tip.classList.add('ch-shown');
    const width = box.clientWidth;
    const tipW = tip.offsetWidth;
    const tipH = tip.offsetHeight;
    const left = Math.min(Math.max(4, rect.left + rect.width / 2 - tipW / 2), Math.max(4, width - tipW - 4));
    const top = rect.top - tipH - 6 >= 0 ? rect.top - tipH - 6 : rect.bottom + 6;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  };

  const hide = () => {
    shown = undefined;
    tip.classList.remove('ch-shown');
    const d = svg();
    d?.classList.remove('ch-dim');
    d?.querySelectorAll('.ch-on').forEach((g) => g.classList.remove('ch-on'));
  };
  /** Hides after a moment, so the pointer can travel from a mark onto its tooltip. */
  const hideSoon = () => {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(() => {
      if (!targets.includes(document.activeElement as HTMLButtonElement)) hide();
    }, 120);
  };

  const focusRow = (i: number) => {
    const n = targets.length;
    if (n === 0) return;
    current = ((i % n) + n) % n;
    targets.forEach((t, k) => (t.tabIndex = k === current ? 0 : -1));
    targets[current]!.focus();
  };

  /** Places one button over each row's mark and words in the drawing now shown. */
  const place = () => {
    const rows = [...(svg()?.querySelectorAll<SVGGElement>('[data-row]') ?? [])].map((g) => Number(g.dataset['row']));
    const focused = targets.indexOf(document.activeElement as HTMLButtonElement);
    targets = rows.flatMap((i) => {
      const rect = rowRect(i);
      if (!rect) return [];
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'ch-target';
      const { header, lines } = rowWords(i);
      button.setAttribute('aria-label', [header, ...lines].join('. '));
      // At least 24 px each way, centred on the mark (WCAG target size).
      const w = Math.max(24, rect.width);
      const h = Math.max(24, rect.height);
      button.style.left = `${rect.left - (w - rect.width) / 2}px`;
      button.style.top = `${rect.top - (h - rect.height) / 2}px`;
      button.style.width = `${w}px`;
      button.style.height = `${h}px`;
      button.dataset['row'] = String(i);
      button.addEventListener('focus', () => {
        current = targets.indexOf(button);
        show(i);
      });
      button.addEventListener('blur', hideSoon);
      button.addEventListener('pointerenter', () => show(i));
      button.addEventListener('pointerleave', hideSoon);
      button.addEventListener('click', () => show(i));
      return [button];
    });
    layer.replaceChildren(...targets);
    current = Math.min(current, Math.max(0, targets.length - 1));
    targets.forEach((t, k) => (t.tabIndex = k === current ? 0 : -1));
    if (focused >= 0) targets[Math.min(focused, targets.length - 1)]?.focus();
    if (shown !== undefined) show(shown);
  };

  layer.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    if (event.key in moves) focusRow(current + moves[event.key]!);
    else if (event.key === 'Home') focusRow(0);
    else if (event.key === 'End') focusRow(targets.length - 1);
    else if (event.key === 'Escape') hide();
    else return;
    event.preventDefault();
  });
  // Escape anywhere hides a tooltip opened by the pointer.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shown !== undefined) hide();
  });
  tip.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', hideSoon);
  // Dots and bars not under a button (a timeline's marks) show their row too.
  box.addEventListener('pointerover', (event) => {
    const g = (event.target as Element).closest?.('[data-row]');
    if (g && g instanceof SVGGElement) show(Number(g.dataset['row']));
  });
  box.addEventListener('pointerleave', hideSoon);

  new ResizeObserver(() => place()).observe(box);
}
