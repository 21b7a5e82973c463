/**
 * Glossary terms explained in place. A term in the story is a link to its entry on the
 * glossary page (`<a class="term" data-term="id">`, see `src/lib/format/markdown.ts`), which is
 * what it stays without JavaScript. With it, activating the link (click, Enter) opens a small
 * panel beside the term with the definition, fetched once from `/data/glossary.json`, and a
 * link to the full entry; Escape, the close button or a click elsewhere closes it and focus
 * returns to the term. Loaded only when a reader first activates a term (`terms.ts`).
 */

/** The shape of `/data/glossary.json`. */
export type GlossaryDefinitions = Record<string, { term: string; definition: string }>;

let definitions: Promise<GlossaryDefinitions> | undefined;
let panel: HTMLElement | undefined;
let opener: HTMLAnchorElement | undefined;

function load(url: string): Promise<GlossaryDefinitions> {
  definitions ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`glossary: ${r.status}`);
    return r.json() as Promise<GlossaryDefinitions>;
  });
  return definitions;
}

function close(returnFocus: boolean): void {
  if (!panel || panel.hidden) return;
  panel.hidden = true;
  opener?.setAttribute('aria-expanded', 'false');
  if (returnFocus) opener?.focus();
}

function ensurePanel(): HTMLElement {
  if (panel) return panel;
  const el = document.createElement('div');
  el.className = 'term-panel';
  el.id = 'term-panel';
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-labelledby', 'term-panel-title');
  el.hidden = true;
  el.innerHTML =
    '<p class="term-panel-title" id="term-panel-title"></p><p class="term-panel-text"></p>' +
    '<p class="term-panel-more"><a></a></p><button type="button" class="term-panel-close">Close</button>';
  el.querySelector('button')?.addEventListener('click', () => close(true));
  el.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close(true);
  });
  document.addEventListener('click', (event) => {
    const target = event.target as Node;
    if (!el.hidden && !el.contains(target) && !opener?.contains(target)) close(false);
  });
  document.body.append(el);
  panel = el;
  return el;
}

/** Places the panel under the term, inside the viewport's width. */
function place(el: HTMLElement, term: HTMLElement): void {
  const r = term.getBoundingClientRect();
  const margin = 8;
  const width = Math.min(el.offsetWidth, window.innerWidth - 2 * margin);
  const left = Math.min(Math.max(margin, r.left), window.innerWidth - width - margin);
  el.style.left = `${left + window.scrollX}px`;
  el.style.top = `${r.bottom + window.scrollY + 6}px`;
}

/**
 * Opens the definition of the term `link` points to. If the definitions cannot be loaded the
 * link is followed instead, so the reader still reaches the glossary.
 */
export async function openTerm(link: HTMLAnchorElement, dataUrl: string): Promise<void> {
  const id = link.dataset.term ?? '';
  let entry: GlossaryDefinitions[string] | undefined;
  try {
    entry = (await load(dataUrl))[id];
  } catch {
    entry = undefined;
  }
  if (!entry) {
    window.location.href = link.href;
    return;
  }
  const el = ensurePanel();
  if (opener && opener !== link) opener.setAttribute('aria-expanded', 'false');
  opener = link;
  link.setAttribute('aria-controls', el.id);
  link.setAttribute('aria-expanded', 'true');
  (el.querySelector('.term-panel-title') as HTMLElement).textContent = entry.term;
  (el.querySelector('.term-panel-text') as HTMLElement).textContent = entry.definition;
  const more = el.querySelector('.term-panel-more a') as HTMLAnchorElement;
  more.href = link.href;
  more.textContent = 'More in the glossary';
  el.hidden = false;
  place(el, link);
  (el.querySelector('.term-panel-close') as HTMLElement).focus();
}
