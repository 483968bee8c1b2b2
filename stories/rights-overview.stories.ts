import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleStories, langControl, type LangArgs } from './example-stories.js';
import '../src/components/rights-overview/define.js';
import { rightsOverviewExamples } from '../examples/rights-overview.examples.js';

/**
 * <mz-rights-overview>: the stories come from rights-overview.examples.ts (the same states the
 * contract tests check). Switch the language with the `lang` control (every story works in nl, fr,
 * en and de).
 */
const meta: Meta<LangArgs> = {
  // The docs tables (attributes, events, parts, custom properties) come from custom-elements.json for this tag.
  component: 'mz-rights-overview',
  title: 'Widgets/Rights overview',
  tags: ['autodocs'],
  ...langControl,
  parameters: {
    docs: {
      description: {
        component:
          'What am I, and the person I care for, entitled to? Eight skippable questions, then one overview grouped "for you" and "for the person you care for": ' +
          'whether each right fits (yes / check / no, with why), its dated and sourced amount, where to apply, what to bring, and the widget that goes deeper. ' +
          'Partner JSON adds the municipality’s own premium, contact point and highlights. Anonymous: nothing is sent.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<LangArgs>;
const { story, byName } = exampleStories(rightsOverviewExamples);

// Questions
export const Intro: Story = story(byName('intro'));
export const QuestionWho: Story = story(byName('question: who'));
export const QuestionNeed: Story = story(byName('question: need'));
export const QuestionPlace: Story = story(byName('question: place'));
export const QuestionWork: Story = story(byName('question: work'));
// Results
export const ResultCareHome: Story = story(byName('result: mother in a Flemish care home'));
export const ResultRetiredCarer: Story = story(byName('result: retired carer, spouse at home'));
export const ResultChildWithDisability: Story = story(byName('result: child with a recognised disability'));
export const ResultBrussels: Story = story(byName('result: Brussels'));
export const ResultYoungCarer: Story = story(byName('result: young carer'));
export const ResultEverythingSkipped: Story = story(byName('result: everything skipped'));
export const ResultWithMunicipality: Story = story(byName('result: with the municipality’s premium and contact point'));
export const ResultFigures2024: Story = story(byName('result: figures of 1 June 2024'));
