// Part of the script every page runs on load (elements.ts): keep it tiny. A "copy link" control on a table page
// copies the absolute URL of its row; without JavaScript it is a plain link to the row's anchor.
const CONFIRM_MS = 2000;

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href') ?? '', location.href);
  url.search = ''; // a shared row link shows the whole table, not the sharer's filter
  location.hash = url.hash; // the row becomes :target and lights up
  const status = document.querySelector('[data-copy-status]');
  const label = link.textContent;
  try {
    await navigator.clipboard.writeText(url.href);
    link.textContent = 'copied';
    if (status) status.textContent = `Link copied: ${url.href}`;
  } catch {
    if (status) status.textContent = 'Could not copy; the link is in the address bar.';
  }
  setTimeout(() => {
    link.textContent = label;
  }, CONFIRM_MS);
});
