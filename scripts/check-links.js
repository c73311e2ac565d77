#!/usr/bin/env node
// Checks the relative links of README.md and docs/*.md: each must name a file or folder of the repository, and a
// #anchor into a Markdown file must name one of its headings (as GitHub makes heading anchors). External links are
// not fetched. `node scripts/check-links.js` prints the broken ones and exits 1; test/docs.test.ts runs it too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The Markdown files whose links are checked: README.md and docs/*.md, relative to the root. */
export function docFiles(root = ROOT) {
  const docs = existsSync(join(root, 'docs')) ? readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')) : [];
  return ['README.md', ...docs.sort().map((f) => `docs/${f}`)];
}

/** The lines of a Markdown text outside fenced code blocks, inline code blanked (so links in code are not links). */
export function proseLines(text) {
  let fence = null;
  return text.split(/\r?\n/).map((line) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
      return '';
    }
    if (m) {
      fence = m[1];
      return '';
    }
    return line.replace(/(`+)(.+?)\1/g, (code) => ' '.repeat(code.length));
  });
}

/** GitHub's anchors of a Markdown text's headings: lower case, punctuation dropped, spaces as hyphens, -1 -2... */
export function headingAnchors(text) {
  const seen = new Map();
  const anchors = new Set();
  let fence = null;
  for (const line of text.split(/\r?\n/)) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
      continue;
    }
    if (m) {
      fence = m[1];
      continue;
    }
    const h = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (!h) continue;
    const words = h[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link or image keeps its text
      .replace(/<[^>]+>/g, '')
      .trim()
      .toLowerCase();
    const base = words.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** The link targets of a Markdown text, with their line numbers: inline links, images, references, href. */
export function linkTargets(text) {
  const out = [];
  proseLines(text).forEach((line, i) => {
    const patterns = [
      /!?\[[^\]]*\]\(\s*<([^>]*)>(?:\s+"[^"]*")?\s*\)/g, // [text](<target with spaces>)
      /!?\[[^\]]*\]\(\s*([^\s)<]+)(?:\s+"[^"]*")?\s*\)/g, // [text](target "title")
      /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/g, // [label]: target
      /\bhref="([^"]*)"/g,
    ];
    for (const re of patterns) for (const m of line.matchAll(re)) out.push({ line: i + 1, target: m[1] });
  });
  return out;
}

/** The broken relative links of one Markdown file (path relative to root), as `FILE:LINE: target: why`. */
export function brokenLinks(file, root = ROOT) {
  const problems = [];
  const from = join(root, file);
  for (const { line, target } of linkTargets(readFileSync(from, 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto: are not fetched
    const hash = target.indexOf('#');
    const path = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
    const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
    const to = path === '' ? from : resolve(dirname(from), path);
    const inside = relative(root, to);
    const why =
      inside.startsWith(`..${sep}`) || inside === '..'
        ? 'leads out of the repository'
        : !existsSync(to)
          ? 'no such file'
          : anchor !== null && to.endsWith('.md') && !headingAnchors(readFileSync(to, 'utf8')).has(anchor)
            ? `no heading #${anchor} in ${relative(root, to)}`
            : null;
    if (why) problems.push(`${file}:${line}: ${target}: ${why}`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = docFiles().flatMap((f) => brokenLinks(f));
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`${problems.length} broken links`);
    process.exit(1);
  }
  console.log(`links ok in ${docFiles().length} files`);
}
