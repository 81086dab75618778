#include <stdio.h>
#include <string.h>

#define MAXN 1000005

static char s[MAXN + 2];
static char stack[MAXN];

static char closer(char c) {
    return c == '(' ? ')' : c == '[' ? ']' : c == '{' ? '}' : 0;
}

int main(void) {
    if (!fgets(s, sizeof s, stdin)) return 1;
    size_t n = strcspn(s, "\r\n");
    int top = 0, depth = 0, ok = 1;
    for (size_t i = 0; i < n && ok; i++) {
        char want = closer(s[i]);
        if (want) {
            stack[top++] = want;
            if (top > depth) depth = top;
        } else if (top == 0 || stack[--top] != s[i]) {
            ok = 0;
        }
    }
    printf("%d\n", ok && top == 0 ? depth : -1);
    return 0;
}
