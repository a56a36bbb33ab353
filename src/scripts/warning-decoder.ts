// Part of the script every page runs on load (elements.ts): keep it tiny. On /decode/ and the ID-card and
// bank-card pages it loads the decoder on the first decode (from the form, or from ?q= in the URL).
class WarningDecoder extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('textarea');
    if (!form || !input) return;
    const run = async () => (await import('./decoder-view')).show(this, input.value);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
    });
    const q = new URL(location.href).searchParams.get('q');
    if (q !== null) {
      input.value = q;
      void run();
    }
  }
}

customElements.define('warning-decoder', WarningDecoder);
