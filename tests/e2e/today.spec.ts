import { testOnOnePage as test } from '../support/site-test';
import { expectFirstInDecoder, expectFirstInSearchBox, expectFirstOnSearchPage } from '../support/first-answer';
import { PASTES_OF_TODAY } from '../support/pastes';

// The codes of today as developers paste them, on the English pages: each lands on its code first in the decoder
// (whose address then carries only what was decoded), in the header box of the same page (Enter opens the code's
// page) and on the search page (its address, too, keeps only what was decoded). The Chinese pages run the same pastes
// (today.zh.spec.ts).
test.describe('the codes of today, pasted on an English page', () => {
  for (const [paste, code, why] of PASTES_OF_TODAY) {
    test(`answers ${code} first in the decoder, the search box and the search page: ${why.because}`, async ({
      page,
    }) => {
      await expectFirstInDecoder(page, 'en', paste, code, why);
      await expectFirstInSearchBox(page, 'en', paste, code, why);
      await expectFirstOnSearchPage(page, 'en', paste, code, why);
    });
  }
});
