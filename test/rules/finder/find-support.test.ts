import { expect } from '@open-wc/testing';
import { findSupport, FINDER_CARE_FOR, FINDER_NEEDS, type FinderItem, type FinderResult } from '../../../src/rules/finder/index.js';
import { RECORDS, type FinderRecord } from '../../../src/data/finder/records.js';

const SIX = ['coponcho', 'lieverThuisLm', 'mantelzorgnetwerk', 'okraZorgrecht', 'samana', 'steunpuntMantelzorg'];
const ALPHA_NAMES = ['Coponcho', 'Liever Thuis LM', 'Mantelzorgnetwerk', 'OKRA-ZORGRECHT', 'Samana', 'Steunpunt Mantelzorg'];
const ids = (items: FinderItem[]) => items.map((i) => i.id);
const all = (r: FinderResult) => [...r.urgent, ...r.local, ...r.associations, ...r.helplines, ...r.services];
const find = (r: FinderResult, id: string) => all(r).find((i) => i.id === id);

describe('findSupport: defaults', () => {
  it('works with no arguments (lang nl) and lists all six recognised associations alphabetically', () => {
    const r = findSupport();
    expect(r.lang).to.equal('nl');
    expect(r.urgent).to.deep.equal([]);
    expect(r.local).to.deep.equal([]);
    expect(r.associations.map((a) => a.name)).to.deep.equal(ALPHA_NAMES);
    expect(r.associations.every((a) => a.recognised)).to.equal(true);
    expect(r.count).to.equal(all(r).length);
  });

  it('gives general routes (recognition, VEM, Sociale Kaart) to every profile', () => {
    const r = findSupport({});
    expect(ids(r.services)).to.include.members(['healthFundRecognition', 'vem', 'socialeKaart']);
  });

  it('says membership is free on every recognised association', () => {
    for (const a of findSupport().associations) expect(a.reasons).to.include('reason.freeMembership');
  });

  it('returns the same object shape for each item (id, name, phone, website, reasons)', () => {
    for (const i of all(findSupport({ danger: true, needs: ['talk'] }))) {
      expect(i.id).to.be.a('string');
      expect(i.name).to.be.a('string').and.not.equal('');
      expect(i.reasons).to.be.an('array').that.is.not.empty;
      if (i.phone) expect(i.tel).to.match(/^tel:\+?\d+$/);
    }
  });
});

describe('findSupport: every careFor value', () => {
  const expectations: Record<string, string[]> = {
    older: ['okraZorgrecht', 'sittingService', 'dayCare', 'shortStay', 'localServiceCentre'],
    dementia: ['dementiaExpertise', 'alzheimerLiga', 'sittingService'],
    mentalHealth: ['teleOnthaal'],
    disability: ['samana', 'sittingService'],
    chronicIllness: ['samana', 'dayCare'],
    childWithNeeds: ['magenta', 'sittingService'],
    palliative: ['palliativeDayCentre', 'sittingService', 'gp'],
  };
  for (const c of FINDER_CARE_FOR) {
    it(`careFor ${c} lists the fitting records with reason.careFor.${c}`, () => {
      const r = findSupport({ careFor: [c] });
      for (const id of expectations[c]) {
        const item = find(r, id);
        expect(item, id).to.exist;
        expect(item!.reasons, id).to.include(`reason.careFor.${c}`);
      }
      expect(ids(r.associations)).to.include.members(SIX);
    });
  }

  it('a fitting association comes before the others; the rest stay alphabetical', () => {
    const r = findSupport({ careFor: ['older'] });
    expect(r.associations[0].id).to.equal('okraZorgrecht');
    expect(r.associations.slice(1).map((a) => a.name)).to.deep.equal(ALPHA_NAMES.filter((n) => n !== 'OKRA-ZORGRECHT'));
  });

  it('Magenta is shown (not recognised) only for a child with extra needs', () => {
    expect(find(findSupport({}), 'magenta')).to.equal(undefined);
    const m = find(findSupport({ careFor: ['childWithNeeds'] }), 'magenta')!;
    expect(m.recognised).to.equal(false);
  });
});

