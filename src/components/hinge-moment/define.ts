// The only side effect of the widget: register <mz-hinge-moment> (guarded, so loading twice never throws).
import { define } from '../../core/define.js';
import { MzHingeMoment } from './hinge-moment.js';

define('mz-hinge-moment', MzHingeMoment);
