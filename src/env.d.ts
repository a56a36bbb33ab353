declare namespace App {
  interface Locals {
    /** The language of the page being rendered (src/middleware.ts). */
    lang: import('./lib/i18n').Lang;
    /** Its interface strings. */
    t: import('./i18n').Messages;
  }
}
