// A problem statement from its package, drawn safely: markdown through marked, HTML through DOMPurify, LaTeX as
// plain text with its structure kept; maths ($…$, $$…$$, \(…\), \[…\]) is then typeset by KaTeX. Nothing comes
// from outside the server: the libraries are the webjars it serves.

import { session } from '../api.js';
import { fill, h } from '../dom.js';

const MARKED = '/webjars/marked/15.0.12/lib/marked.esm.js';
const PURIFY = '/webjars/dompurify/3.2.6/dist/purify.es.mjs';
const KATEX = '/webjars/katex/0.16.4/dist';

/**
 * Draws the page's statement into el; returns once it is shown (maths typeset as well as it could be). pdfPath: the
 * API path of the statement of a package that has it only as a PDF.
 */
export async function renderStatement(el, page, pdfPath) {
  const text = page.statement || '';
  if (page.statementFormat === 'pdf') {
    await drawPdf(el, pdfPath, page.name);
    return;
  }
  if (page.statementFormat === 'none' || !text.trim()) {
    fill(el, h('p', { class: 'muted' }, 'This problem\'s package has no statement. The samples below show the format.'));
    return;
  }
  if (page.statementFormat === 'markdown') await drawMarkdown(el, text);
  else if (page.statementFormat === 'html') await drawHtml(el, text);
  else drawLatex(el, text);
  dropRepeatedTitle(el, page.name);
  await typesetMaths(el);
}

/** The page already shows the problem's name as its heading; a statement starting with the same one loses it. */
function dropRepeatedTitle(el, name) {
  const first = el.firstElementChild;
  if (first && /^H[1-3]$/.test(first.tagName) && first.textContent.trim() === (name || '').trim()) first.remove();
}

// Maths is kept away from marked, which would read "_" as emphasis and "\," as an escaped comma.
const CODE_OR_MATH = /(```[\s\S]*?```|`[^`\n]*`)|(\$\$[\s\S]+?\$\$|\\\[[\s\S]+?\\\]|\\\([\s\S]+?\\\)|\$[^$\n]+?\$)/g;

async function drawMarkdown(el, text) {
  const [{ marked }, { default: purify }] = await Promise.all([import(MARKED), import(PURIFY)]);
  const maths = [];
  const kept = text.replace(CODE_OR_MATH, (all, code, math) => {
    if (code) return code;
    maths.push(math);
    return `GAVELMATH${maths.length - 1}END`;
  });
  const html = purify.sanitize(marked.parse(kept));
  el.innerHTML = html.replace(/GAVELMATH(\d+)END/g, (_, i) => escapeHtml(maths[Number(i)]));
}

async function drawHtml(el, text) {
  const { default: purify } = await import(PURIFY);
  el.innerHTML = purify.sanitize(text);
}

function escapeHtml(text) {
  // quotes too: a placeholder may have ended up inside an attribute (a link's target)
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * LaTeX is not typeset as a whole (there is no TeX here): the document's body is shown as paragraphs and headings,
 * with the common text commands reduced to their words, and KaTeX typesets the maths in it.
 */
function drawLatex(el, text) {
  let body = text.replace(/(^|[^\\])%.*$/gm, '$1');
  const begin = body.indexOf('\\begin{document}');
  if (begin >= 0) body = body.slice(begin + '\\begin{document}'.length);
  body = body.replace(/\\end\{document\}[\s\S]*$/, '');
  const blocks = body.split(/\n\s*\n|(?=\\(?:sub)?section\*?\{)|(?=\\problemname\{)/);
  const out = [h('p', { class: 'hint' }, 'This statement is written in LaTeX; it is shown as text with its maths typeset.')];
  for (const raw of blocks) {
    const block = raw.trim();
    if (!block) continue;
    const heading = /^\\(problemname|section|subsection)\*?\{([^}]*)\}\s*([\s\S]*)$/.exec(block);
    if (heading) {
      out.push(h(heading[1] === 'subsection' ? 'h4' : 'h3', {}, plainLatex(heading[2])));
      if (heading[3].trim()) out.push(h('p', {}, plainLatex(heading[3])));
    } else {
      out.push(h('p', {}, plainLatex(block)));
    }
  }
  fill(el, out);
}

function plainLatex(text) {
  return text
    .replace(/\\(?:textbf|emph|textit|texttt|underline|text)\{([^{}]*)\}/g, '$1')
    .replace(/\\(?:begin|end)\{(?:itemize|enumerate|center|quote)\}/g, '')
    .replace(/\\item\s*/g, '• ')
    .replace(/~/g, '\u00a0')
    .replace(/``|''/g, '"')
    .replace(/\s*\\\\\s*/g, '\n');
}

let katexCss = false;

async function typesetMaths(el) {
  if (!/[$]|\\\(|\\\[/.test(el.textContent)) return;
  if (!katexCss) {
    document.head.append(h('link', { rel: 'stylesheet', href: `${KATEX}/katex.min.css` }));
    katexCss = true;
  }
  try {
    const { default: renderMathInElement } = await import(`${KATEX}/contrib/auto-render.mjs`);
    renderMathInElement(el, {
      delimiters: [
        { left: '$$', right: '$$', display: true },
        { left: '\\[', right: '\\]', display: true },
        { left: '$', right: '$', display: false },
        { left: '\\(', right: '\\)', display: false },
      ],
      throwOnError: false,
      ignoredTags: ['script', 'noscript', 'style', 'textarea', 'pre', 'code'],
    });
  } catch (e) {
    // the maths stays readable as TeX source
    console.warn('KaTeX', e);
  }
}

/** A PDF-only statement: fetched with the user's token (a contest's may be private), shown inline and linked. */
async function drawPdf(el, path, name) {
  const headers = session.token ? { Authorization: `Bearer ${session.token}` } : {};
  const response = await fetch(path, { headers });
  if (!response.ok) throw new Error(`the PDF statement could not be loaded (${response.status})`);
  const url = URL.createObjectURL(await response.blob());
  fill(el,
    h('p', {}, 'This problem\'s statement is a PDF. ',
      h('a', { href: url, target: '_blank', rel: 'noopener', download: `${name}.pdf` }, 'Open the statement (PDF)')),
    h('object', { class: 'statement-pdf', type: 'application/pdf', data: url, 'aria-label': `Statement of ${name}` },
      h('p', { class: 'muted' }, 'This browser does not show PDFs inline; use the link above.')));
}
