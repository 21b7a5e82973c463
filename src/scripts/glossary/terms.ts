/**
 * Wires glossary terms (`a.term`) to their in-place definitions without loading anything up
 * front: the first activation imports `term-popover.ts`, which fetches the definitions.
 * Modified clicks (new tab, etc.) keep the link's normal behaviour.
 */
const dataUrl = document.querySelector<HTMLElement>('[data-glossary-url]')?.dataset.glossaryUrl;

if (dataUrl) {
  document.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.term[data-term]');
    if (!link) return;
    event.preventDefault();
    void import('./term-popover').then(({ openTerm }) => openTerm(link, dataUrl));
  });
}
