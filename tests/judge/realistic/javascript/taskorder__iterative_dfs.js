'use strict';
const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).map(Number);
const n = data[0], m = data[1];
const adj = Array.from({ length: n + 1 }, () => []);
for (let i = 0; i < m; i++) adj[data[2 + 2 * i]].push(data[3 + 2 * i]);

// An explicit stack: Node's default stack is too small for a 5e4-deep recursion.
function topoOrder() {
  const state = new Uint8Array(n + 1);
  const edgeIndex = new Int32Array(n + 1);
  const post = [];
  for (let root = 1; root <= n; root++) {
    if (state[root]) continue;
    const stack = [root];
    state[root] = 1;
    while (stack.length) {
      const u = stack[stack.length - 1];
      if (edgeIndex[u] < adj[u].length) {
        const v = adj[u][edgeIndex[u]++];
        if (state[v] === 1) return null;
        if (state[v] === 0) {
          state[v] = 1;
          stack.push(v);
        }
      } else {
        state[u] = 2;
        post.push(u);
        stack.pop();
      }
    }
  }
  return post.reverse();
}

const order = topoOrder();
console.log(order === null ? 'IMPOSSIBLE' : order.join(' '));
