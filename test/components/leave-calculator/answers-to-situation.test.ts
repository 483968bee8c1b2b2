import { expect } from '@open-wc/testing';
import '../../../src/components/leave-calculator/define.js';
import { walk, LEAVE_WALKS } from '../../../examples/leave-calculator.examples.js';
import { answersToSituation } from '../../../src/components/leave-calculator/leave-calculator.answers.js';
import { mount, shadow } from '../../embedding/contract.js';

describe('<mz-leave-calculator> "already used" counters', () => {
  it('keeps "for this person" and "whole career" apart; the career total is never below this person', async () => {
    const career3 = answersToSituation({ used: { mzCareerFT: 3 } });
    expect(career3.used?.mantelzorgverlofThisPerson?.FT).to.equal(undefined);
    expect(career3.used?.mantelzorgverlofCareer?.FT).to.equal(3);
    expect(answersToSituation({ used: { mzFT: 2 } }).used?.mantelzorgverlofCareer?.FT).to.equal(2);
    expect(answersToSituation({ used: { mzFT: 2, mzCareerFT: 1 } }).used?.mantelzorgverlofCareer?.FT).to.equal(2);
  });

  it('asks both questions, with distinct labels', async () => {
    const el = await mount('<mz-leave-calculator></mz-leave-calculator>');
    await walk(LEAVE_WALKS.motherSeriouslyIll, 'used')(el);
    const labels = Array.from(shadow(el).querySelectorAll('label')).map((l) => l.textContent ?? '');
    expect(labels.some((l) => l.includes('déze persoon'))).to.equal(true);
    expect(labels.some((l) => l.includes('hele loopbaan'))).to.equal(true);
  });
});

describe('<mz-leave-calculator> Flemish premium when the workplace region is unknown', () => {
  it('shows the premium as "maybe … (check)", never as a sure amount', async () => {
    const el = await mount('<mz-leave-calculator as-of="2025-10-01"></mz-leave-calculator>');
    const { region: _skip, ...noRegion } = LEAVE_WALKS.motherSeriouslyIll;
    await walk(noRegion)(el);
    const text = (shadow(el).textContent ?? '').replace(/\s+/g, ' ');
    expect(text).to.match(/misschien (ongeveer )?€/);
  });
});
