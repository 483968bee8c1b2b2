/**
 * Content audit of December 2026: one regression test per finding, each citing its public source.
 */
import { expect } from '@open-wc/testing';
import { f, forms, run, scheme } from './helpers.js';

const terminalFriend = { caredFor: { relation: 'friend' as const, ageYears: 60, situation: ['terminal' as const] } };
const child = (ageYears: number) => ({ caredFor: { relation: 'child' as const, ageYears, situation: [] }, caregiverHoursPerMonth: 20 });

describe('leave rules: content audit fixes (December 2026)', () => {
  // Besox, "Uitbreiding palliatief verlof", 2017-05-02, https://www.besox.be/uitbreiding-palliatief-verlof/ (law of 5 March 2017).
  it('palliative leave: ½ from a 3/4 job, 1/5 still only full-time (Besox 2017)', () => {
    expect(forms(scheme(run({ workRegime: 0.75, ...terminalFriend }), 'palliatiefVerlof'))).to.deep.equal(['FT', 'HALF']);
    expect(forms(scheme(run({ workRegime: 1, ...terminalFriend }), 'palliatiefVerlof'))).to.deep.equal(['FT', 'HALF', 'ONE_FIFTH']);
    expect(forms(scheme(run({ workRegime: 0.6, ...terminalFriend }), 'palliatiefVerlof'))).to.deep.equal(['FT']);
  });

  // FOD WASO, "Wijziging van het recht op uitkeringen vanaf 1 februari 2023",
  // https://werk.belgie.be/nl/nieuws/loopbaanonderbreking-tijdskrediet-en-thematische-verloven-wijziging-van-het-recht-op;
  // Vlaanderen.be, "Voorwaarden voor de aanmoedigingspremie in de privésector" (C62: an RVA allowance first).
  describe('no Flemish premium where the RVA pays no allowance (FOD WASO 2023; Vlaanderen.be conditions)', () => {
    it('FT time credit, child motive, child of 5–7: no allowance, no premium; child of 4: premium', () => {
      for (const age of [5, 6, 7]) {
        const tk = scheme(run(child(age)), 'tijdskredietZorg');
        expect(f(tk, 'FT')?.allowance, `age ${age}`).to.equal(false);
        expect(f(tk, 'FT')?.premium, `age ${age}`).to.equal(undefined);
        expect(f(tk, 'HALF')?.premium?.grossMonthly, `age ${age}`).to.equal(137.28);
      }
      const young = scheme(run(child(4)), 'tijdskredietZorg');
      expect(f(young, 'FT')?.allowance).to.equal(undefined);
      expect(f(young, 'FT')?.premium?.grossMonthly).to.equal(205.92);
    });
    it('before 2023-02-01 the old rule holds: FT for a child of 6 keeps its allowance and premium', () => {
      const tk = scheme(run({ ...child(6), requestDate: '2023-01-31' }, '2023-01-31'), 'tijdskredietZorg');
      expect(f(tk, 'FT')?.allowance).to.equal(undefined);
      expect(f(tk, 'FT')?.premium?.grossMonthly).to.equal(205.92);
    });
    it('½ time credit from a 3/4 job: leave yes, allowance and premium no; worked part-time last year: same', () => {
      const tk = scheme(run({ workRegime: 0.75, regimePastYear: 0.75 }), 'tijdskredietZorg');
      expect(f(tk, 'HALF')?.allowance).to.equal(false);
      expect(f(tk, 'HALF')?.premium).to.equal(undefined);
      const past = scheme(run({ workRegime: 1, regimePastYear: 0.8 }), 'tijdskredietZorg');
      expect(f(past, 'HALF')?.allowance).to.equal(false);
    });
    it('child motive with 24–35 months: no allowance on any form from 2023-06-01 (request date, else asOf)', () => {
      const after = scheme(run({ ...child(3), seniorityMonths: 30 }), 'tijdskredietZorg');
      for (const x of after.forms) { expect(x.allowance, x.form).to.equal(false); expect(x.premium, x.form).to.equal(undefined); }
      // Request made on 2023-05-31, looked at later: the old 24 months still count.
      const before = scheme(run({ ...child(3), seniorityMonths: 30, requestDate: '2023-05-31' }, '2025-10-01'), 'tijdskredietZorg');
      expect(f(before, 'FT')?.allowance).to.equal(undefined);
      expect(f(before, 'FT')?.premium?.grossMonthly).to.equal(205.92);
      // No request date: asOf decides.
      const asOfBefore = scheme(run({ ...child(3), seniorityMonths: 30 }, '2023-05-31'), 'tijdskredietZorg');
      expect(f(asOfBefore, 'FT')?.allowance).to.equal(undefined);
      // Seniority not given: the allowance, and so the premium, is a "check".
      const unknown = scheme(run({ ...child(3), seniorityMonths: undefined }), 'tijdskredietZorg');
      expect(f(unknown, 'FT')?.allowance).to.equal('check');
      expect(f(unknown, 'FT')?.premium?.available).to.equal('check');
    });
  });

  // RVA T164, "Verlof voor mantelzorg"; Samana, "Erkenning als mantelzorger" (https://www.samana.be/erkenning-mantelzorger/):
  // the recognition is asked at one's own health fund at any time.
  describe('caregiver leave without (known) recognition: "check, and here is how" (RVA T164; Samana)', () => {
    const neighbour = { caredFor: { relation: 'neighbour' as const, ageYears: 80, situation: ['dependent' as const] } };
    it('not recognised, 60 h a month → check, ask the health fund', () => {
      const s = scheme(run({ ...neighbour, recognition: 'none', caregiverHoursPerMonth: 60 }), 'mantelzorgverlof');
      expect(s.available).to.equal('check');
      expect(s.reasons).to.include.members(['reason.needsSocialRightsRecognition', 'reason.askRecognitionAtHealthFund']);
      expect(s.forms.length).to.be.greaterThan(0);
    });
    it('general recognition only, hours not given → check, with the hours hint', () => {
      const s = scheme(run({ ...neighbour, recognition: 'general', caregiverHoursPerMonth: undefined }), 'mantelzorgverlof');
      expect(s.available).to.equal('check');
      expect(s.reasons).to.include('reason.recognitionCouldBePossible');
    });
    it('stated hours below 50 a month → no', () => {
      const s = scheme(run({ ...neighbour, recognition: 'none', caregiverHoursPerMonth: 49 }), 'mantelzorgverlof');
      expect(s.available).to.equal(false);
    });
  });

  // BOSA, "Congé d'aidant" (federal civil service): their own 5 days, not CAO 45's 10.
  it('federal civil servants: no "shares 10 days with dwingende redenen" note (BOSA)', () => {
    const r = run({ status: 'federalStatutory', caredFor: { relation: 'father', ageYears: 80, situation: ['seriouslyIll'] } });
    expect(scheme(r, 'zorgverlof').notes).not.to.include('note.zorgverlofFromDwingend');
    expect(scheme(r, 'dwingendeRedenen').notes).not.to.include('note.zorgverlofFromDwingend');
    expect(scheme(run({}), 'zorgverlof').notes).to.include('note.zorgverlofFromDwingend');
  });

  // UCM, "Aidant proche indépendant : quelles aides …": family = spouse or legal cohabitant, or the same address.
  it('self-employed: unmarried partner living elsewhere → check (UCM)', () => {
    const s = scheme(run({ status: 'selfEmployed', caredFor: { relation: 'partner', ageYears: 50, situation: ['seriouslyIll'], livesWithWorker: false } }), 'mantelzorguitkeringZelfstandige');
    expect(s.available).to.equal('check');
    expect(s.reasons).to.include('reason.partnerNotLivingTogetherCheck');
    const together = scheme(run({ status: 'selfEmployed', caredFor: { relation: 'partner', ageYears: 50, situation: ['seriouslyIll'], livesWithWorker: true } }), 'mantelzorguitkeringZelfstandige');
    expect(together.available).to.equal(true);
  });

  // Vlaanderen.be, "Aanmoedigingspremie zorgkrediet: bedrag en uitbetaling (privésector)", undated,
  // https://www.vlaanderen.be/aanmoedigingspremie-zorgkrediet-privesector/aanmoedigingspremie-zorgkrediet-bedrag-en-uitbetaling-privesector
  // ("ouderschapsverlof in weken … mogelijk sinds juni 2019": no premium then).
  it('parental leave: the card says it can be taken in weeks with the employer\'s agreement, without premium (since June 2019)', () => {
    const own = { caredFor: { relation: 'child' as const, ageYears: 3, situation: [] } };
    const now = scheme(run(own), 'ouderschapsverlof');
    expect(now.notes).to.include('note.shorterPeriodsWithAgreement');
    expect(now.sources.some((s) => s.includes('aanmoedigingspremie-zorgkrediet-bedrag'))).to.equal(true);
    expect(scheme(run({ ...own, requestDate: '2019-05-31' }, '2019-05-31'), 'ouderschapsverlof').notes).to.not.include('note.shorterPeriodsWithAgreement');
    expect(scheme(run({ ...own, status: 'federalStatutory' as const }), 'ouderschapsverlof').notes).to.not.include('note.shorterPeriodsWithAgreement');
  });
});
