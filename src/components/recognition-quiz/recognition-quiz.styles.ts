import { css } from 'lit';

/** Quiz-only layout on top of the core's base classes (tokens, buttons, choices, panels, print). */
export const quizStyles = css`
  .q-facts {
    padding-inline-start: 1.25em;
  }
  .q-hint {
    color: var(--_mz-muted);
    margin: 0 0 0.5em;
  }
  .q-field-error {
    color: var(--_mz-danger);
    font-weight: 700;
    border-inline-start: 4px solid var(--_mz-danger);
    padding-inline-start: 0.5em;
    margin: 0 0 0.5em;
  }
  legend h2 {
    margin: 0;
    font-size: 1.3em;
  }
  /* A grouped screen (young scales): one row per item, never/sometimes/often side by side. */
  .q-group > h2 {
    margin: 0 0 0.25em;
    font-size: 1.3em;
  }
  .q-row {
    border: 0;
    border-block-start: 1px solid var(--_mz-border);
    margin: 0;
    padding: 0.75em 0;
    min-inline-size: 0;
  }
  .q-row legend {
    font-weight: 600;
    font-size: 1em;
    padding: 0 0 0.4em;
    float: left;
    inline-size: 100%;
  }
  /* Three equal answers in a row; a word never breaks inside ("Manchmal"): with large text the row wraps instead. */
  .q-scale {
    clear: both;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .q-scale .mz-choice {
    flex: 1 1 0;
    min-inline-size: min-content;
    margin: 0;
    padding-inline: 0.5em;
  }
  .q-scale .mz-choice span {
    overflow-wrap: normal;
    word-break: normal;
  }
  /* On a phone the three answers stay side by side: radio above its word, so "Manchmal" and
     "Parfois" fit a third of the width without breaking inside the word. */
  @media (max-width: 30em) {
    .q-scale .mz-choice {
      flex-direction: column;
      align-items: center;
      text-align: center;
      gap: 0.25em;
      padding-inline: 0.25em;
    }
  }
  .q-check-first {
    margin: 0;
  }
  /* The print-only sheet title comes first in the DOM; on screen the heading starts the box. */
  .q-result > h2 {
    margin-block-start: 0;
  }
  .q-lead {
    font-size: 1.1em;
  }
  .q-answers {
    margin: 0 0 1em;
  }
  .q-answer {
    border-block-end: 1px solid var(--_mz-border);
    padding-block: 0.5em;
  }
  .q-answer dt {
    font-weight: 700;
  }
  /* Answer and its "change" button side by side, wrapping on narrow screens without ragged gaps. */
  .q-answer dd {
    margin: 0.25em 0 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 1em;
  }
  .q-answer-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .mz-card > h3:first-child,
  .mz-panel > h3:first-child {
    margin-block-start: 0;
  }
  .q-steps li,
  .q-services li,
  .q-lines li {
    margin-block-end: 0.5em;
  }
  .q-rec-grid {
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    margin-block: 0.75em;
  }
  .q-rec-grid .mz-card {
    margin: 0;
  }
  .q-rec-grid h4 {
    margin-block-start: 0.25em;
  }
  .q-lines {
    list-style: none;
    padding: 0;
  }
  .q-inline {
    min-block-size: 0;
    padding: 0;
    font-size: inherit;
    vertical-align: baseline;
  }
  .q-include {
    margin-block-start: 1em;
  }
  .q-help-now {
    margin-block-start: 1.5em;
    border-block-start: 1px solid var(--_mz-border);
  }
  .q-print-only {
    display: none;
  }
  @media (max-width: 30em) {
    .mz-panel,
    .mz-card {
      padding-inline: 0.6em;
    }
  }
  @media print {
    .q-print-only {
      display: block;
    }
    .q-sheet-title {
      font-weight: 700;
      border: 2px solid #000;
      padding: 0.5em;
    }
    .q-rec-grid {
      grid-template-columns: 1fr 1fr;
    }
    /* Aim for one sheet: slightly smaller type on paper. */
    .q-result {
      font-size: 0.9em;
    }
  }
`;
