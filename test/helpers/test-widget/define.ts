import { define } from '../../../src/core/define.js';
import { MzTestWidget } from './mz-test-widget.js';

define('mz-test-widget', MzTestWidget);