describe('findSupport: every need value', () => {
  const expectations: Record<string, string[]> = {
    rights: ['healthFundRecognition', 'rechtenverkenner', 'vem', ...SIX],
    peers: [...SIX, 'mantelzorghub', 'localServiceCentre'],
    respite: ['sittingService', 'healthFundSocialService', 'socialeKaart'],
    holidays: ['samana'],
    training: [...SIX, 'mantelzorghub'],
    talk: ['teleOnthaal', 'caw', 'gp'],
    complaint: ['okraZorgrecht', 'woonzorglijn'],
  };
  for (const n of FINDER_NEEDS) {
    it(`need ${n} lists the fitting records with reason.need.${n}`, () => {
      const r = findSupport({ needs: [n] });
      for (const id of expectations[n]) {
        const item = find(r, id);
        expect(item, id).to.exist;
        expect(item!.reasons, id).to.include(`reason.need.${n}`);
      }
    });
  }

  it('a need all six share keeps them tied, so they stay alphabetical', () => {
    expect(findSupport({ needs: ['peers'] }).associations.map((a) => a.name)).to.deep.equal(ALPHA_NAMES);
    expect(findSupport({ needs: ['training', 'peers'] }).associations.map((a) => a.name)).to.deep.equal(ALPHA_NAMES);
  });

  it('respite without a situation does not show youth-only services', () => {
    expect(find(findSupport({ needs: ['respite'] }), 'jac')).to.equal(undefined);
  });
});

describe('findSupport: danger', () => {
  it('puts 112, 1813 and 106 first for a Dutch reader', () => {
    const r = findSupport({ danger: true });
    expect(ids(r.urgent).slice(0, 3)).to.deep.equal(['emergency', 'suicideLine', 'teleOnthaal']);
    expect(r.urgent.every((i) => i.reasons.includes('reason.danger'))).to.equal(true);
  });
  it('under-25s: 112, the 24/7 suicide line, then the youth line (limited hours), then 106', () => {
    const r = findSupport({ danger: true, ageGroup: 'under25' });
    expect(ids(r.urgent).slice(0, 4)).to.deep.equal(['emergency', 'suicideLine', 'awel', 'teleOnthaal']);
  });
  it('uses the French lines for a French reader and says which ones are in Dutch', () => {
    const r = findSupport({ danger: true }, { lang: 'fr' });
    expect(ids(r.urgent).slice(0, 3)).to.deep.equal(['emergency', 'preventionSuicide', 'teleAccueil']);
    const young = findSupport({ danger: true, ageGroup: 'under25' }, { lang: 'fr' });
    expect(ids(young.urgent).slice(0, 4)).to.deep.equal(['emergency', 'preventionSuicide', 'ecouteEnfants', 'teleAccueil']);
  });
  it('uses 108 for a German reader (no German suicide line exists)', () => {
    const r = findSupport({ danger: true }, { lang: 'de' });
    expect(ids(r.urgent).slice(0, 2)).to.deep.equal(['emergency', 'telefonhilfe']);
  });
  it('does not list an urgent line twice', () => {
    const r = findSupport({ danger: true, needs: ['talk'] });
    const seen = ids([...r.urgent, ...r.helplines]);
    expect(new Set(seen).size).to.equal(seen.length);
  });
  it('no danger: no urgent group', () => {
    expect(findSupport({ danger: false }).urgent).to.deep.equal([]);
  });
});

