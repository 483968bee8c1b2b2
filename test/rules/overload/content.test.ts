/**
 * Content fixes of the December 2026 source review, each pinned by a test: no unsourced "premiums" claim for
 * the health fund's social service, 1733 never stated as if it covered every municipality, 1712
 * (working days only, no emergency line) never first after 112 for a young reader without the youth
 * line next to it, and Young Heroes (no source after its 2019 launch) not offered.
 */
import { expect } from '@open-wc/testing';
import { OVERLOAD_REFERRALS_META, overloadReferrals } from '../../../src/rules/overload/index.js';
import { SERVICE_REFERRAL_IDS } from '../../../src/data/overload/referrals.js';
import { HELPLINES } from '../../../src/data/help/helplines.js';
import nl from '../../../src/i18n/overload/result/nl.js';
import fr from '../../../src/i18n/overload/result/fr.js';
import en from '../../../src/i18n/overload/result/en.js';
import de from '../../../src/i18n/overload/result/de.js';
import qNl from '../../../src/i18n/overload/nl.js';
import qFr from '../../../src/i18n/overload/fr.js';
import qEn from '../../../src/i18n/overload/en.js';
import qDe from '../../../src/i18n/overload/de.js';

const RESULT = { nl, fr, en, de };
const QUESTIONS = { nl: qNl, fr: qFr, en: qEn, de: qDe };
const BANDS = ['urgent', 'high', 'elevated', 'low', 'incomplete'] as const;
const LANGS = ['nl', 'fr', 'en', 'de'] as const;

/** Every string of a catalog (nested lists and the young overrides included; functions called with a sample). */
function strings(o: unknown): string[] {
  if (typeof o === 'string') return [o];
  if (typeof o === 'function') return [String((o as (...a: unknown[]) => unknown)(() => '000', 1, 2))];
  if (Array.isArray(o)) return o.flatMap(strings);
  if (o && typeof o === 'object') return Object.values(o).flatMap(strings);
  return [];
}

describe('overload content fixes (source review, December 2026)', () => {
  it('no "premiums" promised by the health fund (social service); it gives support and information', () => {
    for (const lang of LANGS) {
      const all = strings(RESULT[lang]).join('\n');
      // Word boundaries: "premier accueil" is not a premium.
      expect(all, lang).not.to.match(/\bpremies?\b|\bprimes?\b|prämie|beihilfe|allowance/i);
    }
    expect(nl['ref.healthFundSocial.text']).to.contain('steun en informatie');
    expect(fr['ref.healthFundSocial.text']).to.contain('vous soutient et vous informe');
    expect(en['ref.healthFundSocial.text']).to.contain('support and information');
    expect(de['ref.healthFundSocial.text']).to.contain('unterstützt und informiert');
    // The recognition is asked at the health fund: sourced (Royal Decree of 16 June 2020).
    expect(OVERLOAD_REFERRALS_META.sources).to.include('http://www.ejustice.just.fgov.be/eli/besluit/2020/06/16/2020202727/justel');
  });

  it('every text naming 1733 hedges its coverage and points to the own GP', () => {
    const hedge: Record<(typeof LANGS)[number], RegExp> = {
      nl: /in veel gemeenten.*je eigen huisarts/i,
      fr: /dans beaucoup de communes.*votre médecin généraliste/i,
      en: /in many municipalities.*your own GP/i,
      de: /In vielen Gemeinden.*Ihr Hausarzt/i,
    };
    for (const lang of LANGS) {
      const named = [...strings(RESULT[lang]), ...strings(QUESTIONS[lang])].filter((s) => s.includes('1733'));
      expect(named.length, lang).to.be.greaterThan(0);
      for (const s of named) expect(s, lang).to.match(hedge[lang]);
    }
  });

  it('the young urgent lines keep 112 and the youth line before or next to 1712', () => {
    for (const lang of LANGS) {
      for (const flags of [[], ['harmAtHome'], ['selfHarm'], ['cantGoOn'], ['selfHarm', 'harmAtHome']] as const) {
        const r = overloadReferrals('urgent', 'young', lang, flags);
        const v = r.indexOf('violenceLine');
        if (v < 0) continue;
        const youth = r.findIndex((id) => id === 'awel' || id === 'ecouteEnfants' || id === 'telefonhilfe');
        expect(r[0], `${lang} ${flags.join('+')}`).to.equal('emergency');
        expect(youth >= 0 && (youth < v || youth === v + 1), `${lang} ${flags.join('+')}: ${r.join(', ')}`).to.equal(true);
      }
    }
  });

  it('1712 is shown as a working-days line (shared helpline note) and no emergency line (overload text)', () => {
    expect(HELPLINES.violenceLine.note).to.deep.equal({ nl: 'Op werkdagen', fr: 'Les jours ouvrables', en: 'On working days', de: 'An Werktagen' });
    expect(HELPLINES.violenceLine.free).to.equal(true);
    expect(qNl['line.violenceLine.notEmergency']).to.match(/noodnummer.*112 of 101/);
    expect(qFr['line.violenceLine.notEmergency']).to.match(/urgence.*112 ou le 101/);
    expect(qEn['line.violenceLine.notEmergency']).to.match(/emergency.*112 or 101/);
    expect(qDe['line.violenceLine.notEmergency']).to.match(/Notrufnummer.*112 oder 101/);
  });

  it('Young Heroes is not offered (only source: its 2019 launch)', () => {
    expect(SERVICE_REFERRAL_IDS as readonly string[]).not.to.include('youngHeroes');
    for (const band of BANDS) for (const lang of LANGS) expect(overloadReferrals(band, 'young', lang), `${band} ${lang}`).not.to.include('youngHeroes');
    for (const lang of LANGS) expect(strings(RESULT[lang]).join('\n'), lang).not.to.match(/young heroes/i);
    expect(OVERLOAD_REFERRALS_META.sources.join(' ')).not.to.contain('young-heroes');
  });
});
