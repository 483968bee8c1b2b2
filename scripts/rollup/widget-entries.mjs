// The npm build's public entry per widget (`mantelkit/<widget>`): registers the element (define.ts)
// and re-exports the element module's public names (class, value lists), so a bundler finds
// `import { MzLeaveCalculator } from 'mantelkit/leave-calculator'`. Generated, so a widget needs no
// entry file of its own.
import { resolve } from 'node:path';

const PREFIX = '\0mantelkit-entry:';

export const widgetEntryId = (name) => `${PREFIX}${name}`;

export function widgetEntries() {
  return {
    name: 'mantelkit-widget-entries',
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const dir = resolve('src/components', name);
      return `import ${JSON.stringify(`${dir}/define.ts`)};\nexport * from ${JSON.stringify(`${dir}/${name}.ts`)};\n`;
    },
  };
}
