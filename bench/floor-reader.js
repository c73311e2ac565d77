// Node's read-only floor (spec §5): a stream that only counts the newlines of a file, in 64 KB chunks as kzpay fund
// reads it, and prints the count. No reader of the same file can be faster than this in Node.
import { createReadStream } from 'node:fs';

let lines = 0;
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 16 })) {
  for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
}
process.stdout.write(`${lines}\n`);
