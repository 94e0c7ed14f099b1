// The one way the pages talk to the server: JSON over fetch with the signed-in user's bearer token, and
// RFC 9457 problem details turned into an ApiError whose message a person can read.

const TOKEN_KEY = 'gavel.token';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `the server answered ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.code = (this.problem.type || '').split('/').pop();
    // a bad package or contest lists every mistake
    this.errors = this.problem.errors || [];
    this.retryAfter = null;
  }
}

export const session = {
  get token() { return localStorage.getItem(TOKEN_KEY); },
  set token(value) {
    if (value) localStorage.setItem(TOKEN_KEY, value); else localStorage.removeItem(TOKEN_KEY);
  },
  user: null,            // {id, username, role} once known
  get admin() { return this.user?.role === 'admin'; },
};

/**
 * Calls the API. body: an object (sent as JSON), a Blob/File (sent as is) or undefined.
 * Returns the parsed JSON, the text for text/* answers, or null for 204.
 */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const h = { Accept: 'application/json, application/problem+json, text/plain', ...headers };
  if (session.token) h.Authorization = `Bearer ${session.token}`;
  let payload = body;
  if (body !== undefined && !(body instanceof Blob) && typeof body !== 'string') {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers: h, body: payload });
  } catch (e) {
    throw new ApiError(0, { title: 'Network error', detail: 'the server cannot be reached: ' + e.message });
  }
  if (response.status === 401 && session.token && !path.startsWith('/api/auth/')) {
    // the token was revoked or the account is gone: forget it
    session.token = null;
    session.user = null;
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let problem = null;
    if (type.includes('json')) problem = await response.json().catch(() => null);
    const error = new ApiError(response.status, problem);
    error.retryAfter = response.headers.get('Retry-After');
    throw error;
  }
  if (response.status === 204) return null;
  if (type.includes('json')) return response.json();
  return response.text();
}

/** An EventSource on an API path, signed in by query parameter (EventSource cannot send headers). */
export function events(path) {
  const url = new URL(path, location.origin);
  if (session.token) url.searchParams.set('access_token', session.token);
  return new EventSource(url);
}

/** The WebSocket URL of an API path, signed in by query parameter. */
export function socketUrl(path) {
  const url = new URL(path, location.origin);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  if (session.token) url.searchParams.set('access_token', session.token);
  return url.toString();
}

/** Loads who is signed in (null if nobody, or the token was revoked). */
export async function loadUser() {
  if (!session.token) { session.user = null; return null; }
  try {
    session.user = await api('/api/users/me');
  } catch (e) {
    if (e.status !== 401) throw e;
    session.user = null;
  }
  return session.user;
}
