import { expect } from '@open-wc/testing';
import { scoreOverload, overloadReferrals, type OverloadAnswers } from '../../../src/rules/overload/index.js';
import { fromPattern } from './helpers.js';

const none = { cantGoOn: false, selfHarm: false, harmAtHome: false };

describe('overload: strain band edges (all 10 answered)', () => {
  const rows: [string, number, string][] = [
    ['nnnnnnnnnn', 0, 'low'],
    ['yysnnnnnnn', 5, 'low'],
    ['yyynnnnnnn', 6, 'elevated'],
    ['yyyyysnnnn', 11, 'elevated'],
    ['yyyyyynnnn', 12, 'high'],
    ['yyyyyyyyyy', 20, 'high'],
  ];
  for (const [p, score, band] of rows) {
    it(`${p} → ${score} ${band}`, () => {
      const r = scoreOverload(fromPattern(p));
      expect(r.strainScore).to.equal(score);
      expect(r.strainBand).to.equal(band);
      expect(r.band).to.equal(band);
      expect(r.bandSource).to.equal('strain');
      expect(r.globalBand).to.equal(null);
    });
  }
});

describe('overload: overall rating edges (items all skipped)', () => {
  const rows: [number, string][] = [[0, 'low'], [4, 'low'], [5, 'elevated'], [7, 'elevated'], [8, 'high'], [10, 'high']];
  for (const [g, band] of rows) {
    it(`global ${g} → ${band}, based on the rating`, () => {
      const r = scoreOverload({ strain: {}, global: g, redFlags: none });
      expect(r.answeredStrainItems).to.equal(0);
      expect(r.strainScore).to.equal(null);
      expect(r.band).to.equal(band);
      expect(r.bandSource).to.equal('global');
    });
  }
});

describe('overload: proration (round half up, integer arithmetic)', () => {
  const rows: [string, number, number, string][] = [
    // pattern, n, expected score, band
    ['s-s-nnnnnn', 8, 3, 'low'], // 2/8 → 2.5 → 3 (exact half rounds up)
    ['ss--nnnnnn', 8, 3, 'low'],
    ['s-nnnnnnn-', 8, 1, 'low'], // 1.25 → 1
    ['yys--nnnnn', 8, 6, 'elevated'], // 5 → 6.25 → 6
    ['ys--nnnnnn', 8, 4, 'low'], // 3 → 3.75 → 4
    ['yyyys--nnn', 8, 11, 'elevated'], // 9 → 11.25 → 11
    ['yyyyy--nnn', 8, 13, 'high'], // 10 → 12.5 → 13
    ['yysnnnnnn-', 9, 6, 'elevated'], // 5 → 5.56 → 6: one skip can lift a 5 to elevated
    ['yyyyynnnn-', 9, 11, 'elevated'], // 10 → 11.1 → 11
    ['yyyyysnnn-', 9, 12, 'high'], // 11 → 12.2 → 12
  ];
  for (const [p, n, score, band] of rows) {
    it(`${p} (n=${n}) → ${score} ${band}`, () => {
      const r = scoreOverload(fromPattern(p));
      expect(r.answeredStrainItems).to.equal(n);
      expect(r.strainScore).to.equal(score);
      expect(r.strainBand).to.equal(band);
    });
  }
  it('7 answered items give no strain score; 8 do', () => {
    expect(scoreOverload(fromPattern('yyyyyyy---')).strainScore).to.equal(null);
    expect(scoreOverload(fromPattern('yyyyyyyy--')).strainScore).to.equal(20);
  });
  it('missing keys count as skip', () => {
    const r = scoreOverload({ strain: { time: 'yes', combine: 'yes' } });
    expect(r.answeredStrainItems).to.equal(2);
    expect(r.band).to.equal('incomplete');
    expect(scoreOverload({}).band).to.equal('incomplete');
  });
});

describe('overload: band precedence and source', () => {
  it('equal bands → both', () => {
    expect(scoreOverload(fromPattern('yyynnnnnnn', 5)).bandSource).to.equal('both');
    expect(scoreOverload(fromPattern('yyyyyynnnn', 8)).bandSource).to.equal('both');
  });
  it('higher band wins, source named', () => {
    const a = scoreOverload(fromPattern('yyyyyynnnn', 5));
    expect([a.band, a.bandSource]).to.deep.equal(['high', 'strain']);
    const b = scoreOverload(fromPattern('nnnnnnnnnn', 5));
    expect([b.band, b.bandSource]).to.deep.equal(['elevated', 'global']);
  });
  it('strain missing (n<8) but rating given → rating decides', () => {
    const r = scoreOverload(fromPattern('yyyyyyy---', 2));
    expect([r.band, r.bandSource, r.strainBand]).to.deep.equal(['low', 'global', null]);
  });
  for (const flag of ['cantGoOn', 'selfHarm', 'harmAtHome'] as const) {
    it(`red flag ${flag} alone, nothing else answered → urgent`, () => {
      const r = scoreOverload({ redFlags: { [flag]: true } });
      expect([r.band, r.bandSource]).to.deep.equal(['urgent', 'redFlag']);
      expect(r.redFlags).to.deep.equal([flag]);
      expect(r.tips).to.deep.equal([]);
    });
  }
  it('red flag null or missing counts as no', () => {
    const r = scoreOverload({ global: 2, redFlags: { cantGoOn: null, selfHarm: null } });
    expect(r.band).to.equal('low');
  });
});

