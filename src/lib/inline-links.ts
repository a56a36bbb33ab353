/** A piece of a source text: plain text, or a markdown link the source wrote (`[提交工单](https://…)`). */
export type InlinePart = { text: string } | { text: string; href: string };

/** A markdown link to a web address: a label of up to 200 characters, an http(s) address without blanks. */
const LINK = /\[([^[\]\n]{1,200})\]\((https?:\/\/[^\s()]{1,500})\)/g;

/** `text` cut into plain text and the markdown links it holds, in order; anything else stays text. */
export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let from = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > from) parts.push({ text: text.slice(from, match.index) });
    parts.push({ text: match[1] ?? '', href: match[2] ?? '' });
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ text: text.slice(from) });
  return parts;
}
