import { existsSync } from 'node:fs';
import { WIDGETS } from './scripts/widgets.mjs';
import { staticParts } from './scripts/types/parts.mjs';

// Event payloads (src/core/events.ts is the source of the types; the generators turn these names
// into imports). `type` is the analyzer misreading `emit(type, detail)`: not an event.
const EVENTS = {
  'mz-ready': 'CustomEvent<MzReadyDetail>',
  'mz-step': 'CustomEvent<MzStepDetail>',
  'mz-complete': 'CustomEvent<MzCompleteDetail>',
  'mz-error': 'CustomEvent<MzErrorDetail>',
  'mz-filters': 'CustomEvent<MzFiltersDetail>',
  'mz-hand-over': 'CustomEvent<MzHandOverDetail>',
};

// Parts drawn by shared templates (src/core/flow, src/core/print.ts, src/components/common): added
// to each widget that renders them. scripts/types/check-manifest.mjs fails on any static part of a
// widget's templates that the manifest lacks; a widget's own parts belong in its class JSDoc.
const SHARED_PARTS = {
  heading: 'the heading of each step and screen (also `[data-step-heading]`)',
  progress: '"Question n of m"',
  actions: 'the row of buttons under a step or result',
  button: 'every button; each also has `button-<name>`: start, next, skip, back, restart, forget, print, …',
  'button-start': 'the start button on the intro',
  'button-next': 'next question',
  'button-skip': 'skip a question',
  'button-back': 'previous question',
  'button-restart': 'start again',
  'button-forget': 'forget my answers (with `remember`)',
  'button-print': 'print or save the result',
  remember: 'the line about kept answers (with `remember`), with the forget button',
  helpline: 'a help line in the urgent-help block',
  'helpline-note': 'the note under a help line (hours, cost)',
};

// Parts a widget draws in its own templates whose JSDoc does not list them yet.
const OWN_PARTS = {
  'mz-association-finder': {
    empty: 'the message when no local offer matches',
    'group-urgent': 'the urgent-help group',
    'group-local': 'the partner\'s local offers',
    'group-associations': 'associations for caregivers',
    'group-helplines': 'help lines',
    'group-services': 'services',
    'button-apply': 'apply the filters',
  },
  'mz-leave-calculator': {
    'group-yes': 'leave you can take',
    'group-check': 'leave to check with your employer',
    'group-no': 'leave that does not fit',
    'button-copy': 'copy the letter text',
  },
  'mz-recognition-quiz': {
    'button-check': 'open the check of what the recognition asks',
    'button-change': 'change an answer from the overview',
  },
};

// Dispatched ON these widgets by a sibling on the same page (not bubbling; src/components/common/hand-over.ts):
// `mz-filters` on the finder by an overload check, `mz-hand-over` on the quiz and overload check by a rights overview.
const HAND_OVER = (what) => ({ name: 'mz-hand-over', type: { text: EVENTS['mz-hand-over'] }, description: `\`{ give(words) }\` from an \`<mz-rights-overview>\` on the same page, dispatched on this element when its reader asks to take over answers; once the result shows, this element calls \`give\` with ${what} (in memory only)` });
const EXTRA_EVENTS = {
  'mz-association-finder': [{ name: 'mz-filters', type: { text: EVENTS['mz-filters'] }, description: '`{ targetGroups }` from an `<mz-overload-check>` on the same page, dispatched on this element when the reader follows its link; pre-fills the "who do you care for" filter (in memory only)' }],
  'mz-recognition-quiz': [HAND_OVER("`{ widget, audience, answers: { frequency, hours, who } }`")],
  'mz-overload-check': [HAND_OVER("`{ widget, audience, careFor }` (never the strain answers or the band)")],
};

/** `src/x/y.ts` → `dist/lib/x/y.js`: the shipped npm file (see rollup.config.mjs). */
const shipped = (path) => path.replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '.js');

function relinkPaths(node) {
  if (Array.isArray(node)) node.forEach(relinkPaths);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'path' || k === 'module') && typeof v === 'string' && v.startsWith('src/')) node[k] = shipped(v);
      else relinkPaths(v);
    }
  }
}

function mantelkitManifest() {
  return {
    name: 'mantelkit-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const mod of manifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          // Only the public API: protected helpers (emit, t, c, fmt, locale, issues…) are not for hosts.
          decl.members = (decl.members ?? []).filter((m) => !m.privacy || m.privacy === 'public');
          if (!decl.customElement && !decl.tagName) continue;
          decl.events = [...(decl.events ?? []).filter((e) => e.name && e.name !== 'type'), ...(EXTRA_EVENTS[decl.tagName] ?? [])];
          for (const e of decl.events) if (EVENTS[e.name]) e.type = { text: EVENTS[e.name] };
          // `lang` is HTML's own attribute and property (per element; see README).
          for (const a of decl.attributes ?? []) if (a.name === 'lang') Object.assign(a, { type: { text: 'string' }, fieldName: 'lang' });
          const widget = WIDGETS.find((w) => w.tag === decl.tagName);
          if (!widget) continue;
          const have = new Set((decl.cssParts ?? []).map((p) => p.name));
          const found = staticParts(mod.path);
          const add = { ...SHARED_PARTS, ...OWN_PARTS[decl.tagName] };
          for (const name of found.keys()) {
            if (!have.has(name) && add[name]) decl.cssParts = [...(decl.cssParts ?? []), { name, description: add[name] }];
          }
          if (!decl.description) decl.description = decl.summary ?? '';
        }
      }
      // The registration side effect of each widget (define.ts is not analysed: it has no class).
      for (const w of WIDGETS) {
        const mod = manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === w.tag));
        const decl = mod?.declarations.find((d) => d.tagName === w.tag);
        if (!decl) continue;
        mod.exports = [...(mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'), { kind: 'custom-element-definition', name: w.tag, declaration: { name: decl.name, module: mod.path } }];
      }
      relinkPaths(manifest.modules);
      if (!existsSync('src/core/events.ts')) throw new Error('custom-elements-manifest.config.mjs: src/core/events.ts moved');
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/core/mantelkit-element.ts'],
  exclude: ['src/components/*/*.styles.ts', 'src/components/*/define.ts', 'src/components/*/types.ts'],
  outdir: '.',
  litelement: true,
  plugins: [mantelkitManifest()],
};
