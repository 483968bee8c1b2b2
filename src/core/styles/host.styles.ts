import { css } from 'lit';

/**
 * Public theme tokens (documented in the README), read once into private `--_mz-*` variables so a
 * partner can set any of them on the element or an ancestor. Defaults pass WCAG AA on white.
 * The host defends itself against hostile page styles: `!important` inside a shadow root beats the
 * page's own `!important` on the host.
 */
export const hostStyles = css`
  :host {
    --_mz-accent: var(--mz-color-accent, #0b5cad);
    --_mz-accent-text: var(--mz-color-accent-contrast, #ffffff);
    --_mz-text: var(--mz-color-text, inherit);
    --_mz-muted: var(--mz-color-muted, #4a4a4a);
    --_mz-surface: var(--mz-color-surface, #ffffff);
    --_mz-surface-alt: var(--mz-color-surface-alt, #f3f5f8);
    --_mz-border: var(--mz-color-border, #6b6b6b);
    --_mz-focus: var(--mz-color-focus, #ffbf47);
    --_mz-focus-text: var(--mz-color-focus-text, #0b0c0c);
    --_mz-danger: var(--mz-color-danger, #b3261e);
    --_mz-success: var(--mz-color-success, #1b6b3a);
    --_mz-warning: var(--mz-color-warning, #8a4b00);
    --_mz-radius: var(--mz-radius, 0.375em);
    --_mz-space: var(--mz-space, 1em);
    --_mz-max-width: var(--mz-max-width, 44em);

    display: block !important;
    box-sizing: border-box !important;
    max-inline-size: 100% !important;
    font-family: inherit;
    /* Floor: a host with html{font-size:62.5%} must not shrink our text below 16px; 200% zoom still scales. */
    font-size: var(--mz-font-size, max(1rem, 16px)) !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    white-space: normal !important;
    font-style: normal;
    font-weight: normal;
    color: var(--_mz-text);
    overflow-wrap: anywhere;
    contain: content;
  }
  /* While loading (defined, not yet rendered) keep the loader's reserve (loader-reserve.ts), so nothing shifts. */
  :host(:not(:state(rendered))) {
    min-block-size: var(--mz-reserve-block-size, var(--_mz-reserve, 0px));
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
