/**
 * A dictionary template split at its `{name}` placeholders: [text, name, text, …, text] (even items text, odd items
 * names), so a view can put a node (a link, a code, the reader's own text as a Text node) where a placeholder is.
 */
export function templateParts(template: string): string[] {
  return template.split(/\{(\w+)\}/);
}
