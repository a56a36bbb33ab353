// Part of the script every page runs on load (elements.ts, by copy-link.ts): keep it tiny. The one place scripts copy
// to the clipboard.

/** Copies `text`; resolves to whether it worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
