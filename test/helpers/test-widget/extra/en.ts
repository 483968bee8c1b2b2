import type { TestExtraMessages } from './nl.js';

const en: TestExtraMessages = { detail: 'About your result.' };
export default en;
