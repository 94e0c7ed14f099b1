// The code editor: a plain textarea at once (the page is usable while Monaco loads, and if Monaco never does), swapped
// for Monaco once it has loaded. Monaco comes from the server's webjar through its own AMD loader.

import { h } from '../dom.js';

const VS = '/webjars/monaco-editor/0.52.2/min/vs';

// Gavel language ids → Monaco's; anything not here is shown as plain text
const MONACO_LANGUAGES = {
  c: 'c', cpp17: 'cpp', cpp20: 'cpp', d: 'cpp', java: 'java', kotlin: 'kotlin', scala: 'scala', groovy: 'java',
  python3: 'python', pypy3: 'python', javascript: 'javascript', typescript: 'typescript', go: 'go', rust: 'rust',
  csharp: 'csharp', ruby: 'ruby', php: 'php', perl: 'perl', lua: 'lua', bash: 'shell', r: 'r', pascal: 'pascal',
  elixir: 'elixir', clojure: 'clojure', scheme: 'scheme', tcl: 'tcl', fsharp: 'fsharp',
};

let loading = null;

/** Monaco, loaded once per page load. */
export function loadMonaco() {
  if (window.monaco?.editor) return Promise.resolve(window.monaco);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = h('script', { src: `${VS}/loader.js` });
      script.onerror = () => reject(new Error('the Monaco editor could not be loaded'));
      script.onload = () => {
        window.require.config({ paths: { vs: VS } });
        window.require(['vs/editor/editor.main'], () => resolve(window.monaco), reject);
      };
      document.head.append(script);
    });
    loading.catch(() => { loading = null; });
  }
  return loading;
}

/**
 * An editor in host. options: value, language (a Gavel language id), readOnly, label (its accessible name),
 * onChange(text), onSubmit() for Ctrl+Enter. Returns {value(), setValue(text, language), dispose(), ready}, where
 * ready resolves to 'monaco' or 'textarea' (when Monaco could not be loaded).
 */
export function codeEditor(host, { value = '', language = '', readOnly = false, label = 'Source code', onChange, onSubmit } = {}) {
  const area = h('textarea', {
    class: 'code-fallback', spellcheck: 'false', 'aria-label': label, readOnly, rows: 18,
    oninput: () => onChange?.(area.value),
    onkeydown: (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onSubmit) { e.preventDefault(); onSubmit(); }
    },
  });
  area.value = value;
  host.replaceChildren(area);
  host.dataset.editor = 'loading';
  let editor = null;
  let disposed = false;

  const ready = loadMonaco().then((monaco) => {
    if (disposed) return 'textarea';
    const hadFocus = document.activeElement === area;
    const box = h('div', { class: 'monaco-box', dataset: { testid: 'monaco' } });
    host.replaceChildren(box);
    const model = monaco.editor.createModel(area.value, MONACO_LANGUAGES[language] || 'plaintext');
    editor = monaco.editor.create(box, {
      model, readOnly, ariaLabel: label, automaticLayout: true, minimap: { enabled: false },
      scrollBeyondLastLine: false, fontSize: 14, tabSize: 4, renderLineHighlight: 'line',
    });
    model.onDidChangeContent(() => onChange?.(model.getValue()));
    if (onSubmit) editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onSubmit());
    if (hadFocus) editor.focus();
    return 'monaco';
  }, (e) => {
    console.warn(e.message);
    host.append(h('p', { class: 'hint' }, 'The full editor could not be loaded; this plain text box works the same.'));
    return 'textarea';
  });
  ready.then((kind) => { host.dataset.editor = kind; });

  return {
    ready,
    value: () => (editor ? editor.getValue() : area.value),
    setValue(text, newLanguage = language) {
      language = newLanguage;
      if (editor) {
        editor.getModel().setValue(text);
        window.monaco.editor.setModelLanguage(editor.getModel(), MONACO_LANGUAGES[language] || 'plaintext');
      } else {
        area.value = text;
      }
    },
    focus: () => (editor ? editor.focus() : area.focus()),
    dispose() {
      disposed = true;
      if (editor) {
        const model = editor.getModel();
        editor.dispose();
        model?.dispose();
      }
    },
  };
}
