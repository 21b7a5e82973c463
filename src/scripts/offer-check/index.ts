/**
 * "Is this job offer real?" in the browser: reveals the form (hidden for readers without
 * JavaScript, who get the plain list), and on every change works out which warning signs the
 * answers show (`matchSigns`, `summarise`: the same pure functions the page was built with),
 * writes the summary into the live region and marks those signs in the list below.
 *
 * It only reads the inputs: no request, no storage, no cookie.
 */
import { matchSigns, summarise, type CheckModel } from '../../lib/offer-check/match';

/** Wires up the checklist on the current page; does nothing on a page without it. */
export function startOfferCheck(): void {
  const section = document.querySelector<HTMLElement>('[data-offer-check]');
  const form = section?.querySelector<HTMLFormElement>('[data-offer-form]');
  const modelElement = document.getElementById('offer-check-model');
  const headline = section?.querySelector<HTMLElement>('[data-result-headline]');
  const detail = section?.querySelector<HTMLElement>('[data-result-detail]');
  const list = section?.querySelector<HTMLUListElement>('[data-result-list]');
  const reset = section?.querySelector<HTMLButtonElement>('[data-reset]');
  if (!section || !form || !modelElement || !headline || !detail || !list || !reset) return;
  const model = JSON.parse(modelElement.textContent ?? '{}') as CheckModel;
  const signs = [...document.querySelectorAll<HTMLElement>('[data-sign]')];

  const update = (): void => {
    const answers: Record<string, string[]> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('input[data-question]')) {
      if (input.checked && input.dataset.question) (answers[input.dataset.question] ??= []).push(input.value);
    }
    const result = matchSigns(model, answers);
    const summary = summarise(result);
    headline.textContent = summary.headline;
    detail.textContent = summary.detail;
    list.replaceChildren(
      ...result.matched.map((sign) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#sign-${sign.id}`;
        link.textContent = sign.title;
        item.append(link);
        return item;
      }),
    );
    list.hidden = result.matched.length === 0;
    const shown = new Set(result.matched.map((s) => s.id));
    for (const element of signs) {
      const on = shown.has(element.dataset.sign ?? '');
      element.toggleAttribute('data-matched', on);
      const label = element.querySelector<HTMLElement>('[data-match-label]');
      if (label) label.hidden = !on;
    }
  };

  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  reset.addEventListener('click', () => {
    form.reset();
    update();
    form.querySelector<HTMLInputElement>('input')?.focus();
  });
  section.hidden = false;
  // The browser may have restored ticks from an earlier visit to this tab (back button).
  update();
}
