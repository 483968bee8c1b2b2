/**
 * What the rights data cite (src/data/rights/): title, publisher, the page's own date (null: the page
 * shows none). Leave and recognition sources are in ./leave.ts and ./recognition.ts.
 */
import {
  CM_OUDEREN, CM_ZWAAR, DIEPENBEEK_INCONTINENCE, DZ_BOB_GROUPS, FAMIRIS_SUPPLEMENT, FONS_ONDERSTEUNING, GP_ZORGTOESLAG,
  HANDICAP_FAQ, IRISCARE_FAQ, RIZIV_INCONTINENCE, RIZIV_VT, RTBF_APA_2021, SSB_DISABILITY, STAN_ZWAAR_2024, STEUNPUNT_PREMIUM,
  VL_BOB_FOLDER, VL_BRUSSELS, VL_VT, VL_ZWAAR_START, VSB_OUDEREN, ZORGKAS_ZWAAR,
} from '../rights/index.js';
import type { SourceCatalog } from './types.js';

export const RIGHTS_SOURCES: SourceCatalog = {
  [CM_ZWAAR]: { title: 'Zorgbudget voor zwaar zorgbehoevenden', publisher: 'CM', date: null, lang: 'nl' },
  [STAN_ZWAAR_2024]: { title: 'STAN informeert: stijging zorgbudget voor zwaar zorgbehoevenden', publisher: 'Trefpunt Zelfhulp (STAN)', date: '2023-12-05', lang: 'nl' },
  [ZORGKAS_ZWAAR]: { title: 'Zorgbudget voor zwaar zorgbehoevenden (zorgverzekering)', publisher: 'Vlaamse Zorgkas', date: null, lang: 'nl' },
  [VL_ZWAAR_START]: { title: 'Start en duur van een zorgbudget voor zwaar zorgbehoevenden', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [VL_BRUSSELS]: { title: 'De Vlaamse sociale bescherming voor inwoners van Brussel', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [CM_OUDEREN]: { title: 'Zorgbudget voor ouderen met een zorgnood', publisher: 'CM', date: null, lang: 'nl' },
  [VSB_OUDEREN]: { title: 'Zorgbudget voor ouderen met een zorgnood', publisher: 'Vlaamse sociale bescherming', date: null, lang: 'nl' },
  [IRISCARE_FAQ]: { title: 'Questions fréquentes', publisher: 'Iriscare', date: null, lang: 'fr' },
  [RTBF_APA_2021]: {
    title: 'Bruxelles : l’allocation d’aide aux personnes âgées désormais accessible à tous les 65+, indépendamment de leur nationalité',
    publisher: 'RTBF',
    date: '2021',
    lang: 'fr',
  },
  [VL_BOB_FOLDER]: { title: 'Vlaamse sociale bescherming: zorgbudget voor mensen met een handicap (folder)', publisher: 'Vlaamse overheid', date: '2019-01', lang: 'nl' },
  [DZ_BOB_GROUPS]: { title: 'Wie krijgt een zorgbudget voor mensen met een handicap?', publisher: 'Departement Zorg', date: null, lang: 'nl' },
  [FONS_ONDERSTEUNING]: { title: 'De ondersteuningstoeslag: nieuw in het Groeipakket vanaf januari 2023', publisher: 'FONS', date: null, lang: 'nl' },
  [GP_ZORGTOESLAG]: { title: 'Zorgtoeslag voor kinderen met een specifieke ondersteuningsbehoefte', publisher: 'Groeipakket', date: null, lang: 'nl' },
  [FAMIRIS_SUPPLEMENT]: { title: 'Supplément pour enfant atteint d’une affection', publisher: 'Famiris', date: null, lang: 'fr' },
  [SSB_DISABILITY]: { title: 'Interventions et allocations pour les personnes handicapées', publisher: 'SPF Sécurité sociale', date: null, lang: 'fr' },
  [HANDICAP_FAQ]: { title: 'Veelgestelde vragen', publisher: 'FOD Sociale Zekerheid, DG Personen met een handicap', date: null, lang: 'nl' },
  [VL_VT]: { title: 'Verhoogde tegemoetkoming voor gezondheidszorgen', publisher: 'Vlaamse overheid', date: null, lang: 'nl' },
  [RIZIV_VT]: { title: 'Verhoogde tegemoetkoming: een betere vergoeding van je medische kosten', publisher: 'RIZIV', date: null, lang: 'nl' },
  [STEUNPUNT_PREMIUM]: { title: 'Gemeentelijke mantelzorgpremie: hoe maak je er een voordeel van voor je mantelzorgers?', publisher: 'Steunpunt Mantelzorg', date: '2019-05-13', lang: 'nl' },
  [RIZIV_INCONTINENCE]: { title: 'Forfait voor onbehandelbare incontinentie', publisher: 'RIZIV', date: null, lang: 'nl' },
  [DIEPENBEEK_INCONTINENCE]: { title: 'Financiële tegemoetkoming incontinentie', publisher: 'Gemeente Diepenbeek', date: null, lang: 'nl' },
};
