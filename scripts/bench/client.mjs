// Bundled by the bench (esbuild) and added to each timing page after its first render: drives the
// widget's example walk (examples/*.examples.ts, the same walks the contract tests use) and records,
// per click that moves the flow, the time until its render is done (script: handler, Lit update,
// focus) and until the next frame is done (style, layout, paint too).
import { isReached } from '../../examples/harness.ts';
import { associationFinderExamples } from '../../examples/association-finder.examples.ts';
import { employerScanExamples } from '../../examples/employer-scan.examples.ts';
import { hingeMomentExamples } from '../../examples/hinge-moment.examples.ts';
import { leaveCalculatorExamples } from '../../examples/leave-calculator.examples.ts';
import { overloadCheckExamples } from '../../examples/overload-check.examples.ts';
import { policyScanExamples } from '../../examples/policy-scan.examples.ts';
import { recognitionQuizExamples } from '../../examples/recognition-quiz.examples.ts';
import { rightsOverviewExamples } from '../../examples/rights-overview.examples.ts';

const ALL = [associationFinderExamples, employerScanExamples, hingeMomentExamples, leaveCalculatorExamples, overloadCheckExamples, policyScanExamples, recognitionQuizExamples, rightsOverviewExamples];

/** The walk the bench times per widget: its first driven example that ends on a result. */
export function walkExample(tag) {
  const set = ALL.find((s) => s.tag === tag);
  if (!set) throw new Error(`no examples for ${tag}`);
  const driven = set.examples.filter((e) => e.drive);
  return driven.find((e) => /result|checklist/i.test(e.name)) ?? driven[driven.length - 1];
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function walk(tag) {
  const example = walkExample(tag);
  const el = document.querySelector(tag);
  const root = el.shadowRoot;
  const clicks = [];
  let current;
  document.addEventListener('click', () => {
    const rec = { start: performance.now(), task: 0, frame: 0, step: undefined };
    clicks.push(rec);
    current = rec;
    requestAnimationFrame(() => setTimeout(() => (rec.frame = performance.now() - rec.start), 0));
  }, true);
  // Last listener of the click: the widget's handler ran; its render ends with updateComplete.
  window.addEventListener('click', () => {
    const rec = current;
    void el.updateComplete.then(() => (rec.task = performance.now() - rec.start));
  });
  el.addEventListener('mz-step', (e) => {
    if (current) current.step = e.detail;
  });
  await example.drive(el);
  // The result may wait for a lazy chunk: it counts until the state the example names is drawn.
  const deadline = performance.now() + 10000;
  while (!isReached(root, example.reached) && performance.now() < deadline) await nextFrame();
  const done = performance.now();
  await nextFrame();
  const steps = clicks.filter((c) => c.step);
  const last = steps[steps.length - 1];
  const reached = isReached(root, example.reached);
  return {
    example: example.name,
    reached,
    ordinary: steps.slice(0, -1).map((c) => c.frame),
    ordinaryTask: steps.slice(0, -1).map((c) => c.task),
    // From the click that leads to the result until the result's own state is on screen.
    result: last ? Math.max(last.frame, done - last.start) : NaN,
    resultTask: last ? last.task : NaN,
  };
}

/** The floor page's step: one click that re-renders the hello element (five times). */
async function floorStep() {
  const el = document.querySelector('mz-hello');
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    el.shadowRoot.querySelector('button').click();
    await el.updateComplete;
    const task = performance.now() - start;
    await nextFrame();
    times.push({ task, frame: performance.now() - start });
  }
  return { example: 'counter', reached: true, ordinary: times.map((t) => t.frame), ordinaryTask: times.map((t) => t.task), result: NaN, resultTask: NaN };
}

globalThis.__mzBench = { walk, floorStep };
