import type { RecordId } from '../records.js';

/** A record's reader-language texts. Typed as a full Record so no language can miss a record. */
export interface RecordText {
  description: string;
  affiliation?: string;
}
export type RecordTexts = Record<RecordId, RecordText>;