describe('overload: tips', () => {
  it('one tip per kind of "yes", in asking order, deduplicated', () => {
    const r = scoreOverload({ ...fromPattern('yyynnyynyy'), routing: { canShare: 'no' } });
    expect(r.tips).to.deep.equal([
      'tip.adult.respite', // time (and alwaysOn, deduplicated)
      'tip.adult.combine',
      'tip.adult.gp', // physical (and health)
      'tip.adult.social',
      'tip.adult.talk', // outlook
      'tip.adult.share',
    ]);
  });
  it('"sometimes" gives no tip; incomplete still gives tips', () => {
    expect(scoreOverload(fromPattern('ssssssssss')).tips).to.deep.equal([]);
    const r = scoreOverload(fromPattern('y---------'));
    expect(r.band).to.equal('incomplete');
    expect(r.tips).to.deep.equal(['tip.adult.respite']);
  });
  it('no tips on urgent (help comes first)', () => {
    const a: OverloadAnswers = { ...fromPattern('yyyyyyyyyy'), redFlags: { cantGoOn: true } };
    expect(scoreOverload(a).tips).to.deep.equal([]);
  });
});

describe('overload: referrals per band and language', () => {
  it('urgent (nl): 112 first, then 1813, 106, 1712, 1733, GP', () => {
    expect(scoreOverload({ redFlags: { selfHarm: true } }).referrals).to.deep.equal([
      'emergency', 'suicideLine', 'teleOnthaal', 'violenceLine', 'doctorOnCall', 'gp',
    ]);
  });
  it('urgent (fr): 112, 107, 0800 32 123 first; 1712 (Dutch-speaking, no verified French line) comes late', () => {
    const r = scoreOverload({ redFlags: { cantGoOn: true } }, { lang: 'fr' }).referrals;
    expect(r.slice(0, 3)).to.deep.equal(['emergency', 'teleAccueil', 'preventionSuicide']);
    expect(r.indexOf('violenceLine')).to.be.greaterThan(r.indexOf('doctorOnCall'));
    const harm = scoreOverload({ redFlags: { harmAtHome: true } }, { lang: 'de' }).referrals;
    expect(harm.slice(0, 2)).to.deep.equal(['emergency', 'telefonhilfe']);
    expect(harm).to.include('violenceLine');
  });
  it('urgent: the line that matches the answer comes right after 112', () => {
    expect(scoreOverload({ redFlags: { harmAtHome: true } }).referrals.slice(0, 2)).to.deep.equal(['emergency', 'violenceLine']);
    expect(scoreOverload({ redFlags: { cantGoOn: true } }).referrals.slice(0, 2)).to.deep.equal(['emergency', 'teleOnthaal']);
    expect(scoreOverload({ redFlags: { selfHarm: true, harmAtHome: true } }).referrals.slice(0, 3)).to.deep.equal(['emergency', 'suicideLine', 'violenceLine']);
    // young: harm at home → 1712 first (a child may be unsafe at home)
    expect(scoreOverload({ redFlags: { harmAtHome: true } }, { audience: 'young' }).referrals.slice(0, 2)).to.deep.equal(['emergency', 'violenceLine']);
  });
  it('urgent (de): 112 then Telefonhilfe 108 once', () => {
    const r = scoreOverload({ redFlags: { cantGoOn: true } }, { lang: 'de' }).referrals;
    expect(r.slice(0, 2)).to.deep.equal(['emergency', 'telefonhilfe']);
    expect(r.filter((x) => x === 'telefonhilfe')).to.have.length(1);
  });
  it('every band starts with the right kind of help', () => {
    expect(overloadReferrals('high')[0]).to.equal('gp');
    expect(overloadReferrals('elevated')).to.include.members(['associations', 'respite', 'recognitionQuiz', 'leaveCalculator']);
    expect(overloadReferrals('low')).to.deep.equal(['associations']);
    expect(overloadReferrals('incomplete')).to.deep.equal(['teleOnthaal', 'caw', 'gp']);
    expect(overloadReferrals('incomplete', 'adult', 'fr')).to.deep.equal(['teleAccueil', 'casg', 'gp']);
  });
  it('every band, audience and language has at least one referral, no duplicates', () => {
    for (const band of ['urgent', 'high', 'elevated', 'low', 'incomplete'] as const) {
      for (const audience of ['adult', 'young'] as const) {
        for (const lang of ['nl', 'fr', 'en', 'de'] as const) {
          const r = overloadReferrals(band, audience, lang);
          expect(r.length, `${band}/${audience}/${lang}`).to.be.greaterThan(0);
          expect(new Set(r).size).to.equal(r.length);
          if (band === 'urgent') expect(r[0]).to.equal('emergency');
        }
      }
    }
  });
});

