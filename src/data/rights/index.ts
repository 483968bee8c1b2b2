/**
 * Rights and budgets for a caregiver and the person cared for (Flanders, Brussels, federal), for
 * `rightsOverview()` in src/rules/rights. Numbers, dates and URLs only: the wording lives in
 * src/i18n/rights. Leave and the caregiver recognition are not repeated here: the rules ask
 * src/rules/leave for them. Every amount is dated (`validFrom`) and sourced; `status` says whether
 * the source gives today's figure (`official`) or an older one we know has been indexed since
 * (`estimated`: the widget says "about"). Explanations per figure: docs/content/rights.md.
 */

export type RightsAmountStatus = 'official' | 'estimated';
export type RightsPer = 'month' | 'year' | 'once';

/** One dated amount: what a source says a right pays from a date on. */
export interface RightsAmount {
  readonly validFrom: string;
  readonly amount: number;
  readonly per: RightsPer;
  readonly status: RightsAmountStatus;
  /** true: a maximum (income-tested or by category); the real amount can be lower. */
  readonly upTo: boolean;
  readonly sources: readonly string[];
}

/** A right without an amount we can vouch for: where it is explained, and since when this text holds. */
export interface RightsPointer {
  readonly validFrom: string;
  readonly sources: readonly string[];
}

/** Date the figures below were last checked against their sources; also the data version. */
export const RIGHTS_CHECKED_ON = '2026-12-03';
export const RIGHTS_DATA_VERSION = `rights-${RIGHTS_CHECKED_ON}`;

// Source pages (catalogued in src/data/sources/rights.ts).
export const CM_ZWAAR = 'https://www.cm.be/nl/zorgbudget-voor-zwaar-zorgbehoevenden';
export const STAN_ZWAAR_2024 = 'https://trefpuntstan.be/ontmoet-deel/deel-je-verhaal-detail-pagina/2023/12/05/STAN-informeert-Stijging-zorgbudget-voor-zwaar-zorgbehoevenden?originNode=6996';
export const ZORGKAS_ZWAAR = 'https://www.vlaamsezorgkas.be/zorgbudgetten/zorgbudget-voor-zwaar-zorgbehoevenden-zorgverzekering';
export const VL_ZWAAR_START = 'https://www.vlaanderen.be/gezondheid-en-welzijn/gezondheid/zorgkassen-in-vlaanderen/zorgbudget-van-de-vlaamse-sociale-bescherming/zorgbudget-voor-zwaar-zorgbehoevenden-van-de-vlaamse-sociale-bescherming/start-en-duur-van-een-zorgbudget-voor-zwaar-zorgbehoevenden';
export const VL_BRUSSELS = 'https://www.vlaanderen.be/uw-aansluiting-bij-de-vlaamse-sociale-bescherming/de-vlaamse-sociale-bescherming-voor-inwoners-van-brussel';
export const CM_OUDEREN = 'https://www.cm.be/diensten-en-voordelen/handicap/inkomen/zorgbudget-voor-ouderen-met-een-zorgnood';
export const VSB_OUDEREN = 'https://vlaamsesocialebescherming.be/zorgbudget-voor-ouderen-met-een-zorgnood';
export const IRISCARE_FAQ = 'https://www.myiriscare.brussels/fr/faq';
export const RTBF_APA_2021 = 'https://www.rtbf.be/info/regions/detail_bruxelles-l-allocation-d-aide-aux-personnes-agees-desormais-accessible-a-tous-les-65-independamment-de-leur-nationalite?id=10665396';
export const VL_BOB_FOLDER = 'https://www.vlaanderen.be/publicaties/vlaamse-sociale-bescherming-zorgbudget-voor-mensen-met-een-handicap';
export const DZ_BOB_GROUPS = 'https://www.departementzorg.be/nl/wie-krijgt-een-zorgbudget-voor-mensen-met-een-handicap';
export const FONS_ONDERSTEUNING = 'https://www.fons.be/nieuws/de-ondersteuningstoeslag-nieuw-het-groeipakket-vanaf-januari-2023';
export const GP_ZORGTOESLAG = 'https://www.groeipakket.be/tegemoetkomingen/zorgtoeslag-ondersteuningsbehoefte';
export const FAMIRIS_SUPPLEMENT = 'https://famiris.brussels/fr/?p=482';
export const SSB_DISABILITY = 'https://www.socialsecurity.be/citizen/fr/handicap/interventions-et-allocations';
export const HANDICAP_FAQ = 'https://handicap.belgium.be/nl/contact/faq.htm';
export const VL_VT = 'https://www.vlaanderen.be/verhoogde-tegemoetkoming-voor-gezondheidszorgen';
export const RIZIV_VT = 'https://www.riziv.be/nl/themas/kost-terugbetaling/financiele-toegankelijkheid/Paginas/verhoogde-tegemoetkoming-betere-vergoeding-medische-kosten.aspx';
export const STEUNPUNT_PREMIUM = 'https://steunpuntmantelzorg.be/2019/05/13/gemeentelijke-mantelzorgpremie-hoe-maak-je-er-een-voordeel-van-voor-je-mantelzorgers/';
export const RIZIV_INCONTINENCE = 'https://www.riziv.fgov.be/nl/themas/kost-terugbetaling/ziekten/chronische-ziekten/Paginas/forfait-onbehandelbare-incontinentie.aspx';
export const DIEPENBEEK_INCONTINENCE = 'https://www.diepenbeek.be/product/258/financiele-tegemoetkoming-incontinentie';

