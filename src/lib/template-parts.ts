/** A piece of a dictionary text: plain text, or the `{name}` placeholder a page fills with an element (a link). */
export type TemplatePart = { text: string } | { slot: string };

/**
 * A dictionary text cut at its `{name}` placeholders, so a page can put an element where the sentence needs it:
 * "open {codes}." → [{ text: "open " }, { slot: "codes" }, { text: "." }]. Empty texts are left out.
 */
export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/\{(\w+)\}/)
    .map((piece, i): TemplatePart => (i % 2 === 1 ? { slot: piece } : { text: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}
