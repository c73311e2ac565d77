import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { runCli, runJson } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/**
 * kzpay's html pages in a real browser, headless Chromium: each command's page printed to PDF (A4 landscape), its
 * text read back with pdftotext, and a screenshot that shows a drawn chart. .ci/run installs Debian's
 * chromium-headless-shell and poppler-utils where they are missing; elsewhere these tests are skipped, saying why.
 */
function findBrowser(): string | undefined {
  const candidates = [
    'chromium-headless-shell',
    '/usr/lib/chromium/chromium-headless-shell',
    '/usr/lib/chromium-headless-shell/chromium-headless-shell',
    'chromium',
    'chromium-browser',
  ];
  for (const c of candidates) {
    if (c.startsWith('/') && !existsSync(c)) continue;
    const r = spawnSync(c, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (r.status === 0) return c;
  }
  return undefined;
}

const browser = findBrowser();
const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;
const ready = browser !== undefined && hasPdftotext;
if (!ready) {
  console.warn(
    'test/browser/chromium.test.ts: skipped, ' +
      (browser === undefined ? 'no headless Chromium (chromium-headless-shell)' : '`pdftotext` (poppler-utils)') +
      ' is not on the PATH; install chromium-headless-shell and poppler-utils (.ci/run does) to run them',
  );
}

/** Chromium's first start in a fresh profile takes seconds; a loaded CI machine can take many more. */
const BROWSER_TIMEOUT = 120_000;
const dir = ready ? tempDir('browser') : '';

/** Runs headless Chromium on a page with the given flags, in a private profile. */
function chromium(page: string, flags: string[]): void {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    `--user-data-dir=${join(dir, 'profile')}`,
    ...flags,
    pathToFileURL(page).href,
  ];
  const r = spawnSync(browser!, args, { encoding: 'utf8', timeout: BROWSER_TIMEOUT });
  if (r.error) throw new Error(`${browser} ${args.join(' ')}: ${r.error}`);
}

/** The page printed to PDF, and the PDF's text with every kind of space as one space. */
function printedText(page: string): { pdf: string; text: string } {
  const pdf = page.replace(/\.html$/, '.pdf');
  chromium(page, [`--print-to-pdf=${pdf}`, '--no-pdf-header-footer']);
  if (!existsSync(pdf)) throw new Error(`Chromium printed no ${pdf}`);
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`pdftotext ${pdf}: ${r.stderr}`);
  return { pdf, text: r.stdout.replace(/[\s\u00a0\u202f]+/g, ' ') };
}

