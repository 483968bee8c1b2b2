import { css } from 'lit';

/** Shared building blocks every widget uses: layout, headings, buttons, choices, notices, print. */
export const baseStyles = css`
  .mz-root {
    max-inline-size: var(--_mz-max-width);
    background: var(--_mz-surface);
    color: var(--_mz-text);
    border: 1px solid var(--_mz-border);
    border-radius: var(--_mz-radius);
    padding: var(--_mz-space);
  }
  .mz-root > :first-child {
    margin-block-start: 0;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 1.25em 0 0.5em;
    font-weight: 700;
    color: inherit;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1.05em;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  [data-step-heading]:focus {
    outline: none;
  }
  [data-step-heading]:focus-visible {
    outline: 3px solid var(--_mz-focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_mz-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_mz-focus-text);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_mz-focus);
  }
  .mz-hint {
    color: var(--_mz-muted);
    margin-block: 0.25em 0.75em;
  }
  .mz-visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  /* Buttons: native <button>, at least 44px high (WCAG 2.5.8 needs 24px; GOV.UK uses 44). */
  .mz-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.5em 1.1em;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    color: var(--_mz-accent-text);
    background: var(--_mz-accent);
    border: 2px solid var(--_mz-accent);
    border-radius: var(--_mz-radius);
    cursor: pointer;
    text-align: center;
    text-decoration: none;
    -webkit-appearance: none;
    appearance: none;
  }
  .mz-button:hover {
    filter: brightness(0.9);
  }
  .mz-button--secondary {
    color: var(--_mz-accent);
    background: transparent;
  }
  .mz-button--link {
    color: var(--_mz-accent);
    background: transparent;
    border-color: transparent;
    text-decoration: underline;
    font-weight: normal;
    padding-inline: 0.25em;
  }
  .mz-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin-block: 1.25em 0.5em;
  }
  .mz-progress {
    color: var(--_mz-muted);
    font-size: 0.95em;
    margin: 0 0 0.25em;
  }
  /* Choices: native radios and checkboxes in fieldset/legend, with large click targets. */
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.3;
    margin-block-end: 0.25em;
  }
  .mz-choices {
    display: grid;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .mz-choice {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_mz-border);
    border-radius: var(--_mz-radius);
    background: var(--_mz-surface);
    cursor: pointer;
    min-block-size: 2.75em;
  }
  .mz-choice:has(input:checked) {
    border-color: var(--_mz-accent);
    box-shadow: inset 0 0 0 1px var(--_mz-accent);
    background: var(--_mz-surface-alt);
  }
  /* font-size: inputs get the UA's 13.33px font; inherit it so the em box grows with 200 % text. */
  .mz-choice input {
    font-size: inherit;
    inline-size: 1.4em;
    block-size: 1.4em;
    margin: 0.05em 0 0;
    flex: none;
    accent-color: var(--_mz-accent);
  }
  .mz-choice small {
    display: block;
    color: var(--_mz-muted);
    font-size: 0.9375em;
  }
  /* The focus ring goes around the whole choice, not only the small radio. */
  .mz-choice:has(input:focus-visible) {
    outline: 3px solid var(--_mz-focus-text);
    box-shadow: 0 0 0 6px var(--_mz-focus);
  }
  .mz-choice input:focus-visible {
    outline: none;
    box-shadow: none;
  }
  label {
    cursor: pointer;
  }
  input[type='text'],
  input[type='number'],
  input[type='date'],
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_mz-surface);
    border: 2px solid var(--_mz-border);
    border-radius: var(--_mz-radius);
    padding: 0.4em 0.5em;
    min-block-size: 2.75em;
    max-inline-size: 100%;
  }
  .mz-card {
    border: 1px solid var(--_mz-border);
    border-radius: var(--_mz-radius);
    padding: 0.75em var(--_mz-space);
    margin-block: 0.75em;
    background: var(--_mz-surface);
  }
  .mz-panel {
    border-inline-start: 6px solid var(--_mz-accent);
    background: var(--_mz-surface-alt);
    padding: 0.75em var(--_mz-space);
    margin-block: 1em;
    border-radius: 0 var(--_mz-radius) var(--_mz-radius) 0;
  }
  .mz-panel--danger {
    border-inline-start-color: var(--_mz-danger);
  }
  .mz-panel--success {
    border-inline-start-color: var(--_mz-success);
  }
  .mz-notice {
    border: 2px solid var(--_mz-warning);
    border-radius: var(--_mz-radius);
    padding: 0.5em 0.75em;
    margin-block-end: 1em;
  }
  .mz-notice p {
    margin: 0.25em 0;
  }
  .mz-error {
    border: 3px solid var(--_mz-danger);
    border-radius: var(--_mz-radius);
    padding: 0.75em var(--_mz-space);
  }
  .mz-meta {
    font-size: 0.9em;
    color: var(--_mz-muted);
  }
  details {
    margin-block: 0.75em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    color: var(--_mz-accent);
    min-block-size: 2.75em;
    display: list-item;
    padding-block: 0.6em;
  }
  /* Forced colours already repaint borders and outlines with system colours; we only add what
     would otherwise be lost: the selected choice (its box-shadow is dropped) and a Highlight focus. */
  /* Forced colours drop backgrounds and shadows: "chosen" is a thick Highlight border, focus an
     offset outline in the text colour, so a focused choice that is also chosen still shows focus. */
  @media (forced-colors: active) {
    .mz-choice:has(input:checked) {
      border: 3px solid Highlight;
    }
    :focus-visible,
    .mz-choice:has(input:focus-visible) {
      outline: 3px solid CanvasText;
      outline-offset: 3px;
    }
  }
  @media print {
    .mz-root {
      border: 0;
      padding: 0;
      max-inline-size: none;
      color: #000;
      background: #fff;
    }
    .mz-no-print,
    .mz-actions,
    button {
      display: none !important;
    }
    [data-step-heading] {
      outline: none !important;
      box-shadow: none !important;
    }
    /* Closed <details> keep their content in ::details-content: show it on paper, without the arrow. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    summary::marker {
      content: '';
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      word-break: break-all;
    }
    .mz-card,
    .mz-panel {
      break-inside: avoid;
    }
  }
`;