/**
 * Zorgbudget voor zwaar zorgbehoevenden (Vlaamse sociale bescherming): a flat monthly sum.
 * €130 from 1 March 2009 until 2022, €135 in 2023, €140 from January 2024 (CM; STAN, 5 Dec 2023).
 * No newer amount was found for 2025–2026: the decree allows a yearly indexation "when the budget
 * allows", so the 2024 figure is shown as "about" from 2025 on (see ZORGBUDGET_ZWAAR_UNCONFIRMED_FROM).
 */
export const ZORGBUDGET_ZWAAR: readonly RightsAmount[] = [
  { validFrom: '2009-03-01', amount: 130, per: 'month', status: 'official', upTo: false, sources: [ZORGKAS_ZWAAR] },
  { validFrom: '2023-01-01', amount: 135, per: 'month', status: 'official', upTo: false, sources: [STAN_ZWAAR_2024] },
  { validFrom: '2024-01-01', amount: 140, per: 'month', status: 'official', upTo: false, sources: [CM_ZWAAR, STAN_ZWAAR_2024] },
];
/** From this date on no source confirms the newest amount above: it is shown as "about". */
export const ZORGBUDGET_ZWAAR_UNCONFIRMED_FROM = '2025-01-01';

/** Who may get it, how it starts, and the Brussels affiliation (pointer facts). */
export const ZORGBUDGET_ZWAAR_RULES: RightsPointer = { validFrom: '2021-06-01', sources: [ZORGKAS_ZWAAR, VL_ZWAAR_START] };
export const BRUSSELS_AFFILIATION: RightsPointer = { validFrom: '2019-01-01', sources: [VL_BRUSSELS] };

/**
 * Zorgbudget voor ouderen met een zorgnood (65+, income-tested, five categories): the maximum of the
 * highest category, €8,193.54 a year (€683 a month) from 1 December 2022 (CM). The amounts follow the
 * index; the newer table was not found, so the figure is an "about" maximum.
 */
export const ZORGBUDGET_OUDEREN: readonly RightsAmount[] = [
  { validFrom: '2022-12-01', amount: 683, per: 'month', status: 'estimated', upTo: true, sources: [CM_OUDEREN, VSB_OUDEREN] },
];
export const OUDEREN_MIN_AGE = 65;

/**
 * Brussels counterpart (Iriscare, since 1 January 2021): allocation pour l'aide aux personnes âgées
 * (APA). Maximum €594 a month in 2021 (RTBF); the current table was not found: an "about" maximum.
 */
export const APA_BRUSSELS: readonly RightsAmount[] = [
  { validFrom: '2021-01-01', amount: 594, per: 'month', status: 'estimated', upTo: true, sources: [RTBF_APA_2021, IRISCARE_FAQ] },
];

/**
 * Zorgbudget voor mensen met een handicap (basisondersteuningsbudget): €300 a month, paid
 * automatically to closed groups only (nobody can apply). For children it became the
 * ondersteuningstoeslag of the Groeipakket on 1 January 2023: €324 net a month (FONS).
 */
export const ZORGBUDGET_HANDICAP: readonly RightsAmount[] = [
  { validFrom: '2016-09-01', amount: 300, per: 'month', status: 'official', upTo: false, sources: [VL_BOB_FOLDER, DZ_BOB_GROUPS] },
];
export const ONDERSTEUNINGSTOESLAG: readonly RightsAmount[] = [
  { validFrom: '2023-01-01', amount: 324, per: 'month', status: 'estimated', upTo: false, sources: [FONS_ONDERSTEUNING] },
];
/** The Groeipakket (and Brussels) supplements for a child run until the month the child turns this age. */
export const CHILD_SUPPLEMENT_MAX_AGE = 21;

/** Zorgtoeslag (Groeipakket) and the Brussels supplement: amounts by points, shown as a pointer. */
export const ZORGTOESLAG_FLANDERS: RightsPointer = { validFrom: '2019-01-01', sources: [GP_ZORGTOESLAG] };
export const SUPPLEMENT_BRUSSELS: RightsPointer = { validFrom: '2020-01-01', sources: [FAMIRIS_SUPPLEMENT] };

/**
 * Federal disability allowances (IVT and IT, FOD Sociale Zekerheid): from 18 (the request can be made
 * from 17) until 65; pointer only (income-tested, five categories).
 */
export const DISABILITY_ALLOWANCES: RightsPointer = { validFrom: '2021-01-01', sources: [SSB_DISABILITY, HANDICAP_FAQ] };
export const DISABILITY_MIN_AGE = 18;
export const DISABILITY_MAX_AGE = 65;

/** Verhoogde tegemoetkoming: automatic with several benefits, otherwise an income test at the health fund. */
export const VERHOOGDE_TEGEMOETKOMING: RightsPointer = { validFrom: '2014-01-01', sources: [VL_VT, RIZIV_VT] };

/** Municipal caregiver premiums: each municipality decides (partner data); the general pattern. */
export const MUNICIPAL_PREMIUM: RightsPointer = { validFrom: '2019-05-13', sources: [STEUNPUNT_PREMIUM] };
/** A partner's premium above this many euros (per month, or per year / once divided by 12) is refused as a typo. */
export const MUNICIPAL_PREMIUM_MAX_PER_MONTH = 500;

/**
 * Incontinence forfait for heavily dependent people at home (health fund, yearly): €610.53 from
 * 1 January 2024. Indexed every 1 January; newer amounts not found: "about".
 */
export const INCONTINENCE_FORFAIT: readonly RightsAmount[] = [
  { validFrom: '2024-01-01', amount: 610.53, per: 'year', status: 'estimated', upTo: false, sources: [DIEPENBEEK_INCONTINENCE, RIZIV_INCONTINENCE] },
];
