import type { Meta } from '@storybook/web-components-vite';
import { exampleStories, langControl, type LangArgs } from './example-stories.js';
import '../src/components/hinge-moment/define.js';
import { hingeMomentExamples } from '../examples/hinge-moment.examples.js';

/**
 * <mz-hinge-moment>: every story comes from hinge-moment.examples.ts (the same states the contract
 * tests check in all four languages), so stories, demo and tests never drift apart.
 */
const meta: Meta<LangArgs> = {
  // The docs tables (attributes, events, parts, custom properties) come from custom-elements.json for this tag.
  component: 'mz-hinge-moment',
  title: 'Widgets/Hinge moment',
  tags: ['autodocs'],
  ...langControl,
  parameters: {
    docs: {
      description: {
        component:
          'A personal, printable checklist for the caregiver at a hospital admission, the discharge home, a move into a care home or the end of life: a few skippable questions, then the steps before, on the day and in the first weeks, each with whom to contact, what to ask or bring, dated amounts and sources. A hospital or care home adds its own contacts and documents (partner JSON), shown first. Nothing leaves the element; `mz-complete` carries the moment and the number of steps only.',
      },
    },
  },
};
export default meta;
const { story, byName } = exampleStories(hingeMomentExamples);

export const Intro = story(byName('intro (no moment: asks which)'));
export const IntroCareHome = story(byName('intro: care home'));
export const WhichMoment = story(byName('first question: which moment'));
export const HelpInPlace = story(byName('question: help already in place'));
export const PlannedAdmission = story(byName('checklist: planned admission'));
export const DischargeNobodyAtHome = story(byName('checklist: discharge, nobody at home, nursing in place'));
export const CareHome = story(byName('checklist: care home (amount and complaint line)'));
export const EndOfLifeAtHome = story(byName('checklist: end of life at home (palliative allowance)'));
export const HospitalContacts = story(byName('checklist with the hospital’s own contacts (partner JSON)'));
