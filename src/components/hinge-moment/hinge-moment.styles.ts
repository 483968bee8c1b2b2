import { css } from 'lit';
import { helpLineStyles } from '../common/help-styles.js';

/** Only what the core styles do not cover: the checklist's phases and steps. */
const ownStyles = css`
  section > h2:first-child,
  legend > h2 {
    margin-block-start: 0.25em;
  }
  legend > h2 {
    font-size: 1.3em;
  }
  .intro-lead {
    font-size: 1.1em;
  }
  .group > h3 {
    margin-block: 1.25em 0.5em;
    padding-block-end: 0.25em;
    border-block-end: 2px solid var(--_mz-border);
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .step {
    padding-block: 0.6em;
    border-block-end: 1px solid var(--_mz-border);
  }
  .step--partner {
    border-inline-start: 4px solid var(--_mz-accent, currentColor);
    padding-inline-start: 0.6em;
  }
  .step-head {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    cursor: pointer;
  }
  /* A native checkbox, large enough to hit (WCAG 2.5.8) and in the UA's font size otherwise. */
  .step-head input {
    inline-size: 1.4em;
    block-size: 1.4em;
    margin: 0.1em 0 0;
    flex: none;
    font-size: inherit;
  }
  .step-body {
    padding-inline-start: 2em;
  }
  .step-body p {
    margin-block: 0.3em;
  }
  .contact-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1em;
    align-items: center;
  }
  .amount {
    font-weight: 600;
  }
  .partner-from {
    margin-block-start: 0;
  }
  @media print {
    .step-head input {
      inline-size: 1em;
      block-size: 1em;
    }
    .onward,
    .contact-links .tel {
      display: none;
    }
  }
`;

/** The shared helpline look comes with the shared help templates (one chunk with the other widgets). */
export const hingeMomentStyles = [helpLineStyles, ownStyles];
