import { expect } from '@open-wc/testing';
import { BASE, buildRoutes, HELP_AUDIENCES, HELP_LANGS, HELP_ROLES, ROUTES, type HelpAudience, type HelpRole } from '../../../src/data/help/routes.js';
import type { HelplineLang } from '../../../src/data/help/helplines.js';
import { linesFor, linesForRoles } from '../../../src/rules/help/lines.js';

/**
 * The routing table, row by row: role, audience ('both' = the same for adults and the young),
 * language → line ids in the order shown. A new line is one edit in src/data/help/routes.ts plus
 * one row here.
 */
type Row = readonly [HelpRole, HelpAudience | 'both', HelplineLang, readonly string[]];
const ROWS: readonly Row[] = [
  ['danger', 'both', 'nl', ['emergency']],
  ['danger', 'both', 'fr', ['emergency']],
  ['danger', 'both', 'en', ['emergency']],
  ['danger', 'both', 'de', ['emergency']],
  ['suicide', 'both', 'nl', ['suicideLine']],
  ['suicide', 'both', 'fr', ['preventionSuicide']],
  ['suicide', 'both', 'en', ['suicideLine', 'preventionSuicide']],
  ['suicide', 'both', 'de', ['telefonhilfe']],
  ['listen', 'both', 'nl', ['teleOnthaal']],
  ['listen', 'both', 'fr', ['teleAccueil']],
  ['listen', 'both', 'en', ['teleOnthaal', 'teleAccueil']],
  ['listen', 'both', 'de', ['telefonhilfe']],
  ['youthLine', 'both', 'nl', ['awel']],
  ['youthLine', 'both', 'fr', ['ecouteEnfants']],
  ['youthLine', 'both', 'en', ['awel', 'ecouteEnfants']],
  ['youthLine', 'both', 'de', ['telefonhilfe']],
  ['violence', 'both', 'nl', ['violenceLine']],
  ['violence', 'both', 'fr', []],
  ['violence', 'both', 'en', ['violenceLine']],
  ['violence', 'both', 'de', []],
  ['violenceOtherLang', 'both', 'nl', []],
  ['violenceOtherLang', 'both', 'fr', ['violenceLine']],
  ['violenceOtherLang', 'both', 'en', []],
  ['violenceOtherLang', 'both', 'de', ['violenceLine']],
  ['doctorNow', 'both', 'nl', ['doctorOnCall']],
  ['doctorNow', 'both', 'fr', ['doctorOnCall']],
  ['doctorNow', 'both', 'en', ['doctorOnCall']],
  ['doctorNow', 'both', 'de', ['doctorOnCall']],
  ['dementia', 'both', 'nl', ['alzheimerLiga']],
  ['dementia', 'both', 'fr', ['alzheimerLiga']],
  ['dementia', 'both', 'en', ['alzheimerLiga']],
  ['dementia', 'both', 'de', ['alzheimerLiga']],
  ['helpNow', 'adult', 'nl', ['emergency', 'teleOnthaal', 'suicideLine']],
  ['helpNow', 'adult', 'fr', ['emergency', 'teleAccueil', 'preventionSuicide']],
  ['helpNow', 'adult', 'en', ['emergency', 'teleOnthaal', 'teleAccueil', 'suicideLine', 'preventionSuicide']],
  ['helpNow', 'adult', 'de', ['emergency', 'telefonhilfe']],
  ['helpNow', 'young', 'nl', ['emergency', 'awel', 'suicideLine']],
  ['helpNow', 'young', 'fr', ['emergency', 'ecouteEnfants', 'preventionSuicide']],
  ['helpNow', 'young', 'en', ['emergency', 'awel', 'ecouteEnfants', 'suicideLine', 'preventionSuicide']],
  ['helpNow', 'young', 'de', ['emergency', 'telefonhilfe']],
  ['urgent', 'adult', 'nl', ['emergency', 'suicideLine', 'teleOnthaal', 'police']],
  ['urgent', 'adult', 'fr', ['emergency', 'preventionSuicide', 'teleAccueil', 'police']],
  ['urgent', 'adult', 'en', ['emergency', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil', 'police']],
  ['urgent', 'adult', 'de', ['emergency', 'telefonhilfe', 'police']],
  ['urgent', 'young', 'nl', ['emergency', 'suicideLine', 'awel', 'teleOnthaal', 'police']],
  ['urgent', 'young', 'fr', ['emergency', 'preventionSuicide', 'ecouteEnfants', 'teleAccueil', 'police']],
  ['urgent', 'young', 'en', ['emergency', 'suicideLine', 'preventionSuicide', 'awel', 'ecouteEnfants', 'teleOnthaal', 'teleAccueil', 'police']],
  ['urgent', 'young', 'de', ['emergency', 'telefonhilfe', 'police']],
  ['urgentShort', 'adult', 'nl', ['emergency', 'suicideLine', 'teleOnthaal']],
  ['urgentShort', 'adult', 'fr', ['emergency', 'preventionSuicide', 'teleAccueil']],
  ['urgentShort', 'adult', 'en', ['emergency', 'suicideLine', 'preventionSuicide']],
  ['urgentShort', 'adult', 'de', ['emergency', 'telefonhilfe', 'police']],
  ['urgentShort', 'young', 'nl', ['emergency', 'awel', 'suicideLine']],
  ['urgentShort', 'young', 'fr', ['emergency', 'ecouteEnfants', 'preventionSuicide']],
  ['urgentShort', 'young', 'en', ['emergency', 'awel', 'ecouteEnfants']],
  ['urgentShort', 'young', 'de', ['emergency', 'telefonhilfe', 'police']],
];

describe('routing table: role × audience × language → lines', () => {
  for (const [role, audience, lang, want] of ROWS) {
    it(`${role} ${audience} ${lang}`, () => {
      for (const a of audience === 'both' ? HELP_AUDIENCES : [audience]) expect(linesFor(role, a, lang), a).to.deep.equal(want);
    });
  }

  it('the table itself holds the same lists (widgets and tests that read ROUTES directly)', () => {
    for (const [role, audience, lang, want] of ROWS) {
      for (const a of audience === 'both' ? HELP_AUDIENCES : [audience]) expect(ROUTES[role][a][lang], `${role}/${a}/${lang}`).to.deep.equal(want);
    }
  });

  it('the rows cover every role, audience and language', () => {
    for (const role of HELP_ROLES) {
      for (const a of HELP_AUDIENCES) {
        for (const lang of HELP_LANGS) {
          const n = ROWS.filter(([r, aud, l]) => r === role && l === lang && (aud === a || aud === 'both')).length;
          expect(n, `${role}/${a}/${lang}`).to.equal(1);
        }
      }
    }
  });

  it('an unknown language falls back to Dutch; roles combine without duplicates', () => {
    expect(linesFor('listen', 'adult', 'xx' as HelplineLang)).to.deep.equal(['teleOnthaal']);
    expect(linesForRoles(['youthLine', 'listen'], 'young', 'de')).to.deep.equal(['telefonhilfe']);
    expect(linesForRoles(['danger', 'suicide', 'listen'], 'adult', 'en')).to.deep.equal(['emergency', 'suicideLine', 'preventionSuicide', 'teleOnthaal', 'teleAccueil']);
  });
});

describe('routing table: composite roles follow the base roles', () => {
  it('a new youth line is one edit in youthLine and reaches every young list (and no adult one)', () => {
    // A made-up French youth line, added once; `teleAccueil` stands in for its id.
    const routes = buildRoutes({ ...BASE, youthLine: { ...BASE.youthLine, fr: ['ecouteEnfants', 'teleAccueil'] } });
    expect(routes.youthLine.young.fr).to.deep.equal(['ecouteEnfants', 'teleAccueil']);
    expect(routes.helpNow.young.fr).to.deep.equal(['emergency', 'ecouteEnfants', 'teleAccueil', 'preventionSuicide']);
    expect(routes.urgent.young.fr).to.deep.equal(['emergency', 'preventionSuicide', 'ecouteEnfants', 'teleAccueil', 'police']);
    expect(routes.urgentShort.young.fr).to.deep.equal(['emergency', 'ecouteEnfants', 'teleAccueil']);
    expect(routes.helpNow.young.en).to.deep.equal(['emergency', 'awel', 'ecouteEnfants', 'teleAccueil', 'suicideLine', 'preventionSuicide']);
    expect(routes.helpNow.adult.fr).to.deep.equal(ROUTES.helpNow.adult.fr);
    expect(routes.urgent.adult.en).to.deep.equal(ROUTES.urgent.adult.en);
  });

  it('the built table is the exported one', () => {
    expect(buildRoutes(BASE)).to.deep.equal(ROUTES);
  });
});
