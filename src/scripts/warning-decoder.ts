// Part of the script every page runs on load (elements.ts): keep it tiny. On /decode/ and the ID-card and
// bank-card pages it loads the decoder on the first decode (from the form, or from ?q= in the URL). If the decoder or
// its data cannot load, it says so (data-t: the page language's message) and tries again on the next decode.
import { format } from '../lib/i18n';
import { QUERY_PARAM } from '../lib/paths';
import { chunk } from './import-chunk';
import { stringsOf } from './strings';

const loadView = chunk(() => import('./decoder-view'));

class WarningDecoder extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('textarea');
    const status = this.querySelector('[data-decoder-status]');
    if (!form || !input || !status) return;
    const run = async () => {
      try {
        await (await loadView()).show(this, input.value);
      } catch (error) {
        const t = stringsOf(this, ['loadFailed']);
        status.textContent = format(t.loadFailed, { error: String(error) });
      }
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
    });
    // A shared decoder address carries the decoded values (its box has no name: the plain form sends no paste).
    const q = new URL(location.href).searchParams.get(QUERY_PARAM);
    // What was pasted before the script ran (the page paints first) wins over the address.
    if (q !== null && !input.value) {
      input.value = q;
      void run();
    }
  }
}

customElements.define('warning-decoder', WarningDecoder);
