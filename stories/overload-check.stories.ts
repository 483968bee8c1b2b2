import type { Meta } from '@storybook/web-components-vite';
import { exampleStories, langControl, type LangArgs } from './example-stories.js';
import '../src/components/overload-check/define.js';
import { overloadCheckExamples } from '../examples/overload-check.examples.js';

/**
 * <mz-overload-check>: every story comes from overload-check.examples.ts (the same states the
 * contract tests check in all four languages), so stories, demo and tests never drift apart.
 * Every band, both audiences; the language control switches any story to nl / fr / en / de.
 */
const meta: Meta<LangArgs> = {
  // The docs tables (attributes, events, parts, custom properties) come from custom-elements.json for this tag.
  component: 'mz-overload-check',
  title: 'Widgets/Overload check',
  tags: ['autodocs'],
  ...langControl,
  parameters: {
    docs: {
      description: {
        component:
          '"How heavy is the care?" A short, anonymous check (own-worded items, a 0–10 rating, gentle red-flag questions last) that shows a signal, not a diagnosis, and routes to help: urgent help first when an answer shows danger. Provisional thresholds, dated. No answer or score leaves the element; `mz-complete` carries the band only.',
      },
    },
  },
};
export default meta;
const { story, byName } = exampleStories(overloadCheckExamples);

export const Intro = story(byName('intro'));
export const FirstQuestion = story(byName('first question'));
export const OverallRating = story(byName('overall rating (0–10)'));
export const RedFlagQuestion = story(byName('red-flag question (help open)'));
export const ResultLow = story(byName('result: low'));
export const ResultElevated = story(byName('result: elevated'));
export const ResultHigh = story(byName('result: high'));
export const ResultUrgent = story(byName('result: urgent'));
export const ResultIncomplete = story(byName('result: incomplete'));
export const YoungIntro = story(byName('young: intro'));
export const YoungResultLow = story(byName('young: result low'));
export const YoungResultHigh = story(byName('young: result high'));
export const YoungResultUrgent = story(byName('young: result urgent'));
export const PartnerOffer = story(byName('partner offer and finder URL (result: high)'));
// Each language once on the screens where the referral numbers differ (106/107/108, 1813/0800 32 123).
export const UrgentFrench = story(byName('result: urgent'), 'fr');
export const UrgentGerman = story(byName('result: urgent'), 'de');
export const UrgentEnglish = story(byName('result: urgent'), 'en');
export const YoungUrgentFrench = story(byName('young: result urgent'), 'fr');
export const HighGerman = story(byName('result: high'), 'de');
export const IntroEnglish = story(byName('intro'), 'en');
