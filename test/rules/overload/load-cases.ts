/**
 * Loads fixtures/overload-cases.json (the worked cases the thresholds were designed against; rules in plain words: docs/content/overload.md#bands).
 *
 * Why a synchronous XHR: mocha needs the cases while it *collects* tests (one `it` per case), the
 * test files are compiled for ES2021 (no top-level await), and the dev server does not transform
 * JSON modules. A sync request to our own test server is the simplest way that needs no config change.
 */
import type { OverloadAnswers } from '../../../src/rules/overload/index.js';

export interface OverloadCase {
  id: string;
  description: string;
  answers: OverloadAnswers;
  expected: {
    answeredStrainItems: number;
    strainScore: number | null;
    strainBand: string | null;
    globalBand: string | null;
    band: string;
    bandSource: string | null;
  };
}

export interface OverloadCaseFile {
  version: string;
  itemIds: string[];
  redFlagIds: string[];
  rules: { minAnsweredStrainItems: number; strainBands: Record<string, [number, number]>; globalBands: Record<string, [number, number]> };
  cases: OverloadCase[];
}

export function loadCaseFile(): OverloadCaseFile {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', new URL('./fixtures/overload-cases.json', import.meta.url).href, false);
  xhr.send();
  if (xhr.status !== 200) throw new Error(`Could not load overload-cases.json (HTTP ${xhr.status})`);
  return JSON.parse(xhr.responseText) as OverloadCaseFile;
}
