/** A Plural ({ one?, other }): only `other` is required in every language (Chinese has no singular). */
const isPlural = (value: unknown): value is { other: string } =>
  typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string';

/** The keys ("nav.tables") present in `reference` and missing or empty in `other`, each named with its path. */
export function missingKeys(reference: object, other: object, prefix = ''): string[] {
  const theirs = other as Record<string, unknown>;
  return Object.entries(reference).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    const there = theirs[key];
    if (typeof value === 'string') return typeof there === 'string' && there !== '' ? [] : [`"${path}" is missing`];
    if (isPlural(value)) return isPlural(there) ? [] : [`"${path}" is missing`];
    if (typeof there !== 'object' || there === null) return [`"${path}" is missing`];
    return missingKeys(value as object, there, `${path}.`);
  });
}
