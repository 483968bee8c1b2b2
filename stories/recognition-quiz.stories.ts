import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleStories, langControl, type LangArgs } from './example-stories.js';
import '../src/components/recognition-quiz/define.js';
import {
  ADULT_PATHS, YOUNG_PATHS, recognitionQuizExamples, walk,
} from '../examples/recognition-quiz.examples.js';

/**
 * <mz-recognition-quiz>: the stories come from recognition-quiz.examples.ts (the same states the
 * contract tests check), plus one story per question step for each audience. Switch the language
 * with the `lang` control (every story works in nl, fr, en and de).
 */
const TEACHER_NOTE = `
**Teacher note (audience="young").** This version is for pupils of about 10 to 25. It is anonymous
by design: it asks no name, class or anything that could identify a pupil, stores nothing, sends
nothing, and shows the result only on the pupil's own screen. Printing is the pupil's choice, and
the answers are left off the sheet unless the pupil ticks the box. There is no teacher dashboard,
on purpose: many young carers tell no one at school for fear of a label.

- *Signals you may notice:* tiredness, arriving late, missed homework, changing results, being very
  quiet or restless, worry, being alone or bullied.
- *How to ask:* "Do you help someone at home?" rather than "Are you a young carer?". Let the pupil
  decide what to share; do not out a pupil to classmates or colleagues.
- *Where to refer:* your student guidance or CLB (PMS centre in French-speaking schools, Kaleido in
  Ostbelgien), Awel 102 / Écoute-Enfants 103 / Telefonhilfe 108, the JAC (12–25), ZoJong!.
  In danger now: 112.
- *Your school's own contact point* (name of the person, room, hours) can be added with partner
  JSON: \`{"schoolContact": {"text": {"nl": "…", "fr": "…"}}}\`. It is shown on every result.
- If a pupil answers "yes" to a safety question, the quiz ends at once and shows urgent help first.
  The wording of those questions is to be reviewed with Awel / ZoJong! before launch.
`;

const meta: Meta<LangArgs> = {
  // The docs tables (attributes, events, parts, custom properties) come from custom-elements.json for this tag.
  component: 'mz-recognition-quiz',
  title: 'Widgets/Recognition quiz',
  tags: ['autodocs'],
  ...langControl,
  parameters: {
    docs: {
      description: {
        component:
          '"Am I a caregiver?" in 8 anonymous questions: the result names what the person does in plain words (never "you are not a caregiver"), explains why, gives 2–4 next steps and what the federal recognition (general / with social rights) asks and gives, with its date and source. `audience="young"` is the school version (16 questions, words a 10-year-old knows, urgent help first on a red flag).\n' +
          TEACHER_NOTE,
      },
    },
  },
};
export default meta;
type Story = StoryObj<LangArgs>;
const { story, byName } = exampleStories(recognitionQuizExamples);

const ADULT_HTML = '<mz-recognition-quiz></mz-recognition-quiz>';
const YOUNG_HTML = '<mz-recognition-quiz audience="young"></mz-recognition-quiz>';
/** Question `n` (1-based) of an audience, reached by answering the earlier ones of a full path. */
const adultStep = (n: number): Story => story({ name: `adult: question ${n}`, html: ADULT_HTML, drive: walk(ADULT_PATHS.caregiver_intensive.slice(0, n - 1)) });
const youngStep = (n: number): Story => story({ name: `young: question ${n}`, html: YOUNG_HTML, drive: walk(YOUNG_PATHS.young_carer.slice(0, n - 1)) });

// Adult
export const AdultIntro = story(byName('adult: intro'));
export const AdultQ1Need = adultStep(1);
export const AdultQ2Role = adultStep(2);
export const AdultQ3Tasks = adultStep(3);
export const AdultQ4Frequency = adultStep(4);
export const AdultQ5Duration = adultStep(5);
export const AdultQ6Hours = adultStep(6);
export const AdultQ7LivesWith = adultStep(7);
export const AdultQ8Impact = adultStep(8);
export const AdultCheckAnswers = story(byName('adult: check your answers'));
export const AdultResultIntensive = story(byName('adult: result caregiver_intensive'));
export const AdultResultCaregiver = story(byName('adult: result caregiver'));
export const AdultResultOccasional = story(byName('adult: result occasional'));
export const AdultResultProfessional = story(byName('adult: result professional'));
export const AdultResultNotNow = story(byName('adult: result not_now'));
export const AdultPartnerLinks = story(byName('adult: result caregiver, partner links'));

// Young (school version)
export const YoungIntro = story(byName('young: intro'));
export const YoungQ1CareAtHome = youngStep(1);
export const YoungQ2Who = youngStep(2);
export const YoungQ3Chores = youngStep(3);
export const YoungQ4Siblings = youngStep(4);
export const YoungQ5Body = youngStep(5);
export const YoungQ6Medicine = youngStep(6);
export const YoungQ7Papers = youngStep(7);
export const YoungQ8Company = youngStep(8);
export const YoungQ9Worry = youngStep(9);
export const YoungQ10Tired = youngStep(10);
export const YoungQ11Homework = youngStep(11);
export const YoungQ12Friends = youngStep(12);
export const YoungQ13Alone = youngStep(13);
export const YoungQ14Unsafe = youngStep(14);
export const YoungQ15CantGoOn = youngStep(15);
export const YoungQ16Good = youngStep(16);
export const YoungResultUrgent = story(byName('young: result urgent'));
export const YoungResultYoungCarer = story(byName('young: result young_carer'));
export const YoungResultGrowsUp = story(byName('young: result grows_up_with_care'));
export const YoungResultNotNow = story(byName('young: result not_now'));

// Languages (the lang control works on every story; these pin a few for review)
export const FrenchAdultResult: Story = { ...story(byName('adult: result caregiver_intensive')), name: 'French: adult result', args: { lang: 'fr' } };
export const GermanAdultResult: Story = { ...story(byName('adult: result caregiver_intensive')), name: 'German: adult result', args: { lang: 'de' } };
export const EnglishYoungUrgent: Story = { ...story(byName('young: result urgent')), name: 'English: young urgent', args: { lang: 'en' } };
export const FrenchYoungUrgent: Story = { ...story(byName('young: result urgent')), name: 'French: young urgent (103)', args: { lang: 'fr' } };
export const GermanYoungUrgent: Story = { ...story(byName('young: result urgent')), name: 'German: young urgent (108)', args: { lang: 'de' } };
