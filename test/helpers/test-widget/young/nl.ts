import type { TestMessages } from '../nl.js';

/** The young audience variant: only the keys whose wording changes. */
const nl: Partial<TestMessages> = { q1: 'Help je thuis voor iemand?' };
export default nl;
