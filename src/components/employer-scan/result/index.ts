/** The employer scan's lazy result chunk: scoring → view, the source catalogue, the shared templates. */
import { scanSource } from '../../../rules/scans/sources.js';
import { scanResult } from '../../scan-common/result.js';
import type { EmployerScanMessages } from '../../../i18n/employer-scan/nl.js';
import type { ScanModule } from '../../scan-common/types.js';
import { employerView } from './view.js';

export const employerScanModule: ScanModule<EmployerScanMessages> = { toView: employerView, source: scanSource, render: scanResult };
