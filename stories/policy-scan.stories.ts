import type { Meta } from '@storybook/web-components-vite';
import { exampleStories, langControl, type LangArgs } from './example-stories.js';
import '../src/components/policy-scan/define.js';
import { policyScanExamples } from '../examples/policy-scan.examples.js';

/**
 * <mz-policy-scan>: every story comes from policy-scan.examples.ts (the same states the contract
 * tests check in all four languages); the language control switches any story to nl / fr / en / de.
 */
const meta: Meta<LangArgs> = {
  // The docs tables (attributes, events, parts, custom properties) come from custom-elements.json for this tag.
  component: 'mz-policy-scan',
  title: 'Widgets/Policy scan',
  tags: ['autodocs'],
  ...langControl,
  parameters: {
    docs: {
      description: {
        component:
          'A self-scan of local caregiver policy on four pillars (find and reach, strengthen, relieve, connect): a profile per pillar with a text and table equivalent, the strongest and weakest pillar, and Flemish practices per gap with their sources. Print, copy and a CSV/JSON download made in the browser; nothing is sent.',
      },
    },
  },
};
export default meta;
const { story, byName } = exampleStories(policyScanExamples);

export const Intro = story(byName('intro'));
export const FirstPillar = story(byName('first pillar (find and reach)'));
export const ResultAllSkipped = story(byName('result: everything skipped'));
export const ResultAllEvaluated = story(byName('result: all evaluated'));
export const ResultAllNotYet = story(byName('result: all not yet'));
export const ResultMixed = story(byName('result: mixed (strongest find, weakest relieve)'));
export const PartnerFirst = story(byName('partner practices and contacts first (result)'));
