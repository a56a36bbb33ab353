import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCE_DOCUMENTS } from '../../src/registry';

// The source documents are kept byte for byte as received: no formatter, editor or line-ending conversion may touch
// them. Their SHA-256 is pinned here; a change to a document must be deliberate and change this list with it.
const PINNED: Record<(typeof SOURCE_DOCUMENTS)[number], string> = {
  'image-services-error-codes.md': 'd355d260ae5cd76f1658006a0c0bc18cc2f6d272fd47848700769e6bf0a37625',
  'faceid-response-codes.md': '79a5b61ebe2411f72bbf3f628f55fe001af592e04c3c292cceecd918625b192f',
};

const DIR = fileURLToPath(new URL('../../content/sources/', import.meta.url));

describe('the source documents', () => {
  for (const document of SOURCE_DOCUMENTS) {
    it(`${document} has its pinned bytes`, () => {
      const hash = createHash('sha256')
        .update(readFileSync(`${DIR}${document}`))
        .digest('hex');
      expect(hash).toBe(PINNED[document]);
    });
  }
  it('are exactly the documents the tables may cite (besides the folder README)', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'README.md');
    expect(files.sort()).toEqual([...SOURCE_DOCUMENTS].sort());
  });
});
