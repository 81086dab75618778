// An endless busy loop (with a side effect: an empty endless loop is undefined in C++).
int main() {
    volatile unsigned long counter = 0;
    for (;;) counter++;
}
