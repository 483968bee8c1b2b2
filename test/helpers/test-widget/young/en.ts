import type { TestMessages } from '../nl.js';

const en: Partial<TestMessages> = { q1: 'Do you help someone at home?' };
export default en;
