import { define } from '../../core/define.js';
import { MzOverloadCheck } from './overload-check.js';

define('mz-overload-check', MzOverloadCheck);
