/**
 * What the recognition data cite (src/data/recognition.ts): title, publisher, the page's own date.
 * The leave calculator shows these too (caregiver leave), so its result loads this catalogue with
 * ./leave.ts. `≈` marks a title that describes the page (no stored copy was available to quote).
 */
import { DILLEN_3_MONTHS, NIEL_OLD_RULE, RVA_T164, SALAR_2021, SAMANA_RECOGNITION, TIJD_2020, VL_MANTELZORGVERLOF } from '../recognition.js';
import type { SourceCatalog } from './types.js';

export const RECOGNITION_SOURCES: SourceCatalog = {
  [RVA_T164]: { title: 'Verlof voor mantelzorg (infoblad T164)', publisher: 'RVA', date: '2024-06-01', lang: 'nl' },
  [VL_MANTELZORGVERLOF]: { title: 'Verlof en tijdelijk minder werken: verlof voor mantelzorg', publisher: 'Vlaamse overheid', date: null, lang: 'nl' }, // ≈
  [SAMANA_RECOGNITION]: { title: 'Nieuw: de erkenning als mantelzorger met of zonder sociaal recht', publisher: 'Samana', date: null, lang: 'nl' },
  [NIEL_OLD_RULE]: { title: 'Verlof voor mantelzorg (productfiche)', publisher: 'Gemeente Niel', date: null, lang: 'nl' },
  [TIJD_2020]: { title: 'Mantelzorgverlof kan vanaf 1 september', publisher: 'De Tijd', date: '2020-07-16', lang: 'nl' },
  [DILLEN_3_MONTHS]: { title: 'Mantelzorgverlof uitgebreid tot 3 maanden', publisher: 'Dillen Advocaten', date: null, lang: 'nl' }, // ≈
  [SALAR_2021]: { title: 'Wijziging mantelzorg vanaf 1 september 2021', publisher: 'Salar', date: null, lang: 'nl' }, // ≈
  'http://www.ejustice.just.fgov.be/eli/besluit/2020/06/16/2020202727/justel': {
    title: 'Koninklijk besluit tot uitvoering van de wet van 12 mei 2014 betreffende de erkenning van de mantelzorger en de toekenning van sociale rechten aan de mantelzorger',
    publisher: 'Belgisch Staatsblad',
    date: '2020-06-16',
    lang: 'nl',
  },
  'https://www.vlaamse-ouderenraad.be/actualiteit/welzijn-zorg/vraag-je-mantelzorgerkenning-en-mantelzorgverlof-nu-aan': {
    title: 'Actualiteit: vraag je mantelzorgerkenning en mantelzorgverlof nu aan',
    publisher: 'Vlaamse Ouderenraad',
    date: null,
    lang: 'nl',
  }, // ≈
  'https://www.eerstelijnszone.be/erkenning-als-mantelzorger-%E2%80%93-mantelzorgverlof': {
    title: 'Erkenning als mantelzorger en mantelzorgverlof',
    publisher: 'Eerstelijnszones Vlaanderen',
    date: null,
    lang: 'nl',
  }, // ≈
};
