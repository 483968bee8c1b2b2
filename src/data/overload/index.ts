// Dated, sourced data for the overload check. Provisional: see the notes in each file.
export * from './thresholds.js';
export * from './referrals.js';
