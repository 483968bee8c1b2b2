// The step templates moved to core/flow/templates.ts; this path stays until every widget imports from there.
export * from './flow/templates.js';
