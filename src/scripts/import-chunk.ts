// Part of the script every page runs: keep it tiny. The site's scripts load their heavy parts on first use, as
// chunks (dynamic imports); a chunk that failed to load must not stay failed:
// - a browser may keep a module whose fetch failed as failed for the life of the page (Firefox does), so importing it
//   again fails at once: it is imported once more under another address (a query), which is fetched afresh;
// - after a deploy, the chunks of a page opened before it are gone (404): the page reloads, once, onto the new build.
//   sessionStorage remembers the chunk it reloaded for, so a chunk missing from the new build too cannot loop.

/** The sessionStorage key of the chunk the page last reloaded for. */
const RELOADED_FOR = 'reloaded-for-chunk';
let retries = 0;

/** The address of the module a failed import names: Chrome and Firefox write it in the error's message. */
const addressIn = (error: unknown): string | undefined =>
  /\bhttps?:\/\/[^\s'"]+?\.js(?=[\s'"?#]|$)/.exec(String(error))?.[0];

/** Reloads the page when the server no longer has `url` (the site was deployed since), once per chunk and tab. */
async function reloadIfGone(url: string): Promise<void> {
  const response = await fetch(url, { method: 'HEAD', cache: 'no-store' }).catch(() => undefined);
  if (response?.status !== 404 && response?.status !== 410) return;
  try {
    if (sessionStorage.getItem(RELOADED_FOR) === url) return;
    sessionStorage.setItem(RELOADED_FOR, url);
  } catch {
    return; // no storage, no guard against a loop: no reload
  }
  location.reload();
}

/**
 * `load`, a dynamic import, as a function that loads once and shares the module. A failed load is tried again at
 * once under a fresh address (reloading the page if its file is gone), and if that fails too it is forgotten, so the
 * next call starts over.
 */
export function chunk<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    if (loading) return loading;
    const attempt = load().catch(async (error: unknown) => {
      const url = addressIn(error);
      if (!url) throw error;
      try {
        return (await import(/* @vite-ignore */ `${url}?retry=${++retries}`)) as T;
      } catch {
        await reloadIfGone(url);
        throw error;
      }
    });
    loading = attempt;
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    return attempt;
  };
}
