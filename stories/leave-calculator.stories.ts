import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleStories, langControl, type LangArgs } from './example-stories.js';
import '../src/components/leave-calculator/define.js';
import { LEAVE_WALKS, leaveCalculatorExamples, walk, type LeaveWalk } from '../examples/leave-calculator.examples.js';

/**
 * <mz-leave-calculator>: the stories come from leave-calculator.examples.ts (the same states the
 * contract tests check), plus one result per work status and one per outcome group. Switch the
 * language with the `lang` control (every story works in nl, fr, en and de).
 */
const meta: Meta<LangArgs> = {
  // The docs tables (attributes, events, parts, custom properties) come from custom-elements.json for this tag.
  component: 'mz-leave-calculator',
  title: 'Widgets/Leave calculator',
  tags: ['autodocs'],
  ...langControl,
  parameters: {
    docs: {
      description: {
        component:
          'Which leave a worker can take to care for someone, in which forms, for how long, and the gross allowance plus the Flemish premium, ' +
          'each figure with its date and source. Anonymous: no name, no salary, nothing sent. Attributes `status` and `workplace-region` ' +
          'answer questions in advance; `as-of` picks the date of the figures; partner JSON adds the employer’s own leave (marked as such).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<LangArgs>;
const { story, byName } = exampleStories(leaveCalculatorExamples);

/** The result for one work status, caring for a seriously ill mother (a family case every status can meet). */
const statusResult = (status: string, extra: LeaveWalk = {}): Story =>
  story({
    name: `status: ${status}`,
    html: `<mz-leave-calculator status="${status}"></mz-leave-calculator>`,
    drive: walk({ ...LEAVE_WALKS.motherSeriouslyIll, ...extra }),
  });

// Questions
export const Intro = story(byName('intro'));
export const QuestionStatus = story(byName('question: status'));
export const QuestionWhoPrefilled = story(byName('question: who (status and region fixed by the partner)'));
export const QuestionSituation = story(byName('question: situation'));
export const QuestionRecognition = story(byName('question: recognition'));
export const QuestionAlreadyUsed = story(byName('question: already used'));

// Outcome groups
export const ResultCanUse = story(byName('result: can use (recognised neighbour)'));
export const ResultMedicalAssistance = story(byName('result: medical assistance for a mother'));
export const ResultSingleParent = story(byName('result: single parent, seriously ill child'));
export const ResultPartTimePalliative = story(byName('result: part-timer, palliative friend'));
export const ResultAskHr = story(byName('result: ask HR (Flemish government)'));
export const ResultEverythingSkipped = story(byName('result: everything skipped'));
export const ResultAlreadyUsed = story(byName('result: with leave already used'));
export const ResultEmployerOverlay = story(byName('result: with the employer’s own leave'));
export const ResultFigures2023 = story(byName('result: figures of 1 March 2023'));

// One result per work status
export const StatusPrivate = statusResult('privateEmployee');
export const StatusSocialProfit = statusResult('socialProfitEmployee');
export const StatusContractualPublic = statusResult('contractualPublic');
export const StatusFederalStatutory = statusResult('federalStatutory');
export const StatusFlemishGovernment = statusResult('flemishGovernment');
export const StatusEducation = statusResult('educationFlemish');
export const StatusLocalGovernment = statusResult('localGovernment');
export const StatusSelfEmployed = story(byName('result: self-employed'));
