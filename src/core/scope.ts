import type { Category, Raise, Selector } from './data.js';

/** Whether a raise covers a category: no selectors means all; otherwise any matching selector (case-insensitive). */
export function inScope(raise: Raise, category: Category): boolean {
  if (raise.codes) return raise.codes.has(category.code);
  if (raise.selectors.length === 0) return true;
  return raise.selectors.some((s) => {
    const cell = (Object.hasOwn(category.cells, s.column) ? category.cells[s.column] : '').toLowerCase();
    const want = s.value.toLowerCase();
    return s.prefix ? cell.startsWith(want) : cell === want;
  });
}

/** The raises that cover a category, in date order. */
export function raisesFor(raises: readonly Raise[], category: Category): Raise[] {
  return raises.filter((r) => inScope(r, category));
}

/** A scope as the raises file writes it: `all`, or `column=value` selectors joined by `;` (`value*` a prefix). */
export function formatScope(selectors: readonly Selector[]): string {
  if (selectors.length === 0) return 'all';
  return selectors.map((s) => `${s.column}=${s.value}${s.prefix ? '*' : ''}`).join(';');
}
