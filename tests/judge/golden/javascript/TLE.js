// An endless busy loop: killed at the CPU time limit.
let counter = 0;
for (;;) counter++;
