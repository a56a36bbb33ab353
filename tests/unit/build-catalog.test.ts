import { describe, expect, it } from 'vitest';
import { buildCatalog, occurrenceGroups, type Entry } from '../../src/lib/build-catalog';
import { CodeTableSchema, type CodeTableInput } from '../../src/schemas/code-table';
import { TableTranslationSchema, type TableTranslation } from '../../src/schemas/table-translation';

/** A table of the deprecated image-services page, its rows [codes, message]. */
function table(id: string, order: number, rows: [string[], string][], extra: object = {}): Entry<CodeTableInput> {
  const data = CodeTableSchema.parse({
    product: 'image',
    document: 'image-services-error-codes',
    order,
    sections: [id],
    columns: { code: '错误码', message: '含义' },
    rows: rows.map(([codes, message]) => ({ codes, message })),
    ...extra,
  });
  return { id, data, filePath: `content/tables/${id}.yaml` };
}

/** Its English: a label, the heading and columns, and each row's meaning ("EN " + the Chinese). */
function english(entry: Entry<CodeTableInput>, change: (t: TableTranslation) => void = () => undefined) {
  const data = TableTranslationSchema.parse({
    label: 'Label',
    sections: ['Heading'],
    columns: { code: 'Error code', message: 'Meaning' },
    rows: Object.fromEntries(entry.data.rows.map((r) => [r.codes[0], { message: `EN ${String(r.message)}` }])),
  });
  change(data);
  return { id: `en/${entry.id}`, data, filePath: `content/translations/en/tables/${entry.id}.yaml` };
}

/** A table of an API 3.0 SDK (Chinese and English, Tencent's both). */
function sdk(id: string, order: number, rows: [string, string | null, string | null][]): Entry<CodeTableInput> {
  const data = CodeTableSchema.parse({
    product: 'faceid',
    document: 'api3-faceid',
    order,
    rows: rows.map(([code, zh, en]) => ({ codes: [code], message: { zh, en } })),
  });
  return { id, data, filePath: `content/tables/${id}.yaml` };
}

const FACE = table('image/face', 0, [
  [['9'], '签名过期'],
  [['-1102'], '图片解码失败'],
]);
const VERIFY = table('image/face-verification', 1, [
  [['66660035', '-1102'], '未识别到人脸'],
  [['9'], '签名过期'],
]);
const API = sdk('faceid/api3', 2, [
  ['FailedOperation.LifePhotoDetectFaces', '检测到多张人脸。', 'Multiple faces are detected.'],
  ['InternalError', '内部错误。', null],
]);
const all = [FACE, VERIFY, API];
const translations = [
  english(FACE),
  english(VERIFY),
  { ...english(API), data: { label: 'API', rows: { InternalError: { message: 'Internal error.' } } } },
];

describe('buildCatalog', () => {
  const catalog = buildCatalog(all, translations);

  it('returns the tables in source order', () => {
    expect(catalog.tables.map((t) => t.id)).toEqual(['image/face', 'image/face-verification', 'faceid/api3']);
  });
  it('returns each distinct code once: numbers by value, then API 3.0 names', () => {
    expect(catalog.codes.map((c) => c.code)).toEqual([
      '-1102',
      '9',
      '66660035',
      'FailedOperation.LifePhotoDetectFaces',
      'InternalError',
    ]);
  });
  it('finds a code in any letter case, written as the table writes it', () => {
    expect(catalog.byCode.get('failedoperation.lifephotodetectfaces')?.code).toBe(
      'FailedOperation.LifePhotoDetectFaces',
    );
  });
  it('lists every place a code appears, in table order', () => {
    expect(catalog.byCode.get('-1102')?.occurrences.map((o) => [o.table.id, o.rowIndex])).toEqual([
      ['image/face', 1],
      ['image/face-verification', 0],
    ]);
  });
  it('marks a code worded differently between tables, and not one worded the same', () => {
    expect(catalog.byCode.get('-1102')?.meaningsDiffer).toBe(true);
    expect(catalog.byCode.get('9')?.meaningsDiffer).toBe(false);
  });
  it('lists the codes that share a row with a code', () => {
    expect(catalog.byCode.get('-1102')?.sharedWith).toEqual(['66660035']);
    expect(catalog.byCode.get('9')?.sharedWith).toEqual([]);
  });
  it("joins each text with the site's English, and keeps Tencent's own English where it publishes it", () => {
    const [official, empty] = catalog.byTable.get('faceid/api3')?.rows ?? [];
    expect(official?.message).toEqual({
      official: { zh: '检测到多张人脸。', en: 'Multiple faces are detected.' },
      ours: {},
    });
    expect(empty?.message).toEqual({ official: { zh: '内部错误。', en: null }, ours: { en: 'Internal error.' } });
    expect(catalog.byTable.get('image/face')?.rows[0]?.message.ours).toEqual({ en: 'EN 签名过期' });
  });
});

