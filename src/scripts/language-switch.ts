// The link to the same page in the other language carries what the reader is looking at: the row in the fragment
// (#code-…) and the state in the query (?q=, ?filter=). Without JavaScript it still opens the same page.
document.addEventListener('click', (event) => {
  const target = event.target;
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-lang-switch]') : null;
  if (!link) return;
  const twin = new URL(link.href);
  twin.search = location.search;
  twin.hash = location.hash;
  link.href = twin.href;
});
