import { define } from '../../core/define.js';
import { MzAssociationFinder } from './association-finder.js';

define('mz-association-finder', MzAssociationFinder);