describe('buildCatalog stops on content that does not join', () => {
  it('names the file and the rows when a code repeats within one table, in any letter case', () => {
    const twice = sdk('faceid/api3', 2, [
      ['InternalError', '内部错误。', 'Internal error.'],
      ['INTERNALERROR', '内部错误。', 'Internal error.'],
    ]);
    expect(() => buildCatalog([twice], [{ ...english(twice), data: { label: 'API', rows: {} } }])).toThrow(
      'content/tables/faceid/api3.yaml: rows 1 and 2, field "codes": code INTERNALERROR appears twice in one table',
    );
  });
  it('names the file and field when `related` or `successor` names no table', () => {
    const typo = table('image/cmd', 2, [[['1'], 'a']], { related: ['image/fase'], successor: 'ci/downlaod' });
    expect(() => buildCatalog([FACE, typo], [english(FACE), english(typo)])).toThrow(
      /content\/tables\/image\/cmd\.yaml: field "related\.0": no table has the id "image\/fase"[\s\S]*field "successor": no table has the id "ci\/downlaod"/,
    );
  });
  it('names both files when two tables share an order', () => {
    const again = table('image/cmd', 0, [[['1'], 'a']]);
    expect(() => buildCatalog([FACE, again], [english(FACE), english(again)])).toThrow(
      /content\/tables\/image\/face\.yaml: field "order": 0 is also the order of content\/tables\/image\/cmd\.yaml/,
    );
  });
  it('names the translation file that is missing', () => {
    expect(() => buildCatalog([FACE], [])).toThrow(
      'content/translations/en/tables/image/face.yaml: is missing: every table needs its translation into en',
    );
  });
  it('names the row and field whose translation is missing, with the original', () => {
    const t = english(FACE, (data) => Reflect.deleteProperty(data.rows, '-1102'));
    expect(() => buildCatalog([FACE], [t])).toThrow(
      'content/translations/en/tables/image/face.yaml: rows.-1102.message: the translation is missing (the original is "图片解码失败")',
    );
  });
  it('refuses a translation of a text Tencent publishes in that language', () => {
    const t = {
      ...english(API),
      data: {
        label: 'API',
        rows: { InternalError: { message: 'x' }, 'FailedOperation.LifePhotoDetectFaces': { message: 'y' } },
      },
    };
    expect(() => buildCatalog([API], [t])).toThrow(
      'rows.FailedOperation.LifePhotoDetectFaces.message: Tencent publishes this text in en ("Multiple faces are detected."): remove the translation',
    );
  });
  it('refuses a translation of a row the table does not have, and a translation of no table', () => {
    const t = english(FACE, (data) => (data.rows['-1103'] = { message: 'x' }));
    const stray = { ...english(FACE), id: 'en/image/gone', filePath: 'content/translations/en/tables/image/gone.yaml' };
    expect(() => buildCatalog([FACE], [t, stray])).toThrow(
      /image\/gone\.yaml: no table content\/tables\/image\/gone\.yaml[\s\S]*rows\.-1103: no row of content\/tables\/image\/face\.yaml has the code "-1103"/,
    );
  });
  it('refuses headings translated with another number of items than the table has', () => {
    const t = english(FACE, (data) => (data.sections = ['One', 'Two']));
    expect(() => buildCatalog([FACE], [t])).toThrow('sections: holds 2 item(s) where the table has 1');
  });
});

describe('occurrenceGroups', () => {
  it("groups a code's meanings by product and document, Tencent's current documents before its deprecated pages", () => {
    const current = sdk('faceid/api3', 5, [['9', '文件格式错误', 'Invalid file format.']]);
    const catalog = buildCatalog(
      [FACE, current],
      [english(FACE), { ...english(current), data: { label: 'API', rows: {} } }],
    );
    const summary = catalog.byCode.get('9');
    if (!summary) throw new Error('no code 9');
    expect(occurrenceGroups(summary).map((g) => [g.product, g.document])).toEqual([
      ['faceid', 'api3-faceid'],
      ['image', 'image-services-error-codes'],
    ]);
  });
});
