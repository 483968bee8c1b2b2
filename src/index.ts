/**
 * Everything at once: `import 'mantelkit'` registers all five elements, and the classic script
 * (`dist/mantelkit.classic.js`) is built from this file. Exports the classes for partners who extend.
 */
import './components/recognition-quiz/define.js';
import './components/association-finder/define.js';
import './components/leave-calculator/define.js';
import './components/overload-check/define.js';
import './components/hinge-moment/define.js';
import './components/policy-scan/define.js';
import './components/employer-scan/define.js';
import './components/rights-overview/define.js';
import { VERSION } from './core/version.js';

const KEY = Symbol.for('mantelkit');
const g = globalThis as unknown as Record<symbol, { version: string } | undefined>;
g[KEY] ??= { version: VERSION };

export { VERSION };
export { MzRecognitionQuiz } from './components/recognition-quiz/recognition-quiz.js';
export { MzAssociationFinder } from './components/association-finder/association-finder.js';
export { MzLeaveCalculator } from './components/leave-calculator/leave-calculator.js';
export { MzOverloadCheck } from './components/overload-check/overload-check.js';
export { MzHingeMoment } from './components/hinge-moment/hinge-moment.js';
export { MzPolicyScan } from './components/policy-scan/policy-scan.js';
export { MzEmployerScan } from './components/employer-scan/employer-scan.js';
export { MzRightsOverview } from './components/rights-overview/rights-overview.js';
export type { MantelkitEventMap, MzCompleteDetail, MzErrorDetail, MzStepDetail, IssueCode } from './core/events.js';
