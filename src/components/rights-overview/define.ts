// The only side effect of the widget: register <mz-rights-overview> (guarded, so loading twice never throws).
import { define } from '../../core/define.js';
import { MzRightsOverview } from './rights-overview.js';

define('mz-rights-overview', MzRightsOverview);
