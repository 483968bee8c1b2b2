// Review tests: the whole referral table per band ×
// audience × language, every item's tip, every strain × global band pair, and the proration
// formula against exact rational rounding. The shared JSON cases are a sample; these pin the rest.
import { expect } from '@open-wc/testing';
import {
  scoreOverload,
  overloadReferrals,
  OVERLOAD_STRAIN_ITEM_IDS,
  type OverloadAnswers,
  type OverloadBand,
  type OverloadLang,
  type OverloadStrainAnswer,
  type OverloadStrainItemId,
} from '../../../src/rules/overload/index.js';
import { fromPattern, YOUNG_IDS } from './helpers.js';

type Aud = 'adult' | 'young';

// Result bands and referrals (adult and young), resolved per language through the routing table
// (src/data/help/routes.ts): 106/107/108, 1813/0800 32 123, 102/103/108, CAW/CASG, JAC/AMO/Kaleido.
// English readers get both language communities' lines. Gaps (no French 1712, no German
// suicide/child line, no German welfare or young-carer group) are filled as the sources in
// src/data/help/helplines.ts and src/data/overload/referrals.ts say, or left empty.
const TABLE: Record<Aud, Record<OverloadBand, Record<OverloadLang, string[]>>> = {
  adult: {
    urgent: {
      nl: ['emergency', 'suicideLine', 'teleOnthaal', 'violenceLine', 'doctorOnCall', 'gp'],
      fr: ['emergency', 'preventionSuicide', 'teleAccueil', 'doctorOnCall', 'violenceLine', 'gp'],
      en: ['emergency', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil', 'violenceLine', 'doctorOnCall', 'gp'],
      de: ['emergency', 'telefonhilfe', 'doctorOnCall', 'violenceLine', 'gp'],
    },
    high: {
      nl: ['gp', 'caw', 'healthFundSocial', 'respite', 'associations', 'teleOnthaal'],
      fr: ['gp', 'casg', 'healthFundSocial', 'respite', 'associations', 'teleAccueil'],
      en: ['gp', 'caw', 'healthFundSocial', 'respite', 'associations', 'teleOnthaal', 'teleAccueil'],
      de: ['gp', 'healthFundSocial', 'respite', 'associations', 'telefonhilfe'],
    },
    elevated: {
      nl: ['associations', 'respite', 'recognitionQuiz', 'leaveCalculator'],
      fr: ['associations', 'respite', 'recognitionQuiz', 'leaveCalculator'],
      en: ['associations', 'respite', 'recognitionQuiz', 'leaveCalculator'],
      de: ['associations', 'respite', 'recognitionQuiz', 'leaveCalculator'],
    },
    low: { nl: ['associations'], fr: ['associations'], en: ['associations'], de: ['associations'] },
    incomplete: {
      nl: ['teleOnthaal', 'caw', 'gp'],
      fr: ['teleAccueil', 'casg', 'gp'],
      en: ['teleOnthaal', 'teleAccueil', 'caw', 'gp'],
      de: ['telefonhilfe', 'gp'],
    },
  },
  young: {
    urgent: {
      // The youth line before 1712 (working days only, no emergency line).
      nl: ['emergency', 'awel', 'violenceLine', 'suicideLine', 'teleOnthaal'],
      fr: ['emergency', 'ecouteEnfants', 'preventionSuicide', 'teleAccueil', 'violenceLine'],
      en: ['emergency', 'awel', 'ecouteEnfants', 'violenceLine', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil'],
      de: ['emergency', 'telefonhilfe', 'violenceLine'],
    },
    high: {
      nl: ['schoolContact', 'awel', 'jac', 'gp', 'zoJong'],
      fr: ['schoolContact', 'ecouteEnfants', 'amo', 'gp', 'jeunesAidantsProches'],
      en: ['schoolContact', 'awel', 'ecouteEnfants', 'jac', 'gp', 'zoJong'],
      de: ['schoolContact', 'telefonhilfe', 'kaleido', 'gp'],
    },
    elevated: {
      nl: ['schoolContact', 'awel', 'jac', 'zoJong'],
      fr: ['schoolContact', 'ecouteEnfants', 'amo', 'jeunesAidantsProches'],
      en: ['schoolContact', 'awel', 'ecouteEnfants', 'jac', 'zoJong'],
      de: ['schoolContact', 'telefonhilfe', 'kaleido'],
    },
    low: {
      nl: ['zoJong', 'awel', 'schoolContact', 'jac'],
      fr: ['jeunesAidantsProches', 'ecouteEnfants', 'schoolContact', 'amo'],
      en: ['zoJong', 'awel', 'ecouteEnfants', 'schoolContact', 'jac'],
      de: ['telefonhilfe', 'schoolContact', 'kaleido'],
    },
    incomplete: {
      nl: ['awel', 'schoolContact', 'jac', 'zoJong'],
      fr: ['ecouteEnfants', 'schoolContact', 'amo', 'jeunesAidantsProches'],
      en: ['awel', 'ecouteEnfants', 'schoolContact', 'jac', 'zoJong'],
      de: ['telefonhilfe', 'schoolContact', 'kaleido'],
    },
  },
};

const LANGS: OverloadLang[] = ['nl', 'fr', 'en', 'de'];
const BANDS: OverloadBand[] = ['urgent', 'high', 'elevated', 'low', 'incomplete'];
const CHILD_LINE: Record<OverloadLang, string[]> = { nl: ['awel'], fr: ['ecouteEnfants'], en: ['awel', 'ecouteEnfants'], de: ['telefonhilfe'] };

describe('overload: referral table (band × audience × language)', () => {
  for (const aud of ['adult', 'young'] as const) {
    for (const band of BANDS) {
      for (const lang of LANGS) {
        it(`${aud} ${band} ${lang}`, () => {
          expect(overloadReferrals(band, aud, lang)).to.deep.equal(TABLE[aud][band][lang]);
        });
      }
    }
  }

  it('young: the youth line (Awel / 103 / 108) and someone at school in every band', () => {
    for (const band of BANDS) {
      for (const lang of LANGS) {
        const r = overloadReferrals(band, 'young', lang);
        for (const line of CHILD_LINE[lang]) expect(r, `${band} ${lang}`).to.include(line);
        if (band !== 'urgent') expect(r, `${band} ${lang}`).to.include('schoolContact');
      }
    }
  });

  it('young: the GP only for the high band; never the adult welfare or carer offers', () => {
    for (const band of BANDS) {
      for (const lang of LANGS) {
        const r = overloadReferrals(band, 'young', lang);
        expect(r.includes('gp'), `${band} ${lang}`).to.equal(band === 'high');
        for (const adultOnly of ['caw', 'casg', 'associations', 'healthFundSocial', 'recognitionQuiz', 'leaveCalculator']) {
          expect(r, `${band} ${lang}`).not.to.include(adultOnly);
        }
      }
    }
  });

  it('the result carries the table row for its band, audience and language', () => {
    const cases: [OverloadAnswers, Aud, OverloadLang, OverloadBand][] = [
      [fromPattern('yyyyyynnnn'), 'adult', 'fr', 'high'],
      [fromPattern('yyynnnnnnn'), 'adult', 'de', 'elevated'],
      [fromPattern('nnnnnnnnnn'), 'adult', 'en', 'low'],
      [{}, 'adult', 'nl', 'incomplete'],
      [fromPattern('yyyyyynnn', null, YOUNG_IDS), 'young', 'de', 'high'],
      [fromPattern('nnnnnnnnn', null, YOUNG_IDS), 'young', 'fr', 'low'],
      [{}, 'young', 'en', 'incomplete'],
    ];
    for (const [answers, audience, lang, band] of cases) {
      const r = scoreOverload(answers, { audience, lang });
      expect(r.band).to.equal(band);
      expect(r.lang).to.equal(lang);
      expect(r.referrals).to.deep.equal(TABLE[audience][band][lang]);
    }
  });

  it('urgent: every red-flag combination keeps 112 first and the same set of lines', () => {
    const flags = ['cantGoOn', 'selfHarm', 'harmAtHome'] as const;
    for (const aud of ['adult', 'young'] as const) {
      for (const lang of LANGS) {
        for (let mask = 1; mask < 8; mask++) {
          const on = flags.filter((_, i) => mask & (1 << i));
          const r = scoreOverload({ redFlags: Object.fromEntries(on.map((f) => [f, true])) }, { audience: aud, lang }).referrals;
          expect(r[0]).to.equal('emergency');
          expect([...r].sort()).to.deep.equal([...TABLE[aud].urgent[lang]].sort());
        }
      }
    }
  });
});

describe('overload: item-level tips', () => {
  const TIP: Record<OverloadStrainItemId, string> = {
    time: 'respite', alwaysOn: 'respite', combine: 'combine', physical: 'gp', health: 'gp', sleep: 'gp',
    money: 'money', social: 'social', emotional: 'talk', outlook: 'talk',
  };
  for (const aud of ['adult', 'young'] as const) {
    for (const id of OVERLOAD_STRAIN_ITEM_IDS) {
      if (aud === 'young' && id === 'money') continue;
      it(`${aud}: "yes" on ${id} → tip.${aud}.${TIP[id]}; "sometimes" → none`, () => {
        const yes = scoreOverload({ strain: { [id]: 'yes' } }, { audience: aud });
        expect(yes.tips).to.deep.equal([`tip.${aud}.${TIP[id]}`]);
        expect(scoreOverload({ strain: { [id]: 'sometimes' } }, { audience: aud }).tips).to.deep.equal([]);
        expect(scoreOverload({ strain: { [id]: 'no' } }, { audience: aud }).tips).to.deep.equal([]);
      });
    }
  }
  it('canShare: only "no" adds the share tip', () => {
    expect(scoreOverload({ routing: { canShare: 'no' } }).tips).to.deep.equal(['tip.adult.share']);
    for (const v of ['yes', 'dontKnow', 'skip', null] as const) {
      expect(scoreOverload({ routing: { canShare: v } }).tips, String(v)).to.deep.equal([]);
    }
    expect(scoreOverload({ routing: { canShare: 'no' } }, { audience: 'young' }).tips).to.deep.equal(['tip.young.share']);
  });
  it('tips in every non-urgent band, none when urgent', () => {
    for (const [p, g, band] of [['yyyyyynnnn', null, 'high'], ['yyynnnnnnn', null, 'elevated'], ['ynnnnnnnnn', null, 'low'], ['y---------', null, 'incomplete']] as const) {
      const r = scoreOverload(fromPattern(p, g));
      expect(r.band).to.equal(band);
      expect(r.tips.length, band).to.be.greaterThan(0);
    }
    const u = scoreOverload({ ...fromPattern('yyyyyyyyyy'), redFlags: { cantGoOn: false, selfHarm: false, harmAtHome: true }, routing: { canShare: 'no' } });
    expect([u.band, u.tips.length]).to.deep.equal(['urgent', 0]);
  });
});

describe('overload: band = the higher of strain and global, with its source', () => {
  // strain patterns giving low (5), elevated (6) and high (12) with all 10 answered; global 4 / 5 / 8.
  const STRAIN = { low: 'yysnnnnnnn', elevated: 'yyynnnnnnn', high: 'yyyyyynnnn' } as const;
  const GLOBAL = { low: 4, elevated: 5, high: 8 } as const;
  const rank = { low: 1, elevated: 2, high: 3 } as const;
  for (const s of ['low', 'elevated', 'high'] as const) {
    for (const g of ['low', 'elevated', 'high'] as const) {
      const band = rank[s] >= rank[g] ? s : g;
      const source = s === g ? 'both' : rank[s] > rank[g] ? 'strain' : 'global';
      it(`strain ${s} + global ${g} → ${band} (${source})`, () => {
        const r = scoreOverload(fromPattern(STRAIN[s], GLOBAL[g]));
        expect([r.strainBand, r.globalBand, r.band, r.bandSource]).to.deep.equal([s, g, band, source]);
      });
    }
  }
  it('a red flag overrides a high score and an incomplete check alike', () => {
    const high = scoreOverload({ ...fromPattern('yyyyyyyyyy', 10), redFlags: { cantGoOn: true } });
    expect([high.band, high.bandSource, high.strainBand, high.globalBand]).to.deep.equal(['urgent', 'redFlag', 'high', 'high']);
    const all = scoreOverload({ redFlags: { cantGoOn: true, selfHarm: true, harmAtHome: true } });
    expect([all.band, all.bandSource, all.redFlags]).to.deep.equal(['urgent', 'redFlag', ['cantGoOn', 'selfHarm', 'harmAtHome']]);
  });
  it('every red flag false and nothing else → incomplete with source null', () => {
    const r = scoreOverload({ strain: {}, global: null, redFlags: { cantGoOn: false, selfHarm: false, harmAtHome: false } });
    expect([r.band, r.bandSource, r.strainScore, r.strainBand, r.globalBand]).to.deep.equal(['incomplete', null, null, null, null]);
  });
});

describe('overload: prorated strain score', () => {
  // Exact value of 20·sum / (2n), rounded half up, computed independently with a rational compare.
  const expected = (sum: number, n: number) => {
    const twice = (2 * 20 * sum) / (2 * n); // 2 × the exact score
    const floor = Math.floor((20 * sum) / (2 * n));
    return twice - 2 * floor >= 1 ? floor + 1 : floor;
  };
  const answers = (sum: number, n: number): OverloadAnswers => {
    const strain: Partial<Record<OverloadStrainItemId, OverloadStrainAnswer>> = {};
    let left = sum;
    OVERLOAD_STRAIN_ITEM_IDS.forEach((id, i) => {
      if (i >= n) { strain[id] = 'skip'; return; }
      const v = Math.min(2, left);
      left -= v;
      strain[id] = (['no', 'sometimes', 'yes'] as const)[v];
    });
    return { strain };
  };
  for (const n of [8, 9, 10]) {
    it(`n = ${n}: every sum 0–${2 * n}`, () => {
      for (let sum = 0; sum <= 2 * n; sum++) {
        const r = scoreOverload(answers(sum, n));
        expect(r.answeredStrainItems).to.equal(n);
        expect(r.strainScore, `sum ${sum}`).to.equal(expected(sum, n));
        if (n === 10) expect(r.strainScore).to.equal(sum);
        const s = r.strainScore as number;
        expect(r.strainBand).to.equal(s <= 5 ? 'low' : s <= 11 ? 'elevated' : 'high');
      }
    });
  }
  it('n = 0–7: no strain score, whatever the answers', () => {
    for (let n = 0; n < 8; n++) {
      const r = scoreOverload(answers(2 * n, n));
      expect([r.answeredStrainItems, r.strainScore, r.strainBand], `n ${n}`).to.deep.equal([n, null, null]);
    }
  });
});

describe('overload (young): the variant keeps the algorithm', () => {
  it('asks 9 items; 8 answered is enough, 7 is not', () => {
    const eight = scoreOverload(fromPattern('nnnnnnnn-', null, YOUNG_IDS), { audience: 'young' });
    expect([eight.askedStrainItems, eight.answeredStrainItems, eight.strainScore]).to.deep.equal([9, 8, 0]);
    const seven = scoreOverload(fromPattern('nnnnnnn--', null, YOUNG_IDS), { audience: 'young' });
    expect([seven.answeredStrainItems, seven.strainScore, seven.band]).to.deep.equal([7, null, 'incomplete']);
  });
  it('the same answers (money skipped) give the same band for both audiences', () => {
    for (const p of ['yysnnnnnn', 'yyyyysnnn', 'nnnnnnnnn', 'sssssssss']) {
      const young = scoreOverload(fromPattern(p, 6, YOUNG_IDS), { audience: 'young' });
      const adult = scoreOverload(fromPattern(p, 6, YOUNG_IDS));
      expect([young.strainScore, young.band, young.bandSource]).to.deep.equal([adult.strainScore, adult.band, adult.bandSource]);
    }
  });
  it('a strain value of null is refused (only a missing key counts as skip)', () => {
    try {
      scoreOverload({ strain: { time: null } } as unknown as OverloadAnswers);
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(TypeError);
      expect((e as TypeError).message).to.equal('strain.time: expected a string, got null');
    }
    expect(scoreOverload({ strain: { time: undefined } }).answeredStrainItems).to.equal(0);
  });
  it('money answered for young is a RangeError naming strain.money, not a silent score', () => {
    for (const v of ['no', 'sometimes', 'yes'] as const) {
      try {
        scoreOverload({ strain: { money: v } }, { audience: 'young' });
        expect.fail('should throw');
      } catch (e) {
        expect(e).to.be.instanceOf(RangeError);
        expect((e as RangeError).message).to.match(new RegExp(`^strain\\.money: "${v}" is not asked for audience "young"`));
      }
    }
  });
});
