import { css } from 'lit';
import { helpLineStyles } from '../common/help-styles.js';

/** Widget-specific styles; everything shared (buttons, choices, panels, print) comes from the core, the helpline look from common/help-styles. */
const ownStyles = css`
  /* The first heading of a screen sits at the top; a question heading is a little smaller than a title. */
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
  .signal {
    font-weight: 600;
  }
  /* Inputs get the UA's 13.33px font (the core fixes .mz-choice; this one is ours). */
  .print-opt input {
    font-size: inherit;
  }
  .choices-row > .mz-choices {
    grid-template-columns: repeat(auto-fit, minmax(8em, 1fr));
  }
  /* The 0–10 scale: 11 native radios, number under each radio. One row when the widget is wide
     enough, else two rows (0–5, 6–10); the ends are labelled in text below. */
  .scale-wrap {
    container-type: inline-size;
  }
  .scale-wrap > .mz-choices {
    grid-template-columns: repeat(6, minmax(0, 1fr));
    gap: 0.4em;
  }
  @container (min-width: 32em) {
    .scale-wrap > .mz-choices {
      grid-template-columns: repeat(11, minmax(0, 1fr));
    }
  }
  .scale-wrap .mz-choice {
    flex-direction: column;
    align-items: center;
    gap: 0.2em;
    padding: 0.4em 0.2em;
  }
  /* Source links stand alone in their list items (no inline-text exception): at least 24 px tall (WCAG 2.5.8). */
  .basis-list a {
    display: inline-block;
    min-block-size: 24px;
    line-height: 24px;
  }
  .scale-ends {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25em 1em;
    color: var(--_mz-muted);
    margin-block-end: 0.5em;
  }
  .field-error {
    color: var(--_mz-danger);
    font-weight: 600;
    border-inline-start: 4px solid var(--_mz-danger);
    padding-inline-start: 0.5em;
  }
  .help-now {
    border: 2px solid var(--_mz-danger);
    border-radius: var(--_mz-radius);
    padding: 0 0.75em;
    margin-block-start: 1.5em;
  }
  .help-now summary {
    color: var(--_mz-danger);
  }
  .help-now[open] {
    padding-block-end: 0.5em;
  }
  /* Band headline: colour is a hint only; the words carry the meaning. */
  .band--high {
    border-inline-start-color: var(--_mz-danger);
  }
  .band--elevated {
    border-inline-start-color: var(--_mz-warning);
  }
  .band--low {
    border-inline-start-color: var(--_mz-success);
  }
  .band--incomplete {
    border-inline-start-color: var(--_mz-border);
  }
  .band > h2 {
    margin-block-start: 0.25em;
  }
  .band > p:last-child {
    margin-block-end: 0.25em;
  }
  .lines,
  .refs {
    grid-template-columns: minmax(0, 1fr);
    list-style: none;
    padding: 0;
    margin: 0.5em 0 1em;
    display: grid;
    gap: 0.6em;
  }
  .ref {
    border: 1px solid var(--_mz-border);
    border-radius: var(--_mz-radius);
    padding: 0.6em 0.75em;
    background: var(--_mz-surface);
  }
  .ref p {
    margin: 0.25em 0 0;
  }
  .urgent,
  .band {
    margin-block-start: 0;
    padding-inline: 0.75em;
  }
  @media (max-width: 30em) {
    .urgent {
      padding-inline: 0.5em;
    }
    .ref {
      padding-inline: 0.5em;
    }
  }
  .urgent h2 {
    margin-block-start: 0.25em;
  }
  .danger-now {
    font-weight: 700;
    font-size: 1.1em;
  }
  .answers dt {
    font-weight: 600;
  }
  .answers dd {
    margin: 0 0 0.5em;
  }
  .print-opt {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75em;
  }
  .print-opt input {
    flex: none;
    inline-size: 1.4em;
    block-size: 1.4em;
    accent-color: var(--_mz-accent);
  }
  @media print {
    .help-now,
    [part='basis'],
    .print-opt {
      display: none !important;
    }
    .ref {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .help-now,
    .ref {
      border-color: CanvasText;
    }
    .field-error {
      border-inline-start-color: CanvasText;
    }
  }
`;

export const overloadStyles = [helpLineStyles, ownStyles];
