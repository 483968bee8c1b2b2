/**
 * The school version's rules and result, a chunk of its own: loaded only for audience="young", so
 * the adult quiz does not carry the young-carer rules. (Its questions are in ./questions.ts.)
 */
export { assessYoungCarer, youngCarerReferrals } from '../../../rules/quiz/young.js';
export { youngResult } from './result.js';
export { resultFooter } from '../result/footer.js';
