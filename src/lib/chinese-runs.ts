// Chinese words inside an English sentence ("FaceID (人脸核身)") are marked with their language, so a screen reader
// pronounces them as Chinese and the browser picks a Chinese font for them (the site names none: see
// tailwind.config.cjs).
import { LANGS, type Lang } from './i18n';

/** Han characters, CJK punctuation and full-width forms: one run of Chinese text. Linear, no backtracking. */
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;

/** A piece of a sentence: Chinese or not. */
export interface TextRun {
  text: string;
  chinese: boolean;
}

/** `text` cut into its Chinese runs and the rest, in order: "FaceID (人脸核身)" → "FaceID (", "人脸核身", ")". */
export function chineseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let from = 0;
  for (const match of text.matchAll(CHINESE)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), chinese: false });
    runs.push({ text: match[0], chinese: true });
    from = match.index + match[0].length;
  }
  if (from < text.length) runs.push({ text: text.slice(from), chinese: false });
  return runs;
}

/** The runs of `text` as a page in `lang` marks them: on the Chinese pages none, as the page's own language says so. */
export function runsToMark(lang: Lang, text: string): TextRun[] {
  return LANGS[lang].content === 'zh' ? [{ text, chinese: false }] : chineseRuns(text);
}
