'use strict';

function lowerBound(arr, len, x) {
  let lo = 0, hi = len;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function main() {
  const data = require('fs').readFileSync(0).toString().split(/\s+/);
  const n = parseInt(data[0]);
  const tails = new Int32Array(n);
  let len = 0;
  for (let i = 1; i <= n; i++) {
    const x = parseInt(data[i]);
    const at = lowerBound(tails, len, x);
    tails[at] = x;
    if (at === len) len++;
  }
  console.log(len);
}

main();
