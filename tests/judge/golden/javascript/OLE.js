// Prints 2 MiB, twice the problem's 1 MiB output limit, and ends.
const fs = require("fs");
const line = Buffer.from("0123456789".repeat(100) + "\n");
for (let i = 0; i < 2048; i++) fs.writeSync(1, line);
