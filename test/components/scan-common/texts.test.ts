/** One `scanTexts` for both scans: each group and question id finds its own text in every language. */
import { expect } from '@open-wc/testing';
import { scanTexts } from '../../../src/components/scan-common/texts.js';
import { POLICY_GROUPS } from '../../../src/components/policy-scan/policy-scan.answers.js';
import { EMPLOYER_GROUPS } from '../../../src/components/employer-scan/employer-scan.answers.js';
import pNl from '../../../src/i18n/policy-scan/nl.js';
import pDe from '../../../src/i18n/policy-scan/de.js';
import eNl from '../../../src/i18n/employer-scan/nl.js';
import eFr from '../../../src/i18n/employer-scan/fr.js';

describe('scanTexts', () => {
  it('reads the policy scan: pillar.<id> and q.<id>', () => {
    for (const t of [pNl, pDe]) {
      const x = scanTexts(t, 'pillar');
      expect(x.title).to.equal(t.title);
      expect(x.fileName).to.equal(t.fileName);
      expect(POLICY_GROUPS.map((g) => x.group(g.id))).to.deep.equal(POLICY_GROUPS.map((g) => t[`pillar.${g.id as 'find'}`]));
      for (const id of POLICY_GROUPS.flatMap((g) => g.questions)) expect(x.question(id)).to.be.a('string').and.equal((t as Record<string, unknown>)[`q.${id}`]);
    }
  });

  it('reads the employer scan: theme.<id> and q.<id>', () => {
    for (const t of [eNl, eFr]) {
      const x = scanTexts(t, 'theme');
      expect(x.scale).to.deep.equal(t.scale);
      expect(EMPLOYER_GROUPS.map((g) => x.group(g.id)).every((s) => typeof s === 'string' && s.length > 0)).to.equal(true);
      for (const id of EMPLOYER_GROUPS.flatMap((g) => g.questions)) expect(x.question(id)).to.be.a('string').and.equal((t as Record<string, unknown>)[`q.${id}`]);
    }
  });
});
