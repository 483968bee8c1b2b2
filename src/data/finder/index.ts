// Data of the association finder: records, vocabulary, and the shared helpline table.
export * from './vocabulary.js';
export * from './records.js';