describe('findSupport: under 25', () => {
  it('adds ZoJong!, JAC and the youth line; ZoJong! first, the six stay tied and alphabetical', () => {
    const r = findSupport({ ageGroup: 'under25' });
    expect(ids(r.associations)).to.include('zojong');
    expect(ids(r.associations)[0]).to.equal('zojong');
    expect(r.associations.filter((a) => a.recognised).map((a) => a.name)).to.deep.equal(ALPHA_NAMES);
    expect(ids(r.services)).to.include('jac');
    expect(ids(r.helplines)).to.include('awel');
    expect(find(r, 'zojong')!.reasons).to.include('reason.young');
  });
  it('adults do not get ZoJong! or JAC', () => {
    const r = findSupport({ ageGroup: 'adult' });
    expect(find(r, 'zojong')).to.equal(undefined);
    expect(find(r, 'jac')).to.equal(undefined);
  });
  it('French young readers get Jeunes & Aidants Proches and 103', () => {
    const r = findSupport({ ageGroup: 'under25' }, { lang: 'fr' });
    expect(ids(r.associations)).to.include('jeunesAidantsProches');
    expect(ids(r.helplines)).to.include('ecouteEnfants');
  });
});

describe('findSupport: health fund highlighting', () => {
  const base = findSupport({ careFor: ['dementia'], needs: ['peers'] });
  for (const fund of ['cm', 'solidaris', 'lm', 'helan', 'partena', 'vnz', 'hziv', 'hrrail', 'unknown'] as const) {
    it(`${fund}: never hides or reorders`, () => {
      const r = findSupport({ careFor: ['dementia'], needs: ['peers'], healthFund: fund });
      expect(ids(r.associations)).to.deep.equal(ids(base.associations));
      expect(ids(r.services)).to.deep.equal(ids(base.services));
      expect(r.count).to.equal(base.count);
    });
  }
  it('CM: Samana is marked as linked, never "automatically a member" (only a local group page says so)', () => {
    const s = find(findSupport({ healthFund: 'cm' }), 'samana')!;
    expect(s.highlight).to.equal('linkedToYourFund');
    expect(s.reasons).to.include('reason.linkedToYourFund');
    expect(s.reasons).not.to.include('reason.autoMember');
    expect(s.affiliation).not.to.match(/automatisch/);
  });
  it('LM and Solidaris: the association of that fund is marked as linked', () => {
    expect(find(findSupport({ healthFund: 'lm' }), 'lieverThuisLm')!.highlight).to.equal('linkedToYourFund');
    expect(find(findSupport({ healthFund: 'solidaris' }), 'coponcho')!.highlight).to.equal('linkedToYourFund');
  });
  it('a neutral fund or "unknown" highlights nothing', () => {
    for (const f of ['helan', 'partena', 'vnz', 'unknown'] as const) {
      expect(findSupport({ healthFund: f }).associations.some((a) => a.highlight)).to.equal(false);
    }
  });
  it('only one association is highlighted per fund', () => {
    expect(findSupport({ healthFund: 'cm' }).associations.filter((a) => a.highlight).length).to.equal(1);
  });
});

describe('findSupport: neutrality', () => {
  it('equal fits come out in the same order whatever the reader language', () => {
    const nl = ids(findSupport({}, { lang: 'nl' }).associations.filter((a) => a.recognised));
    for (const lang of ['fr', 'en', 'de'] as const) {
      expect(ids(findSupport({}, { lang }).associations.filter((a) => a.recognised))).to.deep.equal(nl);
    }
  });
  it('the order does not depend on the order of the data (pillar-blind)', () => {
    const before = ids(findSupport().associations);
    const mutable = RECORDS as FinderRecord[];
    mutable.reverse();
    try {
      expect(ids(findSupport().associations)).to.deep.equal(before);
    } finally {
      mutable.reverse();
    }
  });
  it('no association outranks another without a reason from the profile', () => {
    for (const a of findSupport({ healthFund: 'cm' }).associations) expect(a.score).to.equal(0);
  });
  it('shuffle: same order all day, a permutation of the same items, ties only', () => {
    const day = new Date(2026, 10, 23, 8, 0);
    const later = new Date(2026, 10, 23, 22, 0);
    const a = ids(findSupport({}, { order: 'shuffle', today: day }).associations);
    const b = ids(findSupport({}, { order: 'shuffle', today: later }).associations);
    expect(a).to.deep.equal(b);
    expect([...a].sort()).to.deep.equal([...SIX].sort());
    const fit = ids(findSupport({ careFor: ['older'] }, { order: 'shuffle', today: day }).associations);
    expect(fit[0]).to.equal('okraZorgrecht');
  });
  it('shuffle: over a month each of the six is first at least once', () => {
    const firsts = new Set<string>();
    for (let d = 1; d <= 60; d++) firsts.add(findSupport({}, { order: 'shuffle', today: new Date(2026, 0, d) }).associations[0].id);
    expect([...firsts].sort()).to.deep.equal([...SIX].sort());
  });
});

