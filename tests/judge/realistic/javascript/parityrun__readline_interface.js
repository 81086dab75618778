'use strict';
const readline = require('readline');

const rl = readline.createInterface({ input: process.stdin, terminal: false });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', () => {
  const n = parseInt(lines[0], 10);
  const a = lines[1].trim().split(' ').map(Number);
  let bestLen = 0, bestStart = 0, len = 0, start = 0, prev = -1;
  for (let i = 0; i < n; i++) {
    const p = Math.abs(a[i] % 2);
    if (p === prev) {
      len++;
    } else {
      len = 1;
      start = i + 1;
      prev = p;
    }
    if (len > bestLen) {
      bestLen = len;
      bestStart = start;
    }
  }
  console.log(`${bestLen} ${bestStart}`);
});
