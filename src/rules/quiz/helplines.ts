/**
 * The project-wide helpline table as the quiz reads it (through src/rules, not src/data). The
 * component imports this module lazily, so the table stays a chunk of its own.
 */
export { HELPLINES } from '../../data/help/helplines.js';