describe('overload: bad input is rejected with a TypeError/RangeError naming path, value and allowed values', () => {
  // [what, answers, error class, message start (the JSON path), text the message must also contain]
  const bad: [string, unknown, typeof TypeError | typeof RangeError, string, string][] = [
    ['unknown strain value', { strain: { time: 'often' } }, RangeError, 'strain.time: "often"', 'no, sometimes, yes, skip'],
    ['number as strain value', { strain: { time: 2 } }, TypeError, 'strain.time:', 'got 2'],
    ['unknown strain item (typo)', { strain: { alwayson: 'yes' } }, RangeError, 'strain: unknown key "alwayson"', 'alwaysOn'],
    ['unknown red flag (typo)', { redFlags: { selfharm: true } }, RangeError, 'redFlags: unknown key "selfharm"', 'selfHarm'],
    ['red flag as string', { redFlags: { selfHarm: 'yes' } }, TypeError, 'redFlags.selfHarm:', 'true or false'],
    ['global 11', { global: 11 }, RangeError, 'global: 11', 'whole number from 0 to 10'],
    ['global -1', { global: -1 }, RangeError, 'global: -1', 'whole number from 0 to 10'],
    ['global 4.5', { global: 4.5 }, RangeError, 'global: 4.5', 'whole number from 0 to 10'],
    ['global NaN', { global: Number.NaN }, RangeError, 'global: NaN', 'whole number from 0 to 10'],
    ['global "5"', { global: '5' }, TypeError, 'global:', 'got "5"'],
    ['unknown top-level key', { strains: {} }, RangeError, '(root): unknown key "strains"', 'strain, global, redFlags, routing'],
    ['strain not an object', { strain: 'yes' }, TypeError, 'strain:', 'a plain object'],
    ['answers null', null, TypeError, '(root):', 'got null'],
    ['answers an array', [], TypeError, '(root):', 'an array'],
    ['a __proto__ key', JSON.parse('{"__proto__":{"global":3}}'), RangeError, '(root): unknown key "__proto__"', 'strain'],
    ['bad canShare', { routing: { canShare: 'maybe' } }, RangeError, 'routing.canShare: "maybe"', 'yes, no, dontKnow, skip'],
    ['bad careFor', { routing: { careFor: ['cats'] } }, RangeError, 'routing.careFor[0]: "cats"', 'dementia'],
  ];
  for (const [name, answers, type, start, also] of bad) {
    it(name, () => {
      let caught: unknown;
      try {
        scoreOverload(answers as OverloadAnswers);
      } catch (e) {
        caught = e;
      }
      expect(caught).to.be.instanceOf(type);
      const msg = (caught as Error).message;
      expect(msg.startsWith(start), msg).to.equal(true);
      expect(msg).to.contain(also);
    });
  }
  it('bad options', () => {
    expect(() => scoreOverload({}, { audience: 'kid' as 'young' })).to.throw(RangeError, /^options\.audience: "kid" is not one of adult, young/);
    expect(() => scoreOverload({}, { lang: 'es' as 'nl' })).to.throw(RangeError, /^options\.lang: "es" is not one of nl, fr, en, de/);
    expect(() => scoreOverload({}, { langs: 'nl' } as unknown as { lang: 'nl' })).to.throw(RangeError, /^options: unknown key "langs"/);
  });
  it('missing fields and documented nulls stay allowed', () => {
    expect(scoreOverload({}).band).to.equal('incomplete');
    expect(scoreOverload({ global: null, redFlags: { selfHarm: null }, routing: { canShare: null } }, null as unknown as undefined).band).to.equal('incomplete');
  });
  it('overloadReferrals checks its arguments too', () => {
    expect(() => overloadReferrals('panic' as 'urgent')).to.throw(RangeError, /^band: "panic" is not one of urgent, high/);
    expect(() => overloadReferrals('high', 'kid' as 'young')).to.throw(RangeError, /^audience: "kid"/);
    expect(() => overloadReferrals('high', 'adult', 'es' as 'nl')).to.throw(RangeError, /^lang: "es"/);
    expect(() => overloadReferrals('urgent', 'adult', 'nl', ['selfharm' as 'selfHarm'])).to.throw(RangeError, /^redFlags\[0\]: "selfharm"/);
    expect(overloadReferrals('urgent', 'adult', 'nl', ['selfHarm'])[1]).to.equal('suicideLine');
  });
});
