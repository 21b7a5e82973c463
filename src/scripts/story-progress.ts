/**
 * The chapter menu and progress button of the long read (`StoryProgress.astro`): fills its list
 * from the table of contents, shows itself while the chapters are on screen, follows the chapter
 * in view and how far through the story the reader is, and opens and closes its list (Escape
 * and a click elsewhere close it; focus goes back to the button).
 */
const nav = document.querySelector<HTMLElement>('[data-story-progress]');
const story = document.querySelector<HTMLElement>('.scrolly');
const chapters = [...document.querySelectorAll<HTMLElement>('section.chapter')];
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];

if (nav && story && chapters.length > 0) {
  const button = nav.querySelector<HTMLButtonElement>('.toggle');
  const panel = nav.querySelector<HTMLElement>('.panel');
  const list = nav.querySelector('ol');
  const where = nav.querySelector<HTMLElement>('.where');
  if (!button || !panel || !list || !where) throw new Error('story-progress: markup missing');

  for (const link of tocLinks) {
    const item = document.createElement('li');
    const copy = document.createElement('a');
    copy.href = link.getAttribute('href') ?? '#';
    copy.textContent = link.textContent;
    item.append(copy);
    list.append(item);
  }
  const links = [...list.querySelectorAll('a')];
  nav.hidden = false;

  const setOpen = (open: boolean, focusButton = false) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (!open && focusButton) button.focus();
  };
  button.addEventListener('click', () => setOpen(panel.hidden !== false));
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) setOpen(false, true);
  });
  document.addEventListener('click', (event) => {
    if (!panel.hidden && !nav.contains(event.target as Node)) setOpen(false);
  });
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) setOpen(false);
  });

  let current = -1;
  const update = () => {
    const rect = story.getBoundingClientRect();
    const vh = window.innerHeight;
    const inside = rect.top < vh * 0.5 && rect.bottom > vh * 0.5;
    nav.classList.toggle('is-shown', inside);
    if (!inside && !panel.hidden) setOpen(false);
    const progress = Math.min(1, Math.max(0, (vh * 0.5 - rect.top) / rect.height));
    nav.style.setProperty('--progress', progress.toFixed(3));
    // The chapter in view: the last one whose top has passed the middle of the screen.
    let index = 0;
    chapters.forEach((c, i) => {
      if (c.getBoundingClientRect().top < vh * 0.5) index = i;
    });
    if (index !== current) {
      current = index;
      where.textContent = `${index + 1} / ${chapters.length}`;
      links.forEach((a, i) => a.setAttribute('aria-current', String(i === index)));
    }
  };
  let queued = false;
  const onScroll = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });
  update();
}
