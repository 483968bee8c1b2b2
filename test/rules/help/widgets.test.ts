import { expect } from '@open-wc/testing';
import { findSupport } from '../../../src/rules/finder/find-support.js';
import { overloadReferrals, type OverloadBand } from '../../../src/rules/overload/referrals.js';
import { youngCarerReferrals, type YoungCarerAnswers, type YoungCarerResult } from '../../../src/rules/quiz/young.js';
import { linesFor } from '../../../src/rules/help/lines.js';
import type { RedFlagId } from '../../../src/data/overload/thresholds.js';
import type { FinderProfile } from '../../../src/rules/finder/types.js';

/**
 * What every widget shows, per audience and language, recorded from the five routing tables the
 * widgets had before they shared src/data/help/routes.ts. Same lines, same order (one deliberate
 * change is marked), except English: since 2026-12 every English list names the Dutch suicide
 * line before the French one (it used to be the other way round in the suicide role only, on an
 * unsourced belief that the French line answers in English). If a row here changes, a reader sees
 * different urgent help: check the source.
 */
type Lang = 'nl' | 'fr' | 'en' | 'de';
type Row = readonly [string, Lang, readonly string[]];

const TODAY: Record<'finder' | 'quiz' | 'overload' | 'quizYoung', readonly Row[]> = {
  finder: [
    ['danger+talk.adult', 'nl', ['alzheimerLiga']],
    ['danger+talk.adult', 'fr', ['alzheimerLiga']],
    ['danger+talk.adult', 'en', ['alzheimerLiga']],
    ['danger+talk.adult', 'de', ['alzheimerLiga']],
    ['danger+talk.young', 'nl', ['alzheimerLiga']],
    ['danger+talk.young', 'fr', ['alzheimerLiga']],
    ['danger+talk.young', 'en', ['alzheimerLiga']],
    ['danger+talk.young', 'de', ['alzheimerLiga']],
    ['mental+dementia.adult', 'nl', ['teleOnthaal', 'alzheimerLiga']],
    ['mental+dementia.adult', 'fr', ['teleAccueil', 'alzheimerLiga']],
    ['mental+dementia.adult', 'en', ['teleOnthaal', 'teleAccueil', 'alzheimerLiga']],
    ['mental+dementia.adult', 'de', ['telefonhilfe', 'alzheimerLiga']],
    ['mental+dementia.young', 'nl', ['awel', 'teleOnthaal', 'alzheimerLiga']],
    ['mental+dementia.young', 'fr', ['ecouteEnfants', 'teleAccueil', 'alzheimerLiga']],
    ['mental+dementia.young', 'en', ['awel', 'ecouteEnfants', 'teleOnthaal', 'teleAccueil', 'alzheimerLiga']],
    ['mental+dementia.young', 'de', ['telefonhilfe', 'alzheimerLiga']],
    ['none.adult', 'nl', []],
    ['none.adult', 'fr', []],
    ['none.adult', 'en', []],
    ['none.adult', 'de', []],
    ['none.young', 'nl', ['awel']],
    ['none.young', 'fr', ['ecouteEnfants']],
    ['none.young', 'en', ['awel', 'ecouteEnfants']],
    ['none.young', 'de', ['telefonhilfe']],
    ['talk.adult', 'nl', ['teleOnthaal']],
    ['talk.adult', 'fr', ['teleAccueil']],
    ['talk.adult', 'en', ['teleOnthaal', 'teleAccueil']],
    ['talk.adult', 'de', ['telefonhilfe']],
    ['talk.young', 'nl', ['awel', 'teleOnthaal']],
    ['talk.young', 'fr', ['ecouteEnfants', 'teleAccueil']],
    ['talk.young', 'en', ['awel', 'ecouteEnfants', 'teleOnthaal', 'teleAccueil']],
    ['talk.young', 'de', ['telefonhilfe']],
    ['urgent.adult', 'nl', ['emergency', 'suicideLine', 'teleOnthaal', 'police']],
    ['urgent.adult', 'fr', ['emergency', 'preventionSuicide', 'teleAccueil', 'police']],
    ['urgent.adult', 'en', ['emergency', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil', 'police']],
    ['urgent.adult', 'de', ['emergency', 'telefonhilfe', 'police']],
    ['urgent.young', 'nl', ['emergency', 'suicideLine', 'awel', 'teleOnthaal', 'police']],
    ['urgent.young', 'fr', ['emergency', 'preventionSuicide', 'ecouteEnfants', 'teleAccueil', 'police']],
    ['urgent.young', 'en', ['emergency', 'suicideLine', 'preventionSuicide', 'awel', 'ecouteEnfants', 'teleOnthaal', 'teleAccueil', 'police']],
    ['urgent.young', 'de', ['emergency', 'telefonhilfe', 'police']],
    ['urgentLine.adult', 'nl', ['emergency', 'suicideLine', 'teleOnthaal']],
    ['urgentLine.adult', 'fr', ['emergency', 'preventionSuicide', 'teleAccueil']],
    ['urgentLine.adult', 'en', ['emergency', 'suicideLine', 'preventionSuicide']],
    ['urgentLine.adult', 'de', ['emergency', 'telefonhilfe', 'police']],
    ['urgentLine.young', 'nl', ['emergency', 'awel', 'suicideLine']],
    ['urgentLine.young', 'fr', ['emergency', 'ecouteEnfants', 'preventionSuicide']],
    ['urgentLine.young', 'en', ['emergency', 'awel', 'ecouteEnfants']],
    ['urgentLine.young', 'de', ['emergency', 'telefonhilfe', 'police']],
  ],
  quiz: [
    ['helpNow.adult', 'nl', ['emergency', 'teleOnthaal', 'suicideLine']],
    ['helpNow.adult', 'fr', ['emergency', 'teleAccueil', 'preventionSuicide']],
    ['helpNow.adult', 'en', ['emergency', 'teleOnthaal', 'teleAccueil', 'suicideLine', 'preventionSuicide']],
    ['helpNow.adult', 'de', ['emergency', 'telefonhilfe']],
    ['helpNow.young', 'nl', ['emergency', 'awel', 'suicideLine']],
    ['helpNow.young', 'fr', ['emergency', 'ecouteEnfants', 'preventionSuicide']],
    ['helpNow.young', 'en', ['emergency', 'awel', 'ecouteEnfants', 'suicideLine', 'preventionSuicide']],
    ['helpNow.young', 'de', ['emergency', 'telefonhilfe']],
  ],
  overload: [
    ['elevated.adult', 'nl', ['associations', 'respite', 'recognitionQuiz', 'leaveCalculator']],
    ['elevated.adult', 'fr', ['associations', 'respite', 'recognitionQuiz', 'leaveCalculator']],
    ['elevated.adult', 'en', ['associations', 'respite', 'recognitionQuiz', 'leaveCalculator']],
    ['elevated.adult', 'de', ['associations', 'respite', 'recognitionQuiz', 'leaveCalculator']],
    ['elevated.young', 'nl', ['schoolContact', 'awel', 'jac', 'zoJong']],
    ['elevated.young', 'fr', ['schoolContact', 'ecouteEnfants', 'amo', 'jeunesAidantsProches']],
    ['elevated.young', 'en', ['schoolContact', 'awel', 'ecouteEnfants', 'jac', 'zoJong']],
    ['elevated.young', 'de', ['schoolContact', 'telefonhilfe', 'kaleido']],
    ['high.adult', 'nl', ['gp', 'caw', 'healthFundSocial', 'respite', 'associations', 'teleOnthaal']],
    ['high.adult', 'fr', ['gp', 'casg', 'healthFundSocial', 'respite', 'associations', 'teleAccueil']],
    ['high.adult', 'en', ['gp', 'caw', 'healthFundSocial', 'respite', 'associations', 'teleOnthaal', 'teleAccueil']],
    ['high.adult', 'de', ['gp', 'healthFundSocial', 'respite', 'associations', 'telefonhilfe']],
    ['high.young', 'nl', ['schoolContact', 'awel', 'jac', 'gp', 'zoJong']],
    ['high.young', 'fr', ['schoolContact', 'ecouteEnfants', 'amo', 'gp', 'jeunesAidantsProches']],
    ['high.young', 'en', ['schoolContact', 'awel', 'ecouteEnfants', 'jac', 'gp', 'zoJong']],
    ['high.young', 'de', ['schoolContact', 'telefonhilfe', 'kaleido', 'gp']],
    ['incomplete.adult', 'nl', ['teleOnthaal', 'caw', 'gp']],
    ['incomplete.adult', 'fr', ['teleAccueil', 'casg', 'gp']],
    ['incomplete.adult', 'en', ['teleOnthaal', 'teleAccueil', 'caw', 'gp']],
    ['incomplete.adult', 'de', ['telefonhilfe', 'gp']],
    ['incomplete.young', 'nl', ['awel', 'schoolContact', 'jac', 'zoJong']],
    ['incomplete.young', 'fr', ['ecouteEnfants', 'schoolContact', 'amo', 'jeunesAidantsProches']],
    ['incomplete.young', 'en', ['awel', 'ecouteEnfants', 'schoolContact', 'jac', 'zoJong']],
    ['incomplete.young', 'de', ['telefonhilfe', 'schoolContact', 'kaleido']],
    ['low.adult', 'nl', ['associations']],
    ['low.adult', 'fr', ['associations']],
    ['low.adult', 'en', ['associations']],
    ['low.adult', 'de', ['associations']],
    ['low.young', 'nl', ['zoJong', 'awel', 'schoolContact', 'jac']],
    ['low.young', 'fr', ['jeunesAidantsProches', 'ecouteEnfants', 'schoolContact', 'amo']],
    ['low.young', 'en', ['zoJong', 'awel', 'ecouteEnfants', 'schoolContact', 'jac']],
    ['low.young', 'de', ['telefonhilfe', 'schoolContact', 'kaleido']],
    ['urgent.adult', 'nl', ['emergency', 'suicideLine', 'teleOnthaal', 'violenceLine', 'doctorOnCall', 'gp']],
    ['urgent.adult', 'fr', ['emergency', 'preventionSuicide', 'teleAccueil', 'doctorOnCall', 'violenceLine', 'gp']],
    ['urgent.adult', 'en', ['emergency', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil', 'violenceLine', 'doctorOnCall', 'gp']],
    ['urgent.adult', 'de', ['emergency', 'telefonhilfe', 'doctorOnCall', 'violenceLine', 'gp']],
    ['urgent.young', 'nl', ['emergency', 'awel', 'violenceLine', 'suicideLine', 'teleOnthaal']],
    ['urgent.young', 'fr', ['emergency', 'ecouteEnfants', 'preventionSuicide', 'teleAccueil', 'violenceLine']],
    ['urgent.young', 'en', ['emergency', 'awel', 'ecouteEnfants', 'violenceLine', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil']],
    ['urgent.young', 'de', ['emergency', 'telefonhilfe', 'violenceLine']],
    ['urgent[cantGoOn].adult', 'nl', ['emergency', 'teleOnthaal', 'suicideLine', 'violenceLine', 'doctorOnCall', 'gp']],
    ['urgent[cantGoOn].adult', 'fr', ['emergency', 'teleAccueil', 'preventionSuicide', 'doctorOnCall', 'violenceLine', 'gp']],
    ['urgent[cantGoOn].adult', 'en', ['emergency', 'teleOnthaal', 'teleAccueil', 'suicideLine', 'preventionSuicide', 'violenceLine', 'doctorOnCall', 'gp']],
    ['urgent[cantGoOn].adult', 'de', ['emergency', 'telefonhilfe', 'doctorOnCall', 'violenceLine', 'gp']],
    ['urgent[cantGoOn].young', 'nl', ['emergency', 'teleOnthaal', 'awel', 'violenceLine', 'suicideLine']],
    ['urgent[cantGoOn].young', 'fr', ['emergency', 'teleAccueil', 'ecouteEnfants', 'preventionSuicide', 'violenceLine']],
    ['urgent[cantGoOn].young', 'en', ['emergency', 'teleOnthaal', 'teleAccueil', 'awel', 'ecouteEnfants', 'violenceLine', 'suicideLine', 'preventionSuicide']],
    ['urgent[cantGoOn].young', 'de', ['emergency', 'telefonhilfe', 'violenceLine']],
    ['urgent[harmAtHome].adult', 'nl', ['emergency', 'violenceLine', 'suicideLine', 'teleOnthaal', 'doctorOnCall', 'gp']],
    ['urgent[harmAtHome].adult', 'fr', ['emergency', 'preventionSuicide', 'teleAccueil', 'doctorOnCall', 'violenceLine', 'gp']],
    ['urgent[harmAtHome].adult', 'en', ['emergency', 'violenceLine', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil', 'doctorOnCall', 'gp']],
    ['urgent[harmAtHome].adult', 'de', ['emergency', 'telefonhilfe', 'doctorOnCall', 'violenceLine', 'gp']],
    ['urgent[harmAtHome].young', 'nl', ['emergency', 'violenceLine', 'awel', 'suicideLine', 'teleOnthaal']],
    ['urgent[harmAtHome].young', 'fr', ['emergency', 'ecouteEnfants', 'preventionSuicide', 'teleAccueil', 'violenceLine']],
    ['urgent[harmAtHome].young', 'en', ['emergency', 'violenceLine', 'awel', 'ecouteEnfants', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil']],
    ['urgent[harmAtHome].young', 'de', ['emergency', 'telefonhilfe', 'violenceLine']],
    ['urgent[selfHarm+harmAtHome+cantGoOn].adult', 'nl', ['emergency', 'teleOnthaal', 'suicideLine', 'violenceLine', 'doctorOnCall', 'gp']],
    ['urgent[selfHarm+harmAtHome+cantGoOn].adult', 'fr', ['emergency', 'teleAccueil', 'preventionSuicide', 'doctorOnCall', 'violenceLine', 'gp']],
    ['urgent[selfHarm+harmAtHome+cantGoOn].adult', 'en', ['emergency', 'teleOnthaal', 'teleAccueil', 'suicideLine', 'preventionSuicide', 'violenceLine', 'doctorOnCall', 'gp']],
    ['urgent[selfHarm+harmAtHome+cantGoOn].adult', 'de', ['emergency', 'telefonhilfe', 'doctorOnCall', 'violenceLine', 'gp']],
    ['urgent[selfHarm+harmAtHome+cantGoOn].young', 'nl', ['emergency', 'teleOnthaal', 'suicideLine', 'violenceLine', 'awel']],
    ['urgent[selfHarm+harmAtHome+cantGoOn].young', 'fr', ['emergency', 'teleAccueil', 'preventionSuicide', 'ecouteEnfants', 'violenceLine']],
    ['urgent[selfHarm+harmAtHome+cantGoOn].young', 'en', ['emergency', 'teleOnthaal', 'teleAccueil', 'suicideLine', 'preventionSuicide', 'violenceLine', 'awel', 'ecouteEnfants']],
    ['urgent[selfHarm+harmAtHome+cantGoOn].young', 'de', ['emergency', 'telefonhilfe', 'violenceLine']],
    ['urgent[selfHarm].adult', 'nl', ['emergency', 'suicideLine', 'teleOnthaal', 'violenceLine', 'doctorOnCall', 'gp']],
    ['urgent[selfHarm].adult', 'fr', ['emergency', 'preventionSuicide', 'teleAccueil', 'doctorOnCall', 'violenceLine', 'gp']],
    ['urgent[selfHarm].adult', 'en', ['emergency', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil', 'violenceLine', 'doctorOnCall', 'gp']],
    ['urgent[selfHarm].adult', 'de', ['emergency', 'telefonhilfe', 'doctorOnCall', 'violenceLine', 'gp']],
    ['urgent[selfHarm].young', 'nl', ['emergency', 'suicideLine', 'awel', 'violenceLine', 'teleOnthaal']],
    ['urgent[selfHarm].young', 'fr', ['emergency', 'preventionSuicide', 'ecouteEnfants', 'teleAccueil', 'violenceLine']],
    ['urgent[selfHarm].young', 'en', ['emergency', 'suicideLine', 'preventionSuicide', 'awel', 'ecouteEnfants', 'violenceLine', 'teleOnthaal', 'teleAccueil']],
    ['urgent[selfHarm].young', 'de', ['emergency', 'telefonhilfe', 'violenceLine']],
  ],
  quizYoung: [
    ['not_now', 'nl', ['awel']],
    ['not_now', 'fr', ['ecouteEnfants']],
    ['not_now', 'en', ['awel', 'ecouteEnfants']],
    ['not_now', 'de', ['telefonhilfe']],
    ['urgent.both', 'nl', ['emergency', 'suicideLine', 'violenceLine', 'awel']],
    ['urgent.both', 'fr', ['emergency', 'preventionSuicide', 'ecouteEnfants']],
    ['urgent.both', 'en', ['emergency', 'suicideLine', 'preventionSuicide', 'violenceLine', 'awel', 'ecouteEnfants']],
    ['urgent.both', 'de', ['emergency', 'telefonhilfe']],
    ['urgent.cantGoOn', 'nl', ['emergency', 'suicideLine', 'awel']],
    ['urgent.cantGoOn', 'fr', ['emergency', 'preventionSuicide', 'ecouteEnfants']],
    // One `suicide` route for every widget: the Centre de Prévention du Suicide also answers in
    // English, so it comes first for English readers (before: 1813 first in the quiz only).
    ['urgent.cantGoOn', 'en', ['emergency', 'suicideLine', 'preventionSuicide', 'awel', 'ecouteEnfants']],
    ['urgent.cantGoOn', 'de', ['emergency', 'telefonhilfe']],
    ['urgent.unsafe', 'nl', ['emergency', 'violenceLine', 'awel']],
    ['urgent.unsafe', 'fr', ['emergency', 'ecouteEnfants']],
    ['urgent.unsafe', 'en', ['emergency', 'violenceLine', 'awel', 'ecouteEnfants']],
    ['urgent.unsafe', 'de', ['emergency', 'telefonhilfe']],
    ['young_carer', 'nl', ['awel']],
    ['young_carer', 'fr', ['ecouteEnfants']],
    ['young_carer', 'en', ['awel', 'ecouteEnfants']],
    ['young_carer', 'de', ['telefonhilfe']],
  ],
};

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

function finder(kase: string, lang: Lang): string[] {
  const [what, aud] = kase.split('.');
  const p: FinderProfile = aud === 'young' ? { ageGroup: 'under25' } : {};
  switch (what) {
    case 'urgent': return ids(findSupport({ ...p, danger: true }, { lang }).urgent);
    case 'urgentLine': return [...linesFor('urgentShort', aud === 'young' ? 'young' : 'adult', lang)];
    case 'talk': return ids(findSupport({ ...p, needs: ['talk'] }, { lang }).helplines);
    case 'mental+dementia': return ids(findSupport({ ...p, careFor: ['mentalHealth', 'dementia'] }, { lang }).helplines);
    case 'none': return ids(findSupport(p, { lang }).helplines);
    case 'danger+talk': return ids(findSupport({ ...p, danger: true, needs: ['talk'], careFor: ['dementia'] }, { lang }).helplines);
  }
  throw new Error(kase);
}

function overload(kase: string, lang: Lang): string[] {
  const m = /^(\w+)(?:\[([\w+]+)\])?\.(adult|young)$/.exec(kase);
  if (!m) throw new Error(kase);
  const flags = (m[2]?.split('+') ?? []) as RedFlagId[];
  return overloadReferrals(m[1] as OverloadBand, m[3] as 'adult' | 'young', lang, flags);
}

function quizYoung(kase: string, lang: Lang): string[] {
  const answers: Record<string, YoungCarerAnswers> = {
    'urgent.cantGoOn': { rf_cantGoOn: true }, 'urgent.unsafe': { rf_unsafe: true }, 'urgent.both': { rf_unsafe: true, rf_cantGoOn: true },
  };
  const outcome = kase.startsWith('urgent') ? 'urgent' : (kase as YoungCarerResult['outcome']);
  const result: YoungCarerResult = { outcome, load: outcome === 'young_carer' ? 'heavy' : null, helpScore: 0, impactScore: 0, reasons: [] };
  return youngCarerReferrals(result, answers[kase] ?? {}, lang).helplines;
}

const RUN: Record<keyof typeof TODAY, (kase: string, lang: Lang) => string[]> = {
  finder,
  quiz: (kase, lang) => [...linesFor('helpNow', kase.endsWith('young') ? 'young' : 'adult', lang)],
  overload,
  quizYoung,
};

describe('every widget shows the same help lines as before the shared routing table', () => {
  for (const [widget, rows] of Object.entries(TODAY) as [keyof typeof TODAY, readonly Row[]][]) {
    for (const [kase, lang, want] of rows) {
      it(`${widget} ${kase} ${lang}`, () => {
        expect(RUN[widget](kase, lang)).to.deep.equal(want);
      });
    }
  }
});
