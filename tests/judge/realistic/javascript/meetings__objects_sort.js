const lines = require('fs').readFileSync('/dev/stdin', 'utf8').split('\n');
const n = Number(lines[0]);
const requests = [];
for (let i = 1; i <= n; i++) {
  const [start, end] = lines[i].split(' ').map(Number);
  requests.push({ start, end });
}
requests.sort((a, b) => a.end - b.end || a.start - b.start);
let taken = 0;
let freeFrom = -Infinity;
for (const { start, end } of requests) {
  if (start >= freeFrom) {
    taken++;
    freeFrom = end;
  }
}
console.log(taken);