describe('findSupport: languages', () => {
  it('uses reader-language texts when given (the widget loads them as a lazy namespace per language)', async () => {
    const texts = (await import('../../../src/i18n/finder/records/fr.js')).default;
    const r = findSupport({}, { lang: 'fr', texts });
    expect(r.associations.find((a) => a.id === 'samana')!.description).to.match(/néerlandais/);
    expect(r.associations.find((a) => a.id === 'samana')!.affiliation).to.match(/Mutualité chrétienne/);
    expect('records' in (await import('../../../src/i18n/finder/nl.js')).default, 'not in the widget catalog').to.equal(false);
    expect('records' in (await import('../../../src/i18n/finder/fr.js')).default, 'not in the widget catalog').to.equal(false);
  });
  it('a French reader sees that the Flemish associations work in Dutch, and Aidants Proches first', () => {
    const r = findSupport({}, { lang: 'fr' });
    expect(r.associations[0].id).to.equal('aidantsProches');
    expect(r.associations[0].reasons).to.include('reason.sameLanguage');
    for (const a of r.associations.filter((x) => x.recognised)) expect(a.reasons).to.include('reason.inDutch');
    expect(r.associations.find((a) => a.id === 'samana')!.description, 'without texts: Dutch').to.match(/Vereniging/);
  });
  it('a German reader sees the Dutch note; Dutch readers do not', () => {
    for (const a of findSupport({}, { lang: 'de' }).associations.filter((x) => x.recognised)) expect(a.reasons).to.include('reason.inDutch');
    for (const a of findSupport({}, { lang: 'nl' }).associations) expect(a.reasons).not.to.include('reason.inDutch');
  });
  it('in Brussels, English and German readers also see Aidants Proches (in French); Dutch readers do not', () => {
    for (const lang of ['en', 'de'] as const) {
      const a = findSupport({}, { lang, region: 'brussels' }).associations.find((x) => x.id === 'aidantsProches');
      expect(a, lang).to.exist;
      expect(a!.reasons).to.include('reason.inFrench');
    }
    expect(find(findSupport({}, { lang: 'en' }), 'aidantsProches'), 'en in Flanders').to.equal(undefined);
    expect(find(findSupport({}, { lang: 'nl', region: 'brussels' }), 'aidantsProches')).to.equal(undefined);
  });
  it('Brussels partners get the Brussels caregiver centre; Flemish ones do not', () => {
    expect(find(findSupport({}, { region: 'brussels' }), 'kenniscentrumWwz')).to.exist;
    expect(find(findSupport({}), 'kenniscentrumWwz')).to.equal(undefined);
    expect(find(findSupport({ needs: ['peers'] }, { region: 'brussels' }), 'mantelzorghub')).to.equal(undefined);
  });
});

describe('findSupport: privacy', () => {
  it('does not put the profile in the result', () => {
    const r = findSupport({ danger: true, ageGroup: 'under25', careFor: ['dementia'], needs: ['talk'], healthFund: 'cm' });
    const json = JSON.stringify(r);
    expect(json).not.to.contain('"danger"');
    expect(json).not.to.contain('"healthFund"');
    expect(json).not.to.contain('"ageGroup"');
  });
});

