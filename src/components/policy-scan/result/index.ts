/** The policy scan's lazy result chunk: scoring → view, the source catalogue, the shared templates. */
import { scanSource } from '../../../rules/scans/sources.js';
import { scanResult } from '../../scan-common/result.js';
import type { PolicyScanMessages } from '../../../i18n/policy-scan/nl.js';
import type { ScanModule } from '../../scan-common/types.js';
import { policyView } from './view.js';

export const policyScanModule: ScanModule<PolicyScanMessages> = { toView: policyView, source: scanSource, render: scanResult };
