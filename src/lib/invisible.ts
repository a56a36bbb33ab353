// Characters that are in a copied text but not on screen, which the paste reader (read-paste.ts) and the table
// filter remove before reading it. What chat apps and web pages slip into copied text, unseen: every format
// character (\p{Cf}: zero-width spaces and joiners, bidi controls, the BOM, the soft hyphen, interlinear annotation
// marks, tag characters…), variation selectors, Mongolian free variation selectors, and the blank fillers and joiners
// that Unicode does not class as format characters (combining grapheme joiner, Hangul fillers, Khmer inherent vowels).
// eslint-disable-next-line no-misleading-character-class -- the joiners and selectors are listed one by one on purpose
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;

/** `text` without its invisible characters: "-11\u200B02" → "-1102". */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
