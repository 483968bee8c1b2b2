import { U } from './urls.js';
import type { HingeAmountEntry, HingeAmountId, HingeContactId, HingeStepData } from './types.js';

/**
 * The hinge-moment checklist as data (docs/content/hinge.md): which step belongs to which moment and
 * phase, whom it sends the caregiver to, which service it points to and which sources back it. The
 * words are in ./texts/<lang>.ts; the choice per situation is made in src/rules/hinge/.
 * Version and date of this table (shown with the checklist).
 */
export const HINGE_DATA_VERSION = '0.1.0';
export const HINGE_DATA_DATE = '2026-12-03';

/** Numbers and pages of the contacts that have one for everybody (the rest differ per hospital, town or fund). */
export const HINGE_CONTACTS: Readonly<Partial<Record<HingeContactId, { readonly phone?: string; readonly hours?: 'weekdays9to12'; readonly url?: string; readonly sources: readonly string[] }>>> = {
  // Phone and hours as OKRA and the Flemish complaint page give them.
  woonzorglijn: { phone: '02 553 75 00', hours: 'weekdays9to12', url: U.VL_KLACHT, sources: [U.OKRA_KLACHTEN, U.WOONZORGLIJN_KLACHT] },
  socialMap: { url: 'https://www.desocialekaart.be/', sources: [U.SOCIALE_KAART] },
  zorgkas: { url: U.VZK_ZORGBUDGETTEN, sources: [U.VZK_ZORGBUDGETTEN] },
  palliativeNetwork: { url: U.ZG_PALLIATIEVE_NETWERKEN, sources: [U.ZG_PALLIATIEVE_NETWERKEN] },
};

/**
 * Dated figures, oldest first. The palliative allowance and the care budget are indexed most years;
 * no 2025 or 2026 amount was published on the pages we read, so the checklist shows the newest one
 * with its date and says to ask the health fund or care fund for today's amount.
 */
export const HINGE_AMOUNTS: Readonly<Record<HingeAmountId, readonly HingeAmountEntry[]>> = {
  palliativeAllowance: [
    { value: 693.17, per: 'month', validFrom: '2021-01-01', sources: [U.ZOL_PALLIATIEF] },
    { value: 698.65, per: 'month', validFrom: '2022-01-01', sources: [U.ZOL_PALLIATIEF] },
    { value: 755.52, per: 'month', validFrom: '2023-01-01', sources: [U.CM_PALLIATIEF_2023] },
    { value: 801.23, per: 'month', validFrom: '2024-01-01', sources: [U.CM_PALLIATIEF, U.WGK_PALLIATIEF] },
  ],
  careBudgetSevere: [
    { value: 135, per: 'month', validFrom: '2023-01-01', sources: [U.ZONNEBEKE_ZORGBUDGET] },
    { value: 140, per: 'month', validFrom: '2024-01-01', sources: [U.STAN_ZORGBUDGET, U.VZK_ZORGBUDGETTEN] },
  ],
  // The weighted average day price of Flemish care homes (measured on 1 May), not a price of one home.
  careHomeDayPrice: [
    { value: 60.8, per: 'day', validFrom: '2021-05-01', sources: [U.ZG_DAGPRIJZEN] },
    { value: 74.52, per: 'day', validFrom: '2025-05-01', sources: [U.PLUS_DAGPRIJS_2025] },
  ],
};

