/**
 * The quiz's onward and official links: components read data through src/rules, not src/data.
 * Not part of mantelkit/rules (index.ts).
 */
export {
  LEARN_MORE_LINKS, OFFICIAL_LINKS, ONWARD_ELEMENTS, ONWARD_TARGETS, YOUNG_SERVICE_LINKS,
  type OnwardTarget, type QuizLocale, type YoungService,
} from '../../data/quiz/links.js';

