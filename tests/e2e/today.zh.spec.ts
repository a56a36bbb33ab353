import { testOnOnePage as test } from '../support/site-test';
import { expectFirstInDecoder, expectFirstInSearchBox, expectFirstOnSearchPage } from '../support/first-answer';
import { PASTES_OF_TODAY } from '../support/pastes';

// The codes of today as developers paste them, on the Chinese pages: each lands on its code first in the decoder
// (whose address then carries only what was decoded), in the header box of the same page (Enter opens the code's
// page) and on the search page (its address, too, keeps only what was decoded). The English pages run the same pastes
// (today.spec.ts).
test.describe('the codes of today, pasted on a Chinese page', () => {
  for (const [paste, code, why] of PASTES_OF_TODAY) {
    test(`answers ${code} first in the decoder, the search box and the search page: ${why.because}`, async ({
      page,
    }) => {
      await expectFirstInDecoder(page, 'zh-CN', paste, code, why);
      await expectFirstInSearchBox(page, 'zh-CN', paste, code, why);
      await expectFirstOnSearchPage(page, 'zh-CN', paste, code, why);
    });
  }
});
