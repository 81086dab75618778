const [header, body] = require('fs').readFileSync(0, 'utf8').split('\n');
const [n, d] = header.split(' ').map(Number);
const w = Float64Array.from(body.trim().split(' '), Number);

const makeFits = (weights, days) => (cap) => {
  let used = 1;
  let load = 0;
  for (let i = 0; i < weights.length; i++) {
    if (load + weights[i] > cap) {
      used++;
      load = 0;
    }
    load += weights[i];
  }
  return used <= days;
};

const fits = makeFits(w, d);
let lo = 0;
let hi = 0;
for (let i = 0; i < n; i++) {
  lo = Math.max(lo, w[i]);
  hi += w[i]; // <= 1e14: exact
}
while (lo < hi) {
  const mid = Math.floor((lo + hi) / 2);
  if (fits(mid)) hi = mid;
  else lo = mid + 1;
}
console.log(String(lo));
