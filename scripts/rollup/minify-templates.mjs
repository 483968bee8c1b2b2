// Minifies the static text of our own lit templates: css`…` (comments, white space around
// punctuation) and html`…` (runs of white space with a line break become one space — HTML collapses
// them anyway; we have no <pre>, and textarea content is bound with .value). Terser leaves template
// strings alone, and these strings are a large share of every chunk. Uses TypeScript's parser so
// nested templates and ${…} expressions are handled exactly.
import ts from 'typescript';

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2');
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(?:css|html)`/.test(code)) return null;
      const sf = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'css' || node.tag.text === 'html')) {
          const fn = node.tag.text === 'css' ? minifyCss : minifyHtml;
          const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
            ? [node.template]
            : [node.template.head, ...node.template.templateSpans.map((s) => s.literal)];
          for (const p of parts) {
            // The raw text sits between the delimiters: ` or } at the start, ` or ${ at the end.
            const start = p.getStart(sf) + 1;
            const end = p.getEnd() - (ts.isTemplateHead(p) || ts.isTemplateMiddle(p) ? 2 : 1);
            const raw = code.slice(start, end);
            const min = fn(raw);
            if (min !== raw) edits.push([start, end, min]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
      if (!edits.length) return null;
      let out = code;
      for (const [s, e, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + text + out.slice(e);
      return { code: out, map: null };
    },
  };
}
