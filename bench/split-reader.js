// The baseline of the fund case: a plain Node reader that only splits each line on commas and sums one column
// (salary, as integer tiyn). Reads the file as a stream, like kzpay fund, and prints the sum.
import { createReadStream } from 'node:fs';

const [file, columnName = 'salary'] = process.argv.slice(2);
let column = -1;
let sum = 0n;
let acc = 0;
let carry = '';

function line(text) {
  if (text === '' || text[0] === '#') return;
  const cells = text.split(',');
  if (column < 0) {
    column = cells.indexOf(columnName);
    return;
  }
  const cell = cells[column];
  if (cell === undefined || cell === '') return;
  const dot = cell.indexOf('.');
  const tiyn =
    dot < 0 ? Number(cell) * 100 : Number(cell.slice(0, dot)) * 100 + Number(cell.slice(dot + 1).padEnd(2, '0'));
  acc += tiyn;
  if (acc > 2 ** 52) {
    sum += BigInt(acc);
    acc = 0;
  }
}

for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
  const buf = carry + chunk;
  let start = 0;
  for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n', start)) {
    line(buf.slice(start, nl));
    start = nl + 1;
  }
  carry = buf.slice(start);
}
line(carry);
sum += BigInt(acc);
process.stdout.write(`${sum / 100n}.${String(sum % 100n).padStart(2, '0')}\n`);
