/**
 * The option lists the quiz asks with, for the component (which reads data through src/rules). A
 * module of their own so the widget chunk carries the questions while the rules load on "Start".
 * Not part of mantelkit/rules (index.ts).
 */
export {
  DURATION_OPTIONS, FREQUENCY_OPTIONS, HOURS_OPTIONS, IMPACT_OPTIONS, LIVES_WITH_OPTIONS, NEED_OPTIONS, ROLE_OPTIONS, TASK_OPTIONS,
  type Task,
} from '../../data/quiz/recognition.js';
export { CARE_AT_HOME_OPTIONS, GOOD_OPTIONS, HELP_ITEMS, IMPACT_ITEMS, WHO_OPTIONS } from '../../data/quiz/young.js';
export { recognitionQuestionsThatMatter, youngQuestionsThatMatter } from './path.js';
