/** Orders codes by numeric value (negative codes first); codes are digit strings, so BigInt is exact. */
export function compareCodes(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
