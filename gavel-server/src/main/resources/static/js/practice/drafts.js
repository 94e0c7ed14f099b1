// What the editor remembers in this browser: the language last picked, and a draft per problem and language.

const LANGUAGE_KEY = 'gavel.language';

export function lastLanguage() {
  return localStorage.getItem(LANGUAGE_KEY);
}

export function rememberLanguage(id) {
  localStorage.setItem(LANGUAGE_KEY, id);
}

const draftKey = (scope, language) => `gavel.draft.${scope}.${language}`;

export function loadDraft(scope, language) {
  return localStorage.getItem(draftKey(scope, language));
}

/** Keeps the draft; a draft equal to the code stub (or empty) is forgotten instead. */
export function saveDraft(scope, language, text, stub = '') {
  try {
    if (!text.trim() || text === stub) localStorage.removeItem(draftKey(scope, language));
    else localStorage.setItem(draftKey(scope, language), text);
  } catch (e) {
    console.warn('draft not kept', e); // storage full or disabled: the editor still works
  }
}
