import { describe, expect, it } from 'vitest';
import { templateParts } from '../../src/lib/template-parts';

describe('templateParts', () => {
  it('returns the text around each placeholder, the names at odd places', () => {
    expect(templateParts('Results for “{q}” in {n} tables')).toEqual(['Results for “', 'q', '” in ', 'n', ' tables']);
  });
  it('returns the text alone when the template has no placeholder', () => {
    expect(templateParts('No results')).toEqual(['No results']);
  });
  it('returns empty texts at the ends when a placeholder starts or ends the template', () => {
    expect(templateParts('{code}：{meaning}')).toEqual(['', 'code', '：', 'meaning', '']);
  });
});
