import type { TestExtraMessages } from './nl.js';

const fr: TestExtraMessages = { detail: 'Explication de votre résultat.' };
export default fr;
