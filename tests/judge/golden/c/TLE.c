/* An endless busy loop: killed at the CPU time limit. */
int main(void) {
    volatile unsigned long counter = 0;
    for (;;) counter++;
}
