// C0 controls but the line feed, DEL, and the C1 controls (0x9b alone is a CSI on many terminals).
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text for a terminal: control characters from input files (ESC, BEL, CSI...) shown, never run. C0 and DEL become
 * their Unicode control pictures (ESC → ␛), C1 characters their escape as text (\x9b); a line feed stays.
 */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `\\x${code.toString(16)}`;
  });
}
