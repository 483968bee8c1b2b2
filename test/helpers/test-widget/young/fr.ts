import type { TestMessages } from '../nl.js';

const fr: Partial<TestMessages> = { q1: "Tu aides quelqu'un à la maison ?" };
export default fr;
