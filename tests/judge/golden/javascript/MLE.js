// Keeps touched 1 MiB buffers (outside the V8 heap) alive, forever: the OOM killer ends it.
const blocks = [];
for (;;) blocks.push(Buffer.alloc(1 << 20, 1));
