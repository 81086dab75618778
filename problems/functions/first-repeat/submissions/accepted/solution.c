char firstRepeated(char* s) {
    int count[128] = {0};
    for (char* p = s; *p; p++) count[(unsigned char)*p]++;
    for (char* p = s; *p; p++) {
        if (count[(unsigned char)*p] > 1) return *p;
    }
    return '\0';
}
