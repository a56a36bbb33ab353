import { describe, expect, it } from 'vitest';
import { buildCatalog, type TableEntry } from '../../src/lib/build-catalog';
import type { CodeTable } from '../../src/schemas/code-table';

function table(id: string, order: number, rows: CodeTable['rows']): TableEntry {
  return {
    id,
    data: {
      product: 'image',
      order,
      kind: 'codes',
      title: id,
      label: id,
      source: { document: 'image-services-error-codes.md', section: id },
      columns: { code: '错误码', message: '含义' },
      prose: [],
      notices: [],
      related: [],
      en: { title: id, columns: { code: 'Error code', message: 'Meaning' }, prose: [], notices: [] },
      rows,
    },
  };
}

const FACE = table('image/face', 0, [
  { codes: ['9'], message: '签名过期', en: { message: 'Signature expired' } },
  { codes: ['-1102'], message: '图片解码失败', en: { message: 'Image decoding failed' } },
]);
const FACEID = table('faceid/face-verification', 1, [
  { codes: ['66660035', '-1102'], message: '未识别到人脸', en: { message: 'No face recognized' } },
  { codes: ['9'], message: '签名过期', en: { message: 'Signature expired' } },
]);

describe('buildCatalog', () => {
  const catalog = buildCatalog([FACEID, FACE]);

  it('returns the tables in source order', () => {
    expect(catalog.tables.map((t) => t.id)).toEqual(['image/face', 'faceid/face-verification']);
  });
  it('returns each distinct code once, in numeric order', () => {
    expect(catalog.codes.map((c) => c.code)).toEqual(['-1102', '9', '66660035']);
  });
  it('lists every place a code appears, in table order', () => {
    expect(catalog.byCode.get('-1102')?.occurrences.map((o) => [o.table.id, o.rowIndex])).toEqual([
      ['image/face', 1],
      ['faceid/face-verification', 0],
    ]);
  });
  it('marks a code whose meanings differ between tables', () => {
    expect(catalog.byCode.get('-1102')?.meaningsDiffer).toBe(true);
    expect(catalog.byCode.get('9')?.meaningsDiffer).toBe(false);
  });
  it('lists the codes that share a row with a code', () => {
    expect(catalog.byCode.get('-1102')?.sharedWith).toEqual(['66660035']);
    expect(catalog.byCode.get('9')?.sharedWith).toEqual([]);
  });
  it('throws, naming the file, rows and field, when a code repeats within one table', () => {
    const twice = table('image/cmd', 2, [
      { codes: ['-199'], message: 'a', en: { message: 'a' } },
      { codes: ['-198', '-199'], message: 'b', en: { message: 'b' } },
    ]);
    expect(() => buildCatalog([twice])).toThrow(
      'content/tables/image/cmd.yaml: rows 1 and 2, field "codes": code -199',
    );
  });
});

describe('buildCatalog checks across tables', () => {
  it('throws, naming the file and field, when `related` names no table', () => {
    const typo = {
      ...table('image/cmd', 2, [{ codes: ['1'], message: 'a', en: { message: 'a' } }]),
      filePath: 'content/tables/image/cmd.yaml',
    };
    typo.data.related = ['image/fase'];
    expect(() => buildCatalog([FACE, typo])).toThrow(
      'content/tables/image/cmd.yaml: field "related.0": no table has the id "image/fase"',
    );
  });
  it('throws, naming both files, when two tables share an order', () => {
    const again = table('image/cmd', 0, [{ codes: ['1'], message: 'a', en: { message: 'a' } }]);
    expect(() => buildCatalog([FACE, again])).toThrow(
      /content\/tables\/image\/face\.yaml: field "order": 0 is also the order of content\/tables\/image\/cmd\.yaml/,
    );
  });
});
