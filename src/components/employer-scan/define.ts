import { define } from '../../core/define.js';
import { MzEmployerScan } from './employer-scan.js';

define('mz-employer-scan', MzEmployerScan);
