/**
 * The message templates of the catalogues: a small part of ICU MessageFormat, enough for kzpay's words.
 * - `{name}`: the argument, as the renderer words it (a number formatted as its kind, a message resolved);
 * - `{name, plural, one {...} few {...} many {...} other {...}}`: a branch by the locale's plural rule for the number
 *   (`=0`, `=1`... match exactly first); inside a branch `#` is the number;
 * - `{name, select, a {...} b {...} other {...}}`: a branch by the argument's text.
 * Braces are the only special characters (and `#` inside a plural branch); an apostrophe is an apostrophe.
 */

export type Node =
  | string
  | { arg: string }
  | { hash: true }
  | { arg: string; type: 'plural' | 'select'; branches: Record<string, Node[]> };

/** How a template's arguments become text: `word` for `{name}`, `count` for a plural's number. */
export interface Wording {
  word: (name: string) => string;
  count: (name: string) => number;
  text: (name: string) => string;
  plural: (n: number) => string;
}

const parsed = new Map<string, Node[]>();

/** A template as nodes (parsed once); an Error names the template when it is not well formed. */
export function parseTemplate(template: string): Node[] {
  const cached = parsed.get(template);
  if (cached) return cached;
  const state = { at: 0 };
  const nodes = parseNodes(template, state, false);
  if (state.at < template.length) throw new Error(`template: unexpected "}" at ${state.at} in: ${template}`);
  parsed.set(template, nodes);
  return nodes;
}

function parseNodes(t: string, s: { at: number }, inPlural: boolean): Node[] {
  const nodes: Node[] = [];
  let text = '';
  while (s.at < t.length) {
    const ch = t[s.at];
    if (ch === '}') break;
    if (ch === '#' && inPlural) {
      if (text) nodes.push(text);
      text = '';
      nodes.push({ hash: true });
      s.at++;
    } else if (ch === '{') {
      if (text) nodes.push(text);
      text = '';
      nodes.push(parseArg(t, s));
    } else {
      text += ch;
      s.at++;
    }
  }
  if (text) nodes.push(text);
  return nodes;
}

function parseArg(t: string, s: { at: number }): Node {
  const close = (what: string) => {
    if (t[s.at] !== '}') throw new Error(`template: ${what} not closed at ${s.at} in: ${t}`);
    s.at++;
  };
  s.at++; // {
  const head = /^\s*([\w.]+)\s*(?:,\s*(plural|select)\s*,)?\s*/.exec(t.slice(s.at));
  if (!head) throw new Error(`template: no argument name at ${s.at} in: ${t}`);
  s.at += head[0].length;
  const arg = head[1];
  const type = head[2] as 'plural' | 'select' | undefined;
  if (!type) {
    close(`{${arg}`);
    return { arg };
  }
  const branches: Record<string, Node[]> = {};
  for (;;) {
    const key = /^\s*(=?[\w-]+)\s*\{/.exec(t.slice(s.at));
    if (!key) break;
    s.at += key[0].length;
    branches[key[1]] = parseNodes(t, s, type === 'plural');
    close(`branch ${key[1]} of {${arg}`);
  }
  s.at += /^\s*/.exec(t.slice(s.at))![0].length;
  close(`{${arg}, ${type}`);
  if (!branches.other) throw new Error(`template: {${arg}, ${type}} has no "other" branch in: ${t}`);
  return { arg, type, branches };
}

/** A template's text with its arguments worded. */
export function fillTemplate(nodes: Node[], w: Wording, hash?: string): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') out += node;
    else if ('hash' in node) out += hash ?? '#';
    else if (!('type' in node)) out += w.word(node.arg);
    else if (node.type === 'select') {
      const key = w.text(node.arg);
      out += fillTemplate(node.branches[key] ?? node.branches.other, w, hash);
    } else {
      const n = w.count(node.arg);
      const branch = node.branches[`=${n}`] ?? node.branches[w.plural(n)] ?? node.branches.other;
      out += fillTemplate(branch, w, w.word(node.arg));
    }
  }
  return out;
}

/** The names of a template's arguments, and the plural and select branches it has by argument. */
export function templateArgs(nodes: Node[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (typeof node === 'string' || 'hash' in node) continue;
    into.add(node.arg);
    if ('type' in node) for (const b of Object.values(node.branches)) templateArgs(b, into);
  }
  return into;
}

/** Each plural of a template with the branch keys it has: for the test that every locale's forms are there. */
export function templatePlurals(nodes: Node[], into: string[][] = []): string[][] {
  for (const node of nodes) {
    if (typeof node === 'string' || 'hash' in node || !('type' in node)) continue;
    if (node.type === 'plural') into.push(Object.keys(node.branches));
    for (const b of Object.values(node.branches)) templatePlurals(b, into);
  }
  return into;
}
