'use strict';

class MinHeap {
  constructor() {
    this.keys = [];
    this.vals = [];
  }

  get size() {
    return this.keys.length;
  }

  push(key, val) {
    const k = this.keys, v = this.vals;
    let i = k.length;
    k.push(key);
    v.push(val);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p] <= key) break;
      k[i] = k[p];
      v[i] = v[p];
      i = p;
    }
    k[i] = key;
    v[i] = val;
  }

  pop() {
    const k = this.keys, v = this.vals;
    const top = [k[0], v[0]];
    const lastK = k.pop(), lastV = v.pop();
    const n = k.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && k[c + 1] < k[c]) c++;
        if (k[c] >= lastK) break;
        k[i] = k[c];
        v[i] = v[c];
        i = c;
      }
      k[i] = lastK;
      v[i] = lastV;
    }
    return top;
  }
}

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).map(Number);
const n = data[0], m = data[1];
const head = new Int32Array(n + 1).fill(-1);
const next = new Int32Array(2 * m), to = new Int32Array(2 * m), weight = new Float64Array(2 * m);
let e = 0;
const addEdge = (u, v, w) => {
  to[e] = v;
  weight[e] = w;
  next[e] = head[u];
  head[u] = e++;
};
for (let i = 0; i < m; i++) {
  const u = data[2 + 3 * i], v = data[3 + 3 * i], w = data[4 + 3 * i];
  addEdge(u, v, w);
  addEdge(v, u, w);
}
const dist = new Float64Array(n + 1).fill(Infinity); // distances <= 1e14: exact
dist[1] = 0;
const heap = new MinHeap();
heap.push(0, 1);
while (heap.size) {
  const [d, u] = heap.pop();
  if (d !== dist[u]) continue;
  for (let k = head[u]; k !== -1; k = next[k]) {
    const nd = d + weight[k];
    if (nd < dist[to[k]]) {
      dist[to[k]] = nd;
      heap.push(nd, to[k]);
    }
  }
}
console.log(dist[n] === Infinity ? '-1' : String(dist[n]));
