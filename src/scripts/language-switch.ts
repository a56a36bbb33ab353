// Part of the script every page runs. The link to the same page in the other language carries what the reader is
// looking at: the row in the fragment (#code-…) and the state in the query (?q=, ?filter=). Its own href is brought
// up to date before any use of it: a click, a middle click or a new tab (pointerdown), the keyboard (focus), the
// context menu's "open in new tab" or "copy link". Without JavaScript it still opens the same page.
const update = (event: Event) => {
  const target = event.target;
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-lang-switch]') : null;
  if (!link) return;
  const twin = new URL(link.href);
  twin.search = location.search;
  twin.hash = location.hash;
  link.href = twin.href;
};
for (const type of ['pointerdown', 'focusin', 'contextmenu', 'click']) document.addEventListener(type, update, true);
