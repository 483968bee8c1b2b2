// Negative control: the same tag without `import type {} from 'mantelkit/react'` must NOT type-check
// (tsconfig.without-types.json; prepare.mjs expects tsc to fail with the JSX.IntrinsicElements error).
import 'mantelkit/leave-calculator';

export const App = () => <mz-leave-calculator status="privateEmployee" onmz-complete={(e) => e.detail.outcome} />;
