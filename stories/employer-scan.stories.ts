import type { Meta } from '@storybook/web-components-vite';
import { exampleStories, langControl, type LangArgs } from './example-stories.js';
import '../src/components/employer-scan/define.js';
import { employerScanExamples } from '../examples/employer-scan.examples.js';

/**
 * <mz-employer-scan>: every story comes from employer-scan.examples.ts (the same states the
 * contract tests check in all four languages); the language control switches any story to nl / fr / en / de.
 */
const meta: Meta<LangArgs> = {
  // The docs tables (attributes, events, parts, custom properties) come from custom-elements.json for this tag.
  component: 'mz-employer-scan',
  title: 'Widgets/Employer scan',
  tags: ['autodocs'],
  ...langControl,
  parameters: {
    docs: {
      description: {
        component:
          'How caregiver-friendly is our organisation? Twenty statements in seven themes for HR staff and managers: a profile per theme, one concrete action per gap with its source, and what the law already guarantees (obeying it earns no credit). Print, copy and a CSV/JSON download made in the browser; nothing is sent.',
      },
    },
  },
};
export default meta;
const { story, byName } = exampleStories(employerScanExamples);

export const Intro = story(byName('intro'));
export const FirstTheme = story(byName('first theme (awareness)'));
export const ResultAllSkipped = story(byName('result: everything skipped'));
export const ResultAllEvaluated = story(byName('result: all evaluated'));
export const ResultOnlyTheLaw = story(byName('result: only the law'));
export const ResultMixed = story(byName('result: mixed'));
export const PartnerFirst = story(byName('partner practices and contacts first (result)'));
