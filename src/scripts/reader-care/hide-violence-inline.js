/*
 * The switch that hides passages describing violence (`ViolenceSwitch.astro`): sets the box from
 * the reader's stored choice (or checks it on a classroom link) and stores every change, on this
 * device only. The storage key and the classroom parameter come from the box's `data-storage-key`
 * and `data-classroom-param`, so this text never changes and its CSP hash holds on every page.
 *
 * Plain JavaScript, no imports: it runs inline, right after the box, before the rest of the page
 * is drawn (through `InlineScript.astro`, which adds its hash to the page's policy).
 */
(function () {
  var box = document.getElementById('hide-violence');
  if (!box) return;
  var key = box.getAttribute('data-storage-key') || '';
  var param = box.getAttribute('data-classroom-param') || '';
  var stored = null;
  try {
    stored = window.localStorage.getItem(key);
  } catch {
    /* storage blocked: the switch still works for this page */
  }
  var classroom = param !== '' && new URLSearchParams(window.location.search).has(param);
  box.checked = classroom || stored === '1';
  box.addEventListener('change', function () {
    try {
      window.localStorage.setItem(key, box.checked ? '1' : '0');
    } catch {
      /* not remembered, but applied */
    }
  });
})();
