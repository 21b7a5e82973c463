/**
 * Copy buttons for "Cite this" (`src/components/cite/CiteThis.astro`): each button, hidden
 * until this script runs, copies the text of the `<pre>` beside it and says so for a moment.
 * Without the Clipboard API (an insecure origin, an old browser) it selects the text instead,
 * so the reader can copy it by hand.
 */
const CONFIRM_MS = 2000;

/** Selects the text of `el` so that the reader can copy it. */
function selectText(el: Element): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-cite] [data-copy]')) {
  const source = button.parentElement?.querySelector('pre');
  const status = button.closest('[data-cite]')?.querySelector('[data-copy-status]');
  if (!source) continue;
  const label = button.innerHTML;
  button.hidden = false;
  button.addEventListener('click', () => {
    const text = source.textContent ?? '';
    const done = () => {
      button.textContent = 'Copied';
      if (status) status.textContent = 'Reference copied.';
      window.setTimeout(() => {
        button.innerHTML = label;
        if (status) status.textContent = '';
      }, CONFIRM_MS);
    };
    if (navigator.clipboard?.writeText) {
      navigator.clipboard.writeText(text).then(done, () => selectText(source));
    } else {
      selectText(source);
    }
  });
}