describe('findSupport: all (the list view shows everything)', () => {
  const LIST_LINES_NL = ['suicideLine', 'teleOnthaal', 'awel', 'violenceLine', 'doctorOnCall', 'alzheimerLiga'];
  const overlay = { offers: [{ name: 'Oppas Zonnedorp', tags: ['respite'] }, { name: 'Dementiecafé', tags: ['dementia', 'peers'] }, { name: 'Jongerenpunt', tags: ['young'] }] };
  const inRegion = (region: 'flanders' | 'brussels', kind: FinderRecord['kind']) =>
    RECORDS.filter((r) => r.kind === kind && r.regions.includes(region)).map((r) => r.id).sort();

  it('without answers: every association, helpline, service and partner offer of the region, none left out', () => {
    const r = findSupport({}, { all: true, overlay });
    expect(ids(r.associations).sort()).to.deep.equal(inRegion('flanders', 'association'));
    expect(ids(r.services).sort()).to.deep.equal(inRegion('flanders', 'service'));
    expect(ids(r.helplines)).to.deep.equal(LIST_LINES_NL);
    expect(r.local.map((i) => i.name)).to.deep.equal(['Oppas Zonnedorp', 'Dementiecafé', 'Jongerenpunt']);
    expect(r.urgent).to.deep.equal([]);
    expect(r.count).to.equal(r.associations.length + r.helplines.length + r.services.length + r.local.length);
  });

  it('the same items whatever the answers; answers only order them and give reasons', () => {
    const none = findSupport({}, { all: true, overlay });
    const some = findSupport({ ageGroup: 'adult', careFor: ['older'], needs: ['respite'] }, { all: true, overlay });
    for (const g of ['associations', 'helplines', 'services', 'local'] as const) expect(ids(some[g]).sort(), g).to.deep.equal(ids(none[g]).sort());
    expect(some.associations[0]!.id).to.equal('okraZorgrecht');
    expect(some.local[0]!.name).to.equal('Oppas Zonnedorp');
    // Something that fits nothing is there, without a reason of fit.
    expect(find(some, 'zojong')!.score).to.equal(0);
    expect(find(some, 'jac')).to.exist;
    expect(find(some, 'violenceLine')!.reasons).to.deep.equal([]);
  });

  it('fits first: a line with a reason comes before the lines without one', () => {
    const r = findSupport({ careFor: ['dementia'] }, { all: true });
    expect(r.helplines[0]!.id).to.equal('alzheimerLiga');
    expect(r.helplines[0]!.reasons).to.deep.equal(['reason.careFor.dementia']);
  });

  it('reader-language lines, never a line twice; 112 and 101 stay in the urgent strip', () => {
    const fr = findSupport({}, { all: true, lang: 'fr' });
    expect(ids(fr.helplines)).to.deep.equal(['preventionSuicide', 'teleAccueil', 'ecouteEnfants', 'violenceLine', 'doctorOnCall', 'alzheimerLiga']);
    const de = findSupport({ danger: true }, { all: true, lang: 'de' });
    const every = ids(all(de));
    expect(new Set(every).size).to.equal(every.length);
    const nl = ids(findSupport({}, { all: true }).helplines);
    expect(nl).not.to.include('emergency');
    expect(nl).not.to.include('police');
  });

  it('the region still holds: Brussels-only and Flanders-only records follow the partner\'s region', () => {
    const b = findSupport({}, { all: true, region: 'brussels' });
    expect(ids(b.services).sort()).to.deep.equal(inRegion('brussels', 'service'));
    expect(find(b, 'mantelzorghub')).to.equal(undefined);
  });

  it('is checked like every option: a non-boolean throws', () => {
    expect(() => findSupport({}, { all: 'yes' as unknown as boolean })).to.throw(TypeError, /options\.all/);
  });
});
