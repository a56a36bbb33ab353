import { describe, expect, it } from 'vitest';
import { templateParts } from '../../src/lib/template-parts';

describe('templateParts', () => {
  it('returns the text and the placeholders in order', () => {
    expect(templateParts('open {codes}, or the {decoder}.')).toEqual([
      { text: 'open ' },
      { slot: 'codes' },
      { text: ', or the ' },
      { slot: 'decoder' },
      { text: '.' },
    ]);
  });
  it('leaves out the empty text between placeholders and at the ends', () => {
    expect(templateParts('{a}{b}')).toEqual([{ slot: 'a' }, { slot: 'b' }]);
  });
  it('returns a text without placeholders whole', () => {
    expect(templateParts('no links here')).toEqual([{ text: 'no links here' }]);
  });
});
