// React SSR: renderToString of a page holding the tag, with the widget module imported on the
// server (it must not throw in Node). Prints the HTML; prepare.mjs checks it.
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { MzLeaveCalculator } from 'mantelkit/leave-calculator';

const html = renderToString(
  h('main', null,
    h('mz-leave-calculator', { status: 'privateEmployee', 'workplace-region': 'flanders' },
      h('a', { href: 'https://www.mantelzorgers.be' }, 'Verlof voor mantelzorgers'))),
);
process.stdout.write(JSON.stringify({ html, defined: typeof MzLeaveCalculator === 'function' }));
