import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineParts } from '../../src/lib/inline-links';

describe('inlineParts', () => {
  it('cuts a source text into its text and the markdown links it holds', () => {
    expect(inlineParts('请 [提交工单](https://console.cloud.tencent.com/workorder/category) 联系我们处理。')).toEqual([
      { text: '请 ' },
      { text: '提交工单', href: 'https://console.cloud.tencent.com/workorder/category' },
      { text: ' 联系我们处理。' },
    ]);
  });
  it('leaves anything that is not a link to a web address as text', () => {
    expect(inlineParts('[x](javascript:alert(1)) [y](/local)')).toEqual([
      { text: '[x](javascript:alert(1)) [y](/local)' },
    ]);
    expect(inlineParts('')).toEqual([]);
  });
  it('gives back every character of the text, in order', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (s) =>
          inlineParts(s)
            .map((p) => ('href' in p ? `[${p.text}](${p.href})` : p.text))
            .join('') === s,
      ),
    );
  });
});
