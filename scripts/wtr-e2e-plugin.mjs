// Placeholder replaced by the e2e plugin (built-page checks); returns a no-op plugin for now.
export function e2ePlugin() { return { name: 'mz-e2e' }; }
