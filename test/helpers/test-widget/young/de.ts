import type { TestMessages } from '../nl.js';

const de: Partial<TestMessages> = { q1: 'Hilfst du zu Hause jemandem?' };
export default de;
