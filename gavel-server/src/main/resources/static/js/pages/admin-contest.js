// Not drawn yet: this page is being built.
import { h } from '../dom.js';

export default async function render(ctx) {
  ctx.title('admin-contest');
  ctx.main.append(h('h1', {}, 'admin-contest'), h('p', {}, 'This page is not built yet.'));
}
