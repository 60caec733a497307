// Rollup plugin for the drop-in modules: collapses the indentation inside lit-html's html`...` and
// svg`...` templates (each run of whitespace in their fixed text becomes one space), which a JS minifier
// leaves alone. HTML shows a run of whitespace as one space except in <pre>, <textarea> or under
// `white-space: pre*`; no template of ours has those (a template with <pre> or <textarea> fails the build
// here), so the page shows the same. Found with TypeScript's parser, not a regex: a template's `${...}`
// parts, nested templates and strings inside them are left as they are. Source maps follow the edits.
import MagicString from 'magic-string';
import ts from 'typescript';

const TAGS = new Set(['html', 'svg']);

export default function minifyHtmlLiterals() {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (!id.endsWith('.ts') || !/\b(?:html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const out = new MagicString(code);
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const t = node.template;
          for (const part of ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)]) {
            // The fixed text between its delimiters: ` or } before it, ${ or ` after it.
            const from = part.getStart(source) + 1;
            const to = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            const text = code.slice(from, to);
            if (/<(?:pre|textarea)\b/i.test(text)) this.error(`${id}: a template with <pre> or <textarea> cannot have its whitespace collapsed`);
            const collapsed = text.replace(/[ \t\n\r\f]+/g, ' '); // HTML's whitespace: not U+00A0 or thin spaces
            if (collapsed !== text) out.overwrite(from, to, collapsed);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id, includeContent: true }) } : null;
    },
  };
}