/** A PNG's pixels as RGB triples (8-bit truecolour, with or without alpha, not interlaced: what Chromium writes). */
function pngPixels(file: string): { width: number; height: number; rgb: (x: number, y: number) => number[] } {
  const png = readFileSync(file);
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new Error(`${file}: a PNG of depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  // Undo each row's filter (PNG spec 9.2): none, sub, up, average, Paeth.
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i];
      const a = i >= channels ? pixels[y * stride + i - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
      const c = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels] : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      pixels[y * stride + i] = (x + predicted) & 0xff;
    }
  }
  return {
    width,
    height,
    rgb: (x, y) => [...pixels.subarray((y * width + x) * channels, (y * width + x) * channels + 3)],
  };
}

/** How much of a screenshot is not white, how many colours it has, and how much is the first series' blue. */
function screenshotStats(page: string): { inked: number; colours: number; blue: number } {
  const png = page.replace(/\.html$/, '.png');
  chromium(page, [`--screenshot=${png}`, '--window-size=1280,1000', '--hide-scrollbars']);
  if (!existsSync(png)) throw new Error(`Chromium took no ${png}`);
  const { width, height, rgb } = pngPixels(png);
  const colours = new Set<number>();
  let inked = 0;
  let blue = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = rgb(x, y);
      colours.add((r << 16) | (g << 8) | b);
      if (r < 240 || g < 240 || b < 240) inked++;
      // The first series' colour, #1f5fa8, give or take the edges' smoothing.
      if (Math.abs(r - 0x1f) < 24 && Math.abs(g - 0x5f) < 24 && Math.abs(b - 0xa8) < 24) blue++;
    }
  }
  return { inked: inked / (width * height), colours: colours.size, blue };
}

/** Money as a page shows it: whole tenge, half up, grouped by spaces. */
function money(value: string): string {
  return new Dec(value)
    .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
    .toFixed(0)
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** A number of the given places, half up, with a decimal comma (ru, kk). */
function comma(value: string, places: number): string {
  return new Dec(value).toDecimalPlaces(places, Dec.ROUND_HALF_UP).toFixed(places).replace('.', ',');
}

async function writePage(args: string[], name: string): Promise<string> {
  const file = join(dir, name);
  const r = await runCli([...args, '-o', file]);
  if (r.code !== 0) throw new Error(`kzpay ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return file;
}

describe.skipIf(!ready)('html pages in headless Chromium', () => {
  it(
    'prints salary E-G-4 --years 7 to an A4 landscape PDF whose text holds every salary of the report',
    async () => {
      const page = await writePage(['salary', 'E-G-4', '--years', '7'], 'report.html');
      const { pdf, text } = printedText(page);
      // A4 landscape is 842 × 595 points.
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info.status).toBe(0);
      expect(info.stdout).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
      // The README's numbers, worked out in test/cases: 62 461 in 2024, 85 014 in 2031, 45 392 in real terms.
      for (const n of ['62 461', '85 014', '45 392']) expect(text).toContain(n);
      const doc = await runJson(['salary', 'E-G-4', '--years', '7']);
      expect(doc.rows).toHaveLength(8);
      for (const row of doc.rows) {
        for (const key of ['salary', 'earnings', 'salary_real', 'earnings_real']) {
          expect(text).toContain(money(row[key] as string));
        }
      }
      expect(text).toContain('Salaries by year');
      expect(text).toContain('salaries of the grid of 2024-01-01, in tenge (KZT)');
    },
    BROWSER_TIMEOUT * 2,
  );

  it(
    "prints index --locale ru to a PDF whose text holds each year's indices with a decimal comma, in Russian",
    async () => {
      const page = await writePage(['index', '--locale', 'ru'], 'i.html');
      const { text } = printedText(page);
      const doc = await runJson(['index']);
      for (const row of doc.rows) {
        for (const key of ['nominal_index', 'price_index', 'real_index']) {
          expect(text).toContain(comma(row[key] as string, 4));
        }
      }
      // The paper's raises 2005-2023 multiply pay by 10.8153 (README).
      expect(text).toContain('10,8153');
      for (const word of ['Повышения окладов и цены', 'Итоги', 'Допущения', 'Источники']) expect(text).toContain(word);
    },
    BROWSER_TIMEOUT * 2,
  );

  it(
    'prints fund --indexation cpi@2027 --compare --locale kk to a PDF whose text holds the fund of every row',
    async () => {
      const args = ['fund', '--indexation', 'cpi@2027', '--compare'];
      const page = await writePage([...args, '--locale', 'kk'], 'f.html');
      const { text } = printedText(page);
      const doc = await runJson(args);
      expect(doc.rows.length).toBeGreaterThan(1);
      for (const row of doc.rows) {
        for (const key of ['salary_fund', 'savings_bonus', 'total', 'total_base', 'total_real', 'cost']) {
          expect(text).toContain(money(row[key] as string));
        }
      }
      for (const word of ['Еңбекақы қоры', 'Жорамалдар', 'Дереккөздер']) expect(text).toContain(word);
    },
    BROWSER_TIMEOUT * 2,
  );

  it.each([
    ['gaps', ['gaps'], ['182 988', '163 166', '12.15']],
    // The shortfall proposal of block D, bottom up (Table 1): D-4 116 623 (98 926 × 1.12 is less), D-3 116 623 ×
    // 1.32 = 153 942.36 → 153 943, D-2 × 1.32 → 203 205, D-1 × 1.12 = 227 589.6 → 227 590: +24.37% on 182 988.
    ['gaps --propose', ['gaps', '--propose', '--locale', 'ru'], ['182 988', '153 943', '203 205', '227 590', '24,37']],
    ['data grid', ['data', 'grid', '--locale', 'kk'], ['182 988', '62 461']],
  ])(
    'prints %s to a PDF whose text holds its numbers',
    async (name, args, numbers) => {
      const page = await writePage(args, `${name.replace(/\W+/g, '-')}.html`);
      const { text } = printedText(page);
      for (const n of numbers) expect(text).toContain(n);
    },
    BROWSER_TIMEOUT * 2,
  );

  it.each([
    ['salary', ['salary', 'E-G-4', '--years', '7']],
    ['index', ['index', '--locale', 'ru']],
    ['gaps', ['gaps', '--propose']],
    ['fund', ['fund', '--years', '3', '--indexation', 'cpi@2026', '--compare', '--locale', 'kk']],
  ])(
    "shows the %s page with its chart drawn: a screenshot of many colours, the first series' blue among them",
    async (name, args) => {
      const page = await writePage(args, `shot-${name}.html`);
      const stats = screenshotStats(page);
      expect(stats.inked).toBeGreaterThan(0.03);
      expect(stats.colours).toBeGreaterThan(16);
      // A line or a bar of the chart, not a stray pixel: several hundred pixels of it.
      expect(stats.blue).toBeGreaterThan(500);
    },
    BROWSER_TIMEOUT * 2,
  );
});
