// The only side effect of the widget: register <mz-leave-calculator> (guarded, so loading twice never throws).
import { define } from '../../core/define.js';
import { MzLeaveCalculator } from './leave-calculator.js';

define('mz-leave-calculator', MzLeaveCalculator);
