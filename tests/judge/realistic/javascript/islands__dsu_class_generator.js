'use strict';

class DisjointSets {
  constructor(n) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(x) {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }

  union(a, b) {
    a = this.find(a);
    b = this.find(b);
    if (a === b) return;
    if (this.size[a] < this.size[b]) [a, b] = [b, a];
    this.parent[b] = a;
    this.size[a] += this.size[b];
  }
}

function* tokens(text) {
  for (const t of text.split(/\s+/)) if (t.length) yield t;
}

const it = tokens(require('fs').readFileSync(0, 'utf8'));
const next = () => it.next().value;
const n = +next();
const q = +next();
const dsu = new DisjointSets(n + 1);
const out = [];
for (let i = 0; i < q; i++) {
  const op = next();
  const u = +next();
  if (op === 'S') out.push(dsu.size[dsu.find(u)]);
  else if (op === 'Q') out.push(dsu.find(u) === dsu.find(+next()) ? 'YES' : 'NO');
  else dsu.union(u, +next());
}
console.log(out.join('\n'));
