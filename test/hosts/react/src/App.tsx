// A partner's React 19 app: npm package, per-widget import, JSX types, typed events, config property.
import { useEffect, useRef, useState } from 'react';
import type {} from 'mantelkit/react';
import { LEAVE_STATUSES, MzLeaveCalculator } from 'mantelkit/leave-calculator';
import employer from '../../employer.json';

export function App() {
  const [outcome, setOutcome] = useState('');
  const [heard, setHeard] = useState('');
  const ref = useRef<MzLeaveCalculator>(null);
  // The workaround for React 19 hydration (facebook/react#35446): a listener added by hand.
  useEffect(() => {
    const el = ref.current;
    const onComplete = (e: HTMLElementEventMap['mz-complete']): void => setHeard(e.detail.widget);
    el?.addEventListener('mz-complete', onComplete);
    return () => el?.removeEventListener('mz-complete', onComplete);
  }, []);
  const first: MzLeaveCalculator | null = document.querySelector('mz-leave-calculator');
  return (
    <main data-statuses={LEAVE_STATUSES.length} data-first={String(first instanceof MzLeaveCalculator)}>
      <mz-leave-calculator
        ref={ref}
        status="privateEmployee"
        workplace-region="flanders"
        config={employer}
        onmz-complete={(e) => setOutcome(JSON.stringify(e.detail.outcome))}
        onmz-error={(e) => console.warn('[host] mz-error', e.detail.code, e.detail.message)}
      >
        <a href="https://www.mantelzorgers.be">Verlof voor mantelzorgers</a>
      </mz-leave-calculator>
      <output id="outcome">{outcome}</output>
      <output id="heard">{heard}</output>
    </main>
  );
}

// The types are real, not `any`: each of these must be a type error.
export const wrong = (
  <>
    {/* @ts-expect-error status is a string attribute, not a number */}
    <mz-leave-calculator status={42} />
    {/* @ts-expect-error no such element */}
    <mz-leave-calculatr />
    {/* @ts-expect-error the event detail has no `answers` (events never carry answers) */}
    <mz-leave-calculator onmz-complete={(e) => e.detail.answers} />
  </>
);
