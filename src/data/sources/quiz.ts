/**
 * What the quiz data cite (src/data/quiz/), beyond the recognition pages in ./recognition.ts:
 * title, publisher, the page's own date. `≈` marks a title that describes the page (no stored copy
 * was available to quote).
 */
import type { SourceCatalog } from './types.js';

export const QUIZ_SOURCES: SourceCatalog = {
  'https://www.geel.be/ben-ik-mantelzorger': { title: 'Ben ik mantelzorger?', publisher: 'Stad Geel', date: null, lang: 'nl' }, // ≈
  'https://carersuk.org/news-and-campaigns/general-election-2024/better-identification-and-recognition': {
    title: 'General election 2024: better identification and recognition of carers',
    publisher: 'Carers UK',
    date: null,
    lang: 'en',
  }, // ≈
  'https://burgersaanzet.be/zojong/': { title: 'Welkom bij ZoJong; de eerste organisatie voor jonge mantelzorgers!', publisher: 'Burgers aan zet', date: null, lang: 'nl' },
  'https://wlcccarers.com/the-hidden-caregivers-young-people-taking-on-a-larger-role/': {
    title: 'The hidden caregivers: young people taking on a larger role',
    publisher: 'WLCC Carers',
    date: null,
    lang: 'en',
  }, // ≈
  'https://sociaal.net/verhaal/een-op-zes-leerlingen-is-jonge-mantelzorger/': { title: 'Eén op zes leerlingen is jonge mantelzorger', publisher: 'Sociaal.Net', date: null, lang: 'nl' }, // ≈
};
