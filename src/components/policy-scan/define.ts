import { define } from '../../core/define.js';
import { MzPolicyScan } from './policy-scan.js';

define('mz-policy-scan', MzPolicyScan);
