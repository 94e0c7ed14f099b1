// Not drawn yet: this page is being built.
import { h } from '../dom.js';

export default async function render(ctx) {
  ctx.title('problems');
  ctx.main.append(h('h1', {}, 'problems'), h('p', {}, 'This page is not built yet.'));
}
