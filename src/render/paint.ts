export type Paint = (text: string) => string;
export interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
  cyan: Paint;
}

const same: Paint = (text) => text;
const PLAIN: Palette = { bold: same, dim: same, red: same, yellow: same, green: same, cyan: same };

/**
 * Colours for a terminal that takes them, else plain text;
 * chalk is loaded only for colour, so a pipe never pays for it.
 */
export async function palette(color: boolean): Promise<Palette> {
  return color ? new (await import('chalk')).Chalk({ level: 1 }) : PLAIN;
}
