import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleStories, langControl, type LangArgs } from './example-stories.js';
import '../src/components/association-finder/define.js';
import { associationFinderExamples } from '../examples/association-finder.examples.js';

/**
 * <mz-association-finder>: every story comes from association-finder.examples.ts (the same states
 * the contract tests check), so stories, demo and tests never drift apart.
 */
const meta: Meta<LangArgs> = {
  // The docs tables (attributes, events, parts, custom properties) come from custom-elements.json for this tag.
  component: 'mz-association-finder',
  title: 'Widgets/Association finder',
  tags: ['autodocs'],
  ...langControl,
  parameters: {
    docs: {
      description: {
        component:
          'Finds the caregiver associations, helplines and local support that fit a situation. Guided path or direct list with filters; partner overlay for local offers and the municipal premium. No network, nothing about the visitor in events.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<LangArgs>;
const { story, byName } = exampleStories(associationFinderExamples);

export const Intro = story(byName('intro'));
export const QuestionDanger = story(byName('question: danger'));
export const QuestionCareFor = story(byName('question: who you care for'));
export const QuestionHealthFund = story(byName('question: health fund'));
export const ResultAllSix = story(byName('result: no answers (all six)'));
export const ResultDanger = story(byName('result: danger'));
export const ResultDementiaCm = story(byName('result: dementia, peers and respite, CM member'));
export const ResultUnder25 = story(byName('result: under 25, someone to talk to'));
export const ResultOlderComplaint = story(byName('result: older person, complaint about care'));
export const ListView = story(byName('list view'));
export const ListFiltered = story(byName('list view: filtered (child with needs, holidays)'));
export const EmptyResult = story(byName('list view: empty result'));
export const PartnerOverlay = story(byName('partner overlay: local offers and premium'));
export const PartnerMarkupAndBadRecord = story(byName('partner overlay: markup shown as text, one bad record dropped'));
export const BrusselsShuffle = story(byName('Brussels, daily shuffle'));
export const FrenchReader: Story = { ...story(byName('list view')), name: 'French reader (Aidants Proches first)', args: { lang: 'fr' } };
export const GermanReader: Story = { ...story(byName('list view')), name: 'German reader (108, Dutch note)', args: { lang: 'de' } };
