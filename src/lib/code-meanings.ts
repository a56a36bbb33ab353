import type { Occurrence } from './build-catalog';

/**
 * The meanings of a code in one language ("zh", the official wording, or "en", ours), each once, in the order of
 * the code's occurrences: a code listed with the same meaning in several tables says it once.
 */
export function distinctMeanings(occurrences: Pick<Occurrence, 'row'>[], content: 'zh' | 'en'): string[] {
  return [...new Set(occurrences.map(({ row }) => (content === 'zh' ? row.message : row.en.message)))];
}
