// The two organisation scans: caregiver-friendly employer and local caregiver policy (mantelkit/rules).
export { SCAN_VALUES, levelOf, type ScanAnswers, type ScanGroupScore, type ScanLevel, type ScanOptions, type ScanValue } from './common.js';
export * from './employer.js';
export * from './policy.js';
