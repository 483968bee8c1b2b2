/**
 * The adult quiz's rules and result templates, a chunk of its own loaded on "Start": the first
 * screen (intro) needs neither, so the widget chunk stays small. (Its questions are in ./questions.ts.)
 */
export * from '../../../rules/quiz/recognition.js';
export { adultResult } from './result.js';
export { resultFooter } from '../result/footer.js';
