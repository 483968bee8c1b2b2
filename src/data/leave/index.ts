// Dated, sourced leave facts (numbers and URLs only). Read by src/rules/leave/; nothing else computes from them.
export * from './rates.js';
export * from './schemes.js';
export * as leaveSources from './sources.js';
