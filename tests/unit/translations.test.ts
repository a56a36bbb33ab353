import { describe, expect, it } from 'vitest';
import { CodeTableSchema } from '../../src/schemas/code-table';
import { WarningPositionSchema } from '../../src/schemas/warning-position';
import { parsedPositions, parsedTables, translationPairs } from '../support/translations';

// The English beside the Chinese, read from content/ through the site's real schemas.
const tables = parsedTables();
const pairs = translationPairs();
const where = (p: { file: string; path: string }) => `${p.file} ${p.path}`;

/** zod's issues for `input`, as "path: message" lines. */
function issues(schema: typeof CodeTableSchema | typeof WarningPositionSchema, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
/** A copy of table `id` to break; throws when content/tables has no such table. */
const table = (id: string) => {
  const found = tables.find((t) => t.file === `content/tables/${id}.yaml`);
  if (!found) throw new Error(`no table ${id} in content/tables`);
  return structuredClone(found.table);
};
/** Row `r` of `data`; throws when it has none. */
const rowOf = (data: ReturnType<typeof table>, r: number) => {
  const row = data.rows[r];
  if (!row) throw new Error(`the table has no row ${r}`);
  return row;
};

describe('every table', () => {
  it('has every row with its Chinese original and its English text, advice exactly when the row has advice', () => {
    let rows = 0;
    for (const { file, table } of tables) {
      table.rows.forEach((row, r) => {
        rows += 1;
        const at = `${file} rows.${r}`;
        expect(row.message, at).not.toBe('');
        expect(row.en.message, `${at}.en.message`).not.toBe('');
        expect(row.en.advice === undefined, `${at}.en.advice`).toBe(row.advice === undefined);
      });
    }
    // The sources README counts 344 rows in 17 tables.
    expect(tables).toHaveLength(17);
    expect(rows).toBe(344);
  });

  it('has its title, column headers, prose and notices in English, with the structure of the Chinese', () => {
    for (const { file, table } of tables) {
      expect(table.en.title, file).not.toBe('');
      expect(Object.keys(table.en.columns).sort(), file).toEqual(Object.keys(table.columns).sort());
      expect(table.en.prose.length, file).toBe(table.prose.length);
      expect(
        table.en.notices.map((n) => n.length),
        file,
      ).toEqual(table.notices.map((n) => n.length));
      expect(table.en.part === undefined, file).toBe(table.source.part === undefined);
    }
    expect(tables.flatMap((t) => t.table.en.prose).length).toBe(tables.flatMap((t) => t.table.prose).length);
    expect(tables.some((t) => t.table.prose.length > 0 && t.table.notices.length > 0)).toBe(true);
  });
});

describe('every warning position', () => {
  it('has its evidence in both languages, and its meaning in both when it has one', () => {
    const positions = parsedPositions();
    expect(positions.map((p) => p.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    for (const { id, position } of positions) {
      expect(position.en.evidence, id).not.toBe('');
      expect(position.en.meaning === undefined, id).toBe(position.meaning === undefined);
    }
  });
});

// Chinese texts translated in more than one way on purpose, and why.
const EXPLAINED: Record<string, string> = {
  告警码: 'a column header is one code ("Warning code"); the bank-card table part holds all of them ("Warning codes")',
  万象优图: 'the registry has a full name with its scope, and a short form for labels',
};

describe('the translations', () => {
  it('translate the same Chinese text the same way everywhere, apart from the differences explained', () => {
    const seen = new Map<string, { en: string; at: string }>();
    const differences: string[] = [];
    const explained = new Set<string>();
    for (const pair of pairs) {
      const first = seen.get(pair.zh);
      if (!first) seen.set(pair.zh, { en: pair.en, at: where(pair) });
      else if (pair.zh in EXPLAINED && first.en !== pair.en) explained.add(pair.zh);
      else if (first.en !== pair.en) {
        differences.push(
          `${where(pair)}: ${JSON.stringify(pair.en)}, but ${first.at}: ${JSON.stringify(first.en)} for ${JSON.stringify(pair.zh)}`,
        );
      }
    }
    expect(differences).toEqual([]);
    // Every explanation is still needed.
    expect([...explained].sort()).toEqual(Object.keys(EXPLAINED).sort());
    // Repeats exist (e.g. 图片解码失败 in several tables), so the check has something to compare.
    expect(seen.size).toBeLessThan(pairs.length);
  });

  it('hold no Chinese left untranslated', () => {
    const untranslated = pairs.filter((p) => /\p{Script=Han}/u.test(p.en)).map((p) => `${where(p)}: ${p.en}`);
    expect(untranslated).toEqual([]);
  });

  it('keep numbers, codes, field names and other Latin-script words of the Chinese verbatim', () => {
    const missing = pairs.flatMap((p) =>
      (p.zh.match(/[A-Za-z0-9][\w.*-]*(?: [A-Za-z][\w-]*)*/g) ?? [])
        .filter((token) => !p.en.includes(token))
        .map((token) => `${where(p)}: ${JSON.stringify(token)} is not in ${JSON.stringify(p.en)}`),
    );
    expect(missing).toEqual([]);
  });

  it('keep the line breaks of the Chinese', () => {
    const differ = pairs.filter((p) => p.zh.split('\n').length !== p.en.split('\n').length).map(where);
    expect(differ).toEqual([]);
  });
});

describe('the schemas', () => {
  it('reject a row without English, naming the row and the field', () => {
    const data = table('faceid/face-verification');
    Reflect.deleteProperty(rowOf(data, 12), 'en');
    expect(issues(CodeTableSchema, data)).toEqual([
      'rows.12.en: the English translation is missing: add en: { message: …, advice: … } beside the row (advice only when the row has advice)',
    ]);
  });

  it('reject a row whose English lacks the message or the advice', () => {
    const data = table('faceid/face-verification');
    Reflect.deleteProperty(rowOf(data, 12).en, 'message');
    expect(issues(CodeTableSchema, data)).toEqual(['rows.12.en.message: the English translation is missing']);
    const other = table('faceid/face-verification');
    delete rowOf(other, 3).en.advice;
    expect(issues(CodeTableSchema, other)).toEqual([
      expect.stringMatching(
        /^rows\.3\.en\.advice: row 4 \(66660004\/66660034\/-4007\), advice has no English translation/,
      ),
    ]);
  });

  it('reject English advice on a row without advice', () => {
    const data = table('image/face');
    rowOf(data, 0).en.advice = 'Extra';
    expect(issues(CodeTableSchema, data)).toEqual([
      expect.stringMatching(/^rows\.0\.en\.advice: row 1 \(.+\), advice has an English text but no Chinese one/),
    ]);
  });

  it('reject a table without English prose, notices or column headers where the Chinese has them', () => {
    const data = table('faceid/idcard-ocr');
    data.en.prose.pop();
    data.en.notices.pop();
    delete data.en.columns.advice;
    expect(issues(CodeTableSchema, data)).toEqual([
      expect.stringMatching(/^en\.columns\.advice: the advice column header has no English translation/),
      expect.stringMatching(/^en\.prose\.2: prose paragraph 3 has no English translation/),
      expect.stringMatching(/^en\.notices\.0\.0: notice 1, item 1 has no English translation/),
    ]);
  });

  it('reject a table without its English at all', () => {
    const data = table('image/cmd');
    Reflect.deleteProperty(data, 'en');
    expect(issues(CodeTableSchema, data)).toEqual([
      'en: the English translation is missing: add en: { title, columns, prose, notices } beside the table',
    ]);
  });

  it('reject English whose line breaks differ from the Chinese', () => {
    const data = table('faceid/face-verification');
    const row = data.rows.find((r) => r.advice?.includes('\n') && r.en.advice);
    if (!row?.en.advice) throw new Error('faceid/face-verification has no advice with a line break');
    row.en.advice = row.en.advice.replaceAll('\n', ' ');
    expect(issues(CodeTableSchema, data)).toEqual([expect.stringMatching(/^rows\.\d+\.en\.advice: .*line break/)]);
  });

  it('reject a warning position whose English meaning is missing', () => {
    const [first] = parsedPositions();
    const position = structuredClone(first?.position);
    delete position?.en.meaning;
    expect(issues(WarningPositionSchema, position)).toEqual([
      'en.meaning: a position has an English meaning (en.meaning) exactly when it has a Chinese one (meaning)',
    ]);
  });
});