/** The steps, in their order within a phase. */
export const HINGE_STEPS: readonly HingeStepData[] = [
  // ---- hospital admission
  { id: 'admPlanDischarge', at: { 'hospital-admission': 'before' }, only: { admission: 'planned' }, contact: 'hospitalSocialService', sources: [U.AZDAMIAAN_NA] },
  { id: 'admHomeHelpEarly', at: { 'hospital-admission': 'before' }, only: { admission: 'planned' }, contact: 'healthFundSocialService', service: 'familyCare', sources: [U.UZB_ONTSLAG] },
  { id: 'admRoom', at: { 'hospital-admission': 'before' }, only: { admission: 'planned' }, contact: 'hospitalAdmissions', sources: [U.NZ_VERBLIJF] },
  { id: 'admInsurance', at: { 'hospital-admission': 'before' }, contact: 'insurer', sources: [U.UZA_MEE, U.AZR_MEE] },
  { id: 'admBring', at: { 'hospital-admission': 'day' }, sources: [U.AZR_MEE, U.UZA_MEE] },
  { id: 'admBringLater', at: { 'hospital-admission': 'day' }, only: { admission: 'urgent' }, sources: [U.AZR_MEE] },
  { id: 'admContactPerson', at: { 'hospital-admission': 'day' }, contact: 'ward', sources: [U.AZR_MEE, U.UZA_MEE] },
  { id: 'admCoverHome', at: { 'hospital-admission': 'day' }, contact: 'healthFundSocialService', sources: [U.AZDAMIAAN_NA] },
  { id: 'admAskWard', at: { 'hospital-admission': 'after' }, contact: 'ward', service: 'involvement', sources: [U.HLN_VPP] },
  { id: 'admDischargePlanning', at: { 'hospital-admission': 'after' }, contact: 'hospitalSocialService', sources: [U.UZB_ONTSLAG] },
  { id: 'hospitalComplaint', at: { 'hospital-admission': 'after', 'hospital-discharge': 'after' }, contact: 'hospitalOmbuds', sources: [U.AZT_OMBUDS, U.VL_KLACHT] },
  // ---- end of life, first things first (before the home-care steps it shares with discharge)
  { id: 'eolWishes', at: { 'end-of-life': 'before' }, contact: 'gp', sources: [U.OOGG_STEUNFIGUREN] },
  { id: 'eolAllowance', at: { 'end-of-life': 'before' }, only: { place: ['home'] }, contact: 'gp', service: 'palliativeAllowance', money: 'palliativeAllowance', sources: [U.CM_PALLIATIEF, U.WGK_PALLIATIEF] },
  { id: 'eolHomeTeam', at: { 'end-of-life': 'before' }, only: { place: ['home'] }, contact: 'palliativeNetwork', service: 'palliativeHomeTeam', sources: [U.ZG_PALLIATIEVE_NETWERKEN, U.PNAT] },
  // ---- discharge
  { id: 'disTalk', at: { 'hospital-discharge': 'before' }, contact: 'ward', sources: [U.RZT_HUIS, U.MUTUALIA_SORTIE] },
  { id: 'disSocialService', at: { 'hospital-discharge': 'before' }, contact: 'hospitalSocialService', sources: [U.RZT_HUIS, U.UZB_ONTSLAG] },
  { id: 'disHomeNursing', at: { 'hospital-discharge': 'before', 'end-of-life': 'before' }, contact: 'homeNursing', service: 'homeNursing', only: { place: ['home'] }, sources: [U.UZB_ONTSLAG, U.IMELDA_HUIS] },
  { id: 'disFamilyCare', at: { 'hospital-discharge': 'before', 'end-of-life': 'before' }, contact: 'familyCare', service: 'familyCare', only: { place: ['home'] }, sources: [U.BEERSE_GEZINSZORG, U.UZB_ONTSLAG] },
  { id: 'disMeals', at: { 'hospital-discharge': 'before' }, contact: 'gbo', service: 'meals', sources: [U.GBO] },
  { id: 'disAids', at: { 'hospital-discharge': 'before', 'end-of-life': 'before' }, contact: 'healthFundLoan', service: 'aidsLoan', only: { place: ['home'] }, sources: [U.UZB_ONTSLAG, U.VL_MOBILITEIT] },
  { id: 'disRecoveryStay', at: { 'hospital-discharge': 'before' }, only: { careAtHome: ['nobody', 'unsure'] }, contact: 'healthFundSocialService', sources: [U.ZG_HERSTEL, U.NZ_VERBLIJF] },
  { id: 'disTransport', at: { 'hospital-discharge': 'day' }, contact: 'ward', sources: [U.IMELDA_HUIS, U.RZT_HUIS] },
  { id: 'disDocuments', at: { 'hospital-discharge': 'day' }, contact: 'ward', sources: [U.RZT_HUIS, U.MUTUALIA_SORTIE] },
  { id: 'disGp', at: { 'hospital-discharge': 'after' }, contact: 'gp', sources: [U.RZT_HUIS, U.IMELDA_HUIS] },
  { id: 'disCareHomeNext', at: { 'hospital-discharge': 'after' }, only: { careAtHome: ['nobody', 'unsure'] }, contact: 'hospitalSocialService', sources: [U.INKENDAAL_ONTSLAG] },
  { id: 'careBudget', at: { 'hospital-discharge': 'after' }, contact: 'zorgkas', money: 'careBudgetSevere', widget: 'rights', sources: [U.VZK_ZORGBUDGETTEN, U.STAN_ZORGBUDGET] },
  // ---- care home
  { id: 'wzcOrient', at: { 'care-home': 'before' }, contact: 'woonzorglijn', sources: [U.OKRA_KLACHTEN] },
  { id: 'wzcList', at: { 'care-home': 'before' }, contact: 'socialMap', widget: 'association-finder', sources: [U.SOCIALE_KAART] },
  { id: 'wzcVisit', at: { 'care-home': 'before' }, contact: 'careHome', sources: [U.OKRA_FACTUUR] },
  { id: 'wzcWaitingList', at: { 'care-home': 'before' }, contact: 'careHome', sources: [U.LONDERZEEL_WACHTLIJST] },
  { id: 'wzcPrice', at: { 'care-home': 'before' }, contact: 'careHome', money: 'careHomeDayPrice', sources: [U.PLUS_DAGPRIJS_2025, U.ZG_DAGPRIJZEN, U.BOSBEEKHOF_DAGPRIJS] },
  { id: 'wzcContract', at: { 'care-home': 'day' }, contact: 'careHome', sources: [U.PLUS_OPNAMEOVEREENKOMST, U.OUDERENGIDS_OVEREENKOMST] },
  { id: 'wzcCareBudget', at: { 'care-home': 'after' }, contact: 'zorgkas', money: 'careBudgetSevere', sources: [U.DENDERMONDE_ZORGBUDGET, U.STAN_ZORGBUDGET] },
  { id: 'wzcCouncil', at: { 'care-home': 'after' }, contact: 'careHome', service: 'involvement', sources: [U.CURANDO_RAAD, U.OUDERENGIDS_KLACHTEN, U.OKRA_KLACHTEN] },
  { id: 'wzcComplaint', at: { 'care-home': 'after' }, contact: 'woonzorglijn', sources: [U.VL_KLACHT, U.OUDERENGIDS_KLACHTEN, U.ZORGINSPECTIE_KLACHTEN] },
  { id: 'wzcZorgrecht', at: { 'care-home': 'after' }, widget: 'association-finder', sources: [U.OKRA_ZORGRECHT] },
  // ---- end of life
  { id: 'eolCareHome', at: { 'end-of-life': 'day' }, only: { place: ['careHome'] }, contact: 'careHome', sources: [U.CM_PALLIATIEF] },
  { id: 'eolHospital', at: { 'end-of-life': 'day' }, only: { place: ['hospital'] }, contact: 'hospitalSocialService', sources: [U.CM_PALLIATIEF] },
  { id: 'eolRespite', at: { 'end-of-life': 'after' }, contact: 'palliativeNetwork', sources: [U.LEIF_DAGCENTRUM] },
  // ---- every moment
  { id: 'confidant', at: { 'hospital-admission': 'before', 'hospital-discharge': 'before', 'care-home': 'before', 'end-of-life': 'before' }, service: 'involvement', sources: [U.OOGG_STEUNFIGUREN] },
  { id: 'careMandate', at: { 'hospital-discharge': 'after', 'care-home': 'before', 'end-of-life': 'before' }, contact: 'notary', service: 'careMandate', sources: [U.PLUS_ZORGVOLMACHT] },
  { id: 'guardianship', at: { 'hospital-discharge': 'after', 'care-home': 'before', 'end-of-life': 'before' }, contact: 'justiceOfPeace', service: 'guardianship', sources: [U.PLUS_TE_LAAT] },
  { id: 'work', at: { 'hospital-admission': 'day', 'hospital-discharge': 'before', 'care-home': 'day' }, contact: 'employer', service: 'leave', widget: 'leave-calculator', sources: [U.PLUS_DWINGEND] },
  { id: 'eolLeave', at: { 'end-of-life': 'before' }, contact: 'employer', service: 'leave', widget: 'leave-calculator', sources: [U.BELGIUM_PAL] },
  { id: 'rights', at: { 'hospital-admission': 'after', 'hospital-discharge': 'after', 'care-home': 'after', 'end-of-life': 'after' }, contact: 'gbo', widget: 'rights', sources: [U.GBO] },
  { id: 'selfCare', at: { 'hospital-admission': 'after', 'hospital-discharge': 'after', 'care-home': 'after', 'end-of-life': 'after' }, widget: 'overload-check', sources: [U.PLAN] },
];
