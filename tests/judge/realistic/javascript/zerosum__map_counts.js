const fs = require('fs');

function countBalanced(values) {
  const seen = new Map([[0, 1]]);
  let prefix = 0;
  let answer = 0;
  for (const v of values) {
    prefix += v; // |prefix| <= 2e14 < 2^53: exact in a double
    const before = seen.get(prefix) || 0;
    answer += before;
    seen.set(prefix, before + 1);
  }
  return answer;
}

const tokens = fs.readFileSync(0, 'utf8').split(/\s+/);
const n = +tokens[0];
const values = new Float64Array(n);
for (let i = 0; i < n; i++) values[i] = +tokens[i + 1];
console.log(String(countBalanced(values)));
