/**
 * Official Belgian terms in the leave texts (the names the RVA/ONEM, Vlaanderen.be and the German-speaking
 * Community use, and words that mean something else in France or Germany):
 * scheme names per language, and no France/Germany words that mean something else in Belgium.
 */
import { expect } from '@open-wc/testing';
import qnl from '../../../src/i18n/leave/nl.js';
import qfr from '../../../src/i18n/leave/fr.js';
import qde from '../../../src/i18n/leave/de.js';
import qen from '../../../src/i18n/leave/en.js';
import resnl from '../../../src/i18n/leave/result/nl.js';
import resfr from '../../../src/i18n/leave/result/fr.js';
import resde from '../../../src/i18n/leave/result/de.js';
import resen from '../../../src/i18n/leave/result/en.js';
import rnl from '../../../src/i18n/leave/reasons/nl.js';
import rfr from '../../../src/i18n/leave/reasons/fr.js';
import rde from '../../../src/i18n/leave/reasons/de.js';
import ren from '../../../src/i18n/leave/reasons/en.js';

// The widget's texts: the first screen's catalog and the result's (scheme names, letter, …).
const nl = { ...qnl, ...resnl };
const fr = { ...qfr, ...resfr };
const de = { ...qde, ...resde };
const en = { ...qen, ...resen };

const strings = (o: Record<string, unknown>): string => Object.values(o).filter((v): v is string => typeof v === 'string').join('\n');

describe('leave texts: official Belgian terms', () => {
  const names: Record<string, Record<string, string>> = {
    // the official French and German names, as on onem.be and the German-language RVA/LfA pages
    fr: {
      mantelzorgverlof: 'Congé pour aidants proches', medischeBijstand: 'Congé pour assistance médicale', palliatiefVerlof: 'Congé pour soins palliatifs',
      ouderschapsverlof: 'Congé parental', tijdskredietZorg: 'Crédit-temps avec motif', zorgverlof: 'Congé d’aidant', dwingendeRedenen: 'Congé pour raisons impérieuses',
      aanmoedigingspremie: 'Prime d’encouragement', vlaamsZorgkrediet: 'Crédit-soins', mantelzorguitkeringZelfstandige: 'Allocation d’aidant proche',
    },
    de: {
      mantelzorgverlof: 'Urlaub für nahestehende Hilfspersonen', medischeBijstand: 'Urlaub wegen medizinischen Beistands', palliatiefVerlof: 'Urlaub wegen Palliativpflege',
      ouderschapsverlof: 'Elternurlaub', tijdskredietZorg: 'Zeitkredit mit Begründung', dwingendeRedenen: 'Urlaub aus zwingenden Gründen',
      aanmoedigingspremie: 'Flämische Prämie', mantelzorguitkeringZelfstandige: 'Beihilfe für eine nahestehende Hilfsperson',
    },
    nl: {
      mantelzorgverlof: 'Verlof voor mantelzorg', medischeBijstand: 'Verlof voor medische bijstand', palliatiefVerlof: 'Palliatief verlof',
      ouderschapsverlof: 'Ouderschapsverlof', tijdskredietZorg: 'Tijdskrediet met motief', zorgverlof: 'Zorgverlof', dwingendeRedenen: 'Verlof om dwingende redenen',
      aanmoedigingspremie: 'Vlaamse aanmoedigingspremie', vlaamsZorgkrediet: 'Vlaams zorgkrediet', mantelzorguitkeringZelfstandige: 'Mantelzorguitkering',
    },
    en: {
      // EN: "carers' leave" is the 5-day zorgverlof; mantelzorgverlof is "leave for recognised informal carers".
      mantelzorgverlof: 'Leave for recognised informal carers', zorgverlof: 'Carers’ leave', medischeBijstand: 'Medical assistance leave',
    },
  };
  const cats: Record<string, Record<string, unknown>> = { nl, fr, de, en };
  for (const [lang, want] of Object.entries(names)) {
    it(`${lang}: scheme names use the official term`, () => {
      const cat = cats[lang] as Record<string, unknown>;
      for (const [id, term] of Object.entries(want)) expect(String(cat[`scheme.${id}`]), `${lang} ${id}`).to.contain(term);
    });
  }

  it('French: no France-only terms', () => {
    const all = `${strings(fr)}\n${strings(rfr)}`;
    for (const bad of ['proche aidant', 'congé de proche aidant', 'congé de solidarité familiale', 'congé de présence parentale', 'AJPA', 'CAF ', 'Pôle emploi']) {
      expect(all, bad).not.to.contain(bad);
    }
    expect(all).to.contain('ONEM');
  });

  it('German: no Germany-only or ambiguous terms; the LfA pays', () => {
    const all = `${strings(de)}\n${strings(rde)}`;
    for (const bad of ['Pflegeurlaub', 'Pflegezeit', 'Familienpflegezeit', 'Elternzeit', 'Arbeitsagentur', 'Aufmunterungsprämie', 'Zeitkredit mit Motiv', 'Urlaub für pflegende Angehörige', 'RVA', 'ONEM']) {
      expect(all, bad).not.to.contain(bad);
    }
    expect(all).to.contain('LfA');
    expect(all).to.contain('Unterbrechungsgeld');
  });

  it('English: "carer’s leave" never names the caregiver leave', () => {
    expect(String(en['scheme.mantelzorgverlof'])).not.to.match(/carer[’']s leave/i);
    expect(strings(ren)).not.to.match(/carer[’']s leave/i);
  });

  it('Dutch reason texts name the payer as RVA and the premium page as vlaanderen.be', () => {
    expect(rnl['amount.notInSource']).to.contain('RVA');
    expect(rnl['amount.apNotInSource']).to.contain('vlaanderen.be');
    expect(rfr['amount.apNotInSource']).to.contain('vlaanderen.be');
    expect(rde['amount.apNotInSource']).to.contain('vlaanderen.be');
    expect(ren['amount.apNotInSource']).to.contain('vlaanderen.be');
  });

  it('every language has the same figures in its reason texts as Dutch', () => {
    // Numbers (months, days, hours, %, dates) must say the same thing in every language.
    const nums = (s: string): string[] => (s.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort();
    // Where a small number is written as a word ("une fois", "zweimal"), checked by hand on 2026-11-23.
    const wordNumbers = new Set(['reason.hospitalisedChildWeeks', 'note.palliativeExtensions']);
    for (const [lang, cat] of Object.entries({ fr: rfr, de: rde, en: ren })) {
      for (const [k, v] of Object.entries(rnl)) {
        // Summary texts that take their figures as parameters have none of their own.
        if (wordNumbers.has(k) || typeof v !== 'string') continue;
        const other = (cat as Record<string, unknown>)[k] ?? '';
        expect(other, `${lang} ${k}`).to.be.a('string');
        expect(nums(other as string), `${lang} ${k}`).to.deep.equal(nums(v));
      }
    }
  });
});
