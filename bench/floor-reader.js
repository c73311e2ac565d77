// Node's read-only floor (spec §5): a stream that only counts the newlines of a file, in 64 KB chunks as kzpay fund
// reads it, and prints the count. No reader of the same file can be faster than this in Node. With `text`, the
// chunks are decoded to strings first (UTF-8, as any reader of text must), to show what decoding alone costs.
import { createReadStream } from 'node:fs';

const [file, mode] = process.argv.slice(2);
let lines = 0;
if (mode === 'text') {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16, encoding: 'utf8' })) {
    for (let at = chunk.indexOf('\n'); at >= 0; at = chunk.indexOf('\n', at + 1)) lines++;
  }
} else {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 })) {
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
  }
}
process.stdout.write(`${lines}\n`);
