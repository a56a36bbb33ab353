// Part of the script every page runs on load (elements.ts): keep it tiny. A "copy link" control on a table page
// copies the absolute URL of its row; without JavaScript it is a plain link to the row's anchor. Its strings are on
// the page's status line (<p data-copy-status data-t>: scripts.copy of the page language's dictionary).
import { format } from '../lib/i18n';
import { copyText } from './clipboard';
import { stringsOf } from './strings';

const CONFIRM_MS = 2000;
/** Each link's own label and the timer that puts it back, so a second click within CONFIRM_MS restarts it. */
const shown = new WeakMap<HTMLAnchorElement, { label: string; timer: ReturnType<typeof setTimeout> }>();

document.addEventListener('click', async (event) => {
  const target = event.target;
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
  if (!link) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href') ?? '', location.href);
  url.search = ''; // a shared row link shows the whole table, not the sharer's filter
  location.hash = url.hash; // the row becomes :target and lights up
  const status = document.querySelector<HTMLElement>('[data-copy-status]');
  const t = status?.dataset['t'] ? stringsOf(status, ['copied', 'status', 'failed']) : undefined;
  const before = shown.get(link);
  if (before) clearTimeout(before.timer);
  const label = before?.label ?? link.textContent;
  if (await copyText(url.href)) {
    if (t) link.textContent = t.copied;
    if (status && t) status.textContent = format(t.status, { href: url.href });
  } else if (status && t) status.textContent = t.failed;
  const timer = setTimeout(() => {
    link.textContent = label;
    shown.delete(link);
  }, CONFIRM_MS);
  shown.set(link, { label, timer });
});
