/* Assay's C driver runtime (the protocol: docs/function-problems.md).
 * main.c includes it after the prelude (standard headers; struct ListNode and struct TreeNode,
 * with ASSAY_LIST_NODE / ASSAY_TREE_NODE defined, when the signature uses them) and before the
 * user's code, so no macro of the user's can reach it. Every name starts with `assay_`. Only
 * <stdio.h> touches the file descriptors: a POSIX header would put `read`, `link`, `pipe`... in
 * the user's namespace.
 *
 * Memory: inputs are allocated with assay_alloc and freed after each test; returned arrays are
 * freed too (LeetCode's rule: "the returned array must be malloced, assume caller calls free()")
 * unless they are an input; returned strings and nodes never are (they may point into inputs). */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>

long long assay_stdout_size(void); /* assay_stdout.c */

#define ASSAY_MAX_NODES 1000000
#define ASSAY_MAX_SIZE 100000000

typedef struct {
    char *data;
    size_t size, capacity;
} AssayBuf;

typedef struct {
    const char *text;
    size_t pos;
} AssayParser;

typedef struct {
    void **items;
    size_t count, capacity;
} AssayPointers;

typedef void (*AssayReadFn)(AssayParser *, void *);
typedef void (*AssayWriteFn)(AssayBuf *, const void *);

static jmp_buf assay_jump;
static int assay_call;          /* the design call running, -1 in a function problem */
static AssayBuf assay_value;    /* the serialized result of the running test */
static char assay_fault_kind[16], assay_fault_type[16], assay_fault_msg[256];
static AssayPointers assay_owned, assay_returned;
static void (*assay_destroy)(void *);
static void *assay_object;

/* --- memory ------------------------------------------------------------------------------- */

static void *assay_must(void *pointer) {
    if (!pointer) {
        fputs("assay driver: out of memory\n", stderr);
        abort();
    }
    return pointer;
}

static void assay_push(AssayPointers *list, void *pointer) {
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? 2 * list->capacity : 64;
        list->items = assay_must(realloc(list->items, list->capacity * sizeof(void *)));
    }
    list->items[list->count++] = pointer;
}

static void *assay_alloc(size_t size) {
    void *pointer = assay_must(malloc(size ? size : 1));
    assay_push(&assay_owned, pointer);
    return pointer;
}

/* A returned array, freed after the test. */
static void assay_give_back(void *pointer) {
    if (pointer) assay_push(&assay_returned, pointer);
}

static int assay_compare_pointers(const void *a, const void *b) {
    uintptr_t x = (uintptr_t) * (void *const *)a, y = (uintptr_t) * (void *const *)b;
    return x < y ? -1 : x > y;
}

static void assay_sort(AssayPointers *list) {
    if (list->count) qsort(list->items, list->count, sizeof(void *), assay_compare_pointers);
}

static void assay_free_test_memory(void) {
    assay_sort(&assay_owned);
    assay_sort(&assay_returned);
    for (size_t i = 0; i < assay_returned.count; i++) {
        void *pointer = assay_returned.items[i];
        int repeated = i > 0 && assay_returned.items[i - 1] == pointer;
        int owned = assay_owned.count && bsearch(&pointer, assay_owned.items, assay_owned.count,
                                                 sizeof(void *), assay_compare_pointers);
        if (!repeated && !owned) free(pointer);
    }
    for (size_t i = 0; i < assay_owned.count; i++) free(assay_owned.items[i]);
    assay_owned.count = assay_returned.count = 0;
}

/* --- the buffer ---------------------------------------------------------------------------- */

static void assay_put(AssayBuf *b, const char *text, size_t n) {
    if (b->size + n + 1 > b->capacity) {
        while (b->size + n + 1 > b->capacity) b->capacity = b->capacity ? 2 * b->capacity : 256;
        b->data = assay_must(realloc(b->data, b->capacity));
    }
    memcpy(b->data + b->size, text, n);
    b->size += n;
    b->data[b->size] = '\0';
}

static void assay_puts(AssayBuf *b, const char *text) { assay_put(b, text, strlen(text)); }

static void assay_putc(AssayBuf *b, char c) { assay_put(b, &c, 1); }

static void assay_printf(AssayBuf *b, const char *format, ...) {
    char text[64];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof text, format, args);
    va_end(args);
    assay_puts(b, text);
}

/* --- faults -------------------------------------------------------------------------------- */

/* Ends the running test with an error record (kind: exception, type, cycle or size). */
static void assay_fail(const char *kind, const char *type, const char *format, ...) {
    va_list args;
    va_start(args, format);
    vsnprintf(assay_fault_msg, sizeof assay_fault_msg, format, args);
    va_end(args);
    snprintf(assay_fault_kind, sizeof assay_fault_kind, "%s", kind);
    snprintf(assay_fault_type, sizeof assay_fault_type, "%s", type);
    longjmp(assay_jump, 1);
}

static void assay_bad_input(const AssayParser *p, const char *why) {
    fprintf(stderr, "assay driver: bad input: %s at column %zu\n", why, p->pos + 1);
    exit(1);
}

/* --- reading ------------------------------------------------------------------------------- */

static AssayParser assay_parser(const char *text) {
    AssayParser p = {text, 0};
    return p;
}

static char assay_peek(AssayParser *p) {
    while (p->text[p->pos] && strchr(" \t\r\n", p->text[p->pos])) p->pos++;
    return p->text[p->pos];
}

static void assay_expect(AssayParser *p, char wanted) {
    if (assay_peek(p) != wanted) assay_bad_input(p, "unexpected character");
    p->pos++;
}

static int assay_accept(AssayParser *p, char wanted) {
    if (assay_peek(p) != wanted) return 0;
    p->pos++;
    return 1;
}

static int assay_literal(AssayParser *p, const char *word) {
    size_t length = strlen(word);
    assay_peek(p);
    if (strncmp(p->text + p->pos, word, length) != 0) return 0;
    p->pos += length;
    return 1;
}

static void assay_finish(AssayParser *p) {
    if (assay_peek(p) != '\0') assay_bad_input(p, "unexpected text after the value");
}

static long long assay_read_integer(AssayParser *p, long long low, long long high) {
    assay_peek(p);
    const char *start = p->text + p->pos;
    char *end;
    errno = 0;
    long long value = strtoll(start, &end, 10);
    if (end == start || errno || value < low || value > high || (*end && strchr(".eE", *end))) {
        assay_bad_input(p, "expected an integer in range");
    }
    p->pos += (size_t)(end - start);
    return value;
}

static int assay_read_int(AssayParser *p) { return (int)assay_read_integer(p, INT_MIN, INT_MAX); }

static long long assay_read_long(AssayParser *p) {
    return assay_read_integer(p, LLONG_MIN, LLONG_MAX);
}

static double assay_read_double(AssayParser *p) {
    assay_peek(p);
    const char *start = p->text + p->pos;
    char *end;
    double value = strtod(start, &end);
    if (end == start) assay_bad_input(p, "expected a number");
    p->pos += (size_t)(end - start);
    return value;
}

static bool assay_read_bool(AssayParser *p) {
    if (assay_literal(p, "true")) return true;
    if (!assay_literal(p, "false")) assay_bad_input(p, "expected a boolean");
    return false;
}

static unsigned assay_hex4(AssayParser *p) {
    unsigned value = 0;
    for (int i = 0; i < 4; i++) {
        char c = p->text[p->pos];
        const char *digit = c ? strchr("0123456789abcdef", tolower((unsigned char)c)) : NULL;
        if (!digit) assay_bad_input(p, "bad \\u escape");
        value = 16 * value + (unsigned)(digit - "0123456789abcdef");
        p->pos++;
    }
    return value;
}

static unsigned assay_code_point(AssayParser *p) {
    unsigned high = assay_hex4(p);
    if (high < 0xD800 || high > 0xDFFF) return high;
    if (high > 0xDBFF || strncmp(p->text + p->pos, "\\u", 2) != 0) return 0xFFFD;
    p->pos += 2;
    unsigned low = assay_hex4(p);
    if (low < 0xDC00 || low > 0xDFFF) return 0xFFFD;
    return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
}

static char *assay_put_utf8(char *out, unsigned cp) {
    if (cp < 0x80) {
        *out++ = (char)cp;
    } else if (cp < 0x800) {
        *out++ = (char)(0xC0 | (cp >> 6));
        *out++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = (char)(0xE0 | (cp >> 12));
        *out++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *out++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *out++ = (char)(0xF0 | (cp >> 18));
        *out++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *out++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *out++ = (char)(0x80 | (cp & 0x3F));
    }
    return out;
}

static char *assay_unescape(AssayParser *p, char *out) {
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    char c = p->text[p->pos++];
    const char *known = c ? strchr(from, c) : NULL;
    if (known) {
        *out++ = to[known - from];
    } else if (c == 'u') {
        out = assay_put_utf8(out, assay_code_point(p));
    } else {
        assay_bad_input(p, "bad escape");
    }
    return out;
}

/* A NUL-terminated copy (strings may not contain NUL), owned by the test. */
static char *assay_read_string_sized(AssayParser *p, int *length) {
    assay_expect(p, '"');
    size_t end = p->pos;
    while (p->text[end] && p->text[end] != '"') end += p->text[end] == '\\' && p->text[end + 1] ? 2 : 1;
    char *text = assay_alloc(end - p->pos + 1), *out = text;
    while (p->text[p->pos] && p->text[p->pos] != '"') {
        if (p->text[p->pos] == '\\') {
            p->pos++;
            out = assay_unescape(p, out);
        } else {
            *out++ = p->text[p->pos++];
        }
    }
    assay_expect(p, '"');
    *out = '\0';
    *length = (int)(out - text);
    return text;
}

static char *assay_read_string(AssayParser *p) {
    int length;
    return assay_read_string_sized(p, &length);
}

static char assay_read_char(AssayParser *p) {
    int length;
    char *text = assay_read_string_sized(p, &length);
    if (length != 1) assay_bad_input(p, "expected one character");
    return text[0];
}

/* Calls `item` for each element of a JSON array; returns how many. */
static int assay_each_item(AssayParser *p, void (*item)(AssayParser *, void *), void *context) {
    int count = 0;
    assay_expect(p, '[');
    if (assay_accept(p, ']')) return 0;
    do {
        item(p, context);
        count++;
    } while (assay_accept(p, ','));
    assay_expect(p, ']');
    return count;
}

typedef struct {
    AssayBuf items;
    size_t element;
    AssayReadFn read;
} AssayArrayReading;

static void assay_array_item(AssayParser *p, void *context) {
    AssayArrayReading *reading = context;
    union {
        long long integer;
        double number;
        void *pointer;
    } item;
    reading->read(p, &item);
    assay_put(&reading->items, (const char *)&item, reading->element);
}

/* A 1-D array (`T* a, int aSize`), owned by the test. */
static void *assay_read_array(AssayParser *p, size_t element, AssayReadFn read, int *size) {
    AssayArrayReading reading = {{NULL, 0, 0}, element, read};
    *size = assay_each_item(p, assay_array_item, &reading);
    void *items = assay_alloc(reading.items.size);
    if (reading.items.size) memcpy(items, reading.items.data, reading.items.size);
    free(reading.items.data);
    return items;
}

typedef struct {
    AssayBuf rows, columns;
    size_t element;
    AssayReadFn read;
} AssayMatrixReading;

static void assay_matrix_row(AssayParser *p, void *context) {
    AssayMatrixReading *reading = context;
    int size;
    void *row = assay_read_array(p, reading->element, reading->read, &size);
    assay_put(&reading->rows, (const char *)&row, sizeof row);
    assay_put(&reading->columns, (const char *)&size, sizeof size);
}

/* A 2-D array (`T** a, int aSize, int* aColSize`), owned by the test. */
static void *assay_read_matrix(AssayParser *p, size_t element, AssayReadFn read, int *size,
                               int **columns) {
    AssayMatrixReading reading = {{NULL, 0, 0}, {NULL, 0, 0}, element, read};
    *size = assay_each_item(p, assay_matrix_row, &reading);
    void **rows = assay_alloc(reading.rows.size);
    *columns = assay_alloc(reading.columns.size);
    if (*size) {
        memcpy(rows, reading.rows.data, reading.rows.size);
        memcpy(*columns, reading.columns.data, reading.columns.size);
    }
    free(reading.rows.data);
    free(reading.columns.data);
    return rows;
}

static void assay_into_int(AssayParser *p, void *out) { *(int *)out = assay_read_int(p); }
static void assay_into_long(AssayParser *p, void *out) { *(long long *)out = assay_read_long(p); }
static void assay_into_double(AssayParser *p, void *out) { *(double *)out = assay_read_double(p); }
static void assay_into_bool(AssayParser *p, void *out) { *(bool *)out = assay_read_bool(p); }
static void assay_into_char(AssayParser *p, void *out) { *(char *)out = assay_read_char(p); }
static void assay_into_string(AssayParser *p, void *out) { *(char **)out = assay_read_string(p); }

/* --- writing: canonical JSON, as Python's json.dumps writes it ----------------------------- */

static void assay_write_int(AssayBuf *b, int value) { assay_printf(b, "%d", value); }

static void assay_write_long(AssayBuf *b, long long value) { assay_printf(b, "%lld", value); }

static void assay_write_bool(AssayBuf *b, bool value) { assay_puts(b, value ? "true" : "false"); }

/* The shortest digits that read back as `value`, in "d.ddde+XX" form. */
static void assay_shortest(double value, char *text, size_t size) {
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(text, size, "%.*e", precision - 1, value);
        if (strtod(text, NULL) == value) return;
    }
}

/* Python's repr(float): fixed notation for exponents -4..15, else scientific. */
static void assay_write_double(AssayBuf *b, double value) {
    if (!isfinite(value)) {
        const char *shown = isnan(value) ? "nan" : value > 0 ? "inf" : "-inf";
        assay_fail("type", "", "returned %s, which is not a finite double", shown);
    }
    char text[40], digits[40];
    assay_shortest(value, text, sizeof text);
    const char *p = text;
    if (*p == '-') assay_putc(b, *p++);
    int count = 0;
    for (; *p != 'e'; p++) {
        if (*p != '.') digits[count++] = *p;
    }
    while (count > 1 && digits[count - 1] == '0') count--;
    int exponent = atoi(p + 1), point = exponent + 1;
    if (point > -4 && point <= 16) {
        if (point <= 0) {
            assay_puts(b, "0.");
            for (int i = 0; i < -point; i++) assay_putc(b, '0');
            assay_put(b, digits, (size_t)count);
        } else if (point >= count) {
            assay_put(b, digits, (size_t)count);
            for (int i = count; i < point; i++) assay_putc(b, '0');
            assay_puts(b, ".0");
        } else {
            assay_put(b, digits, (size_t)point);
            assay_putc(b, '.');
            assay_put(b, digits + point, (size_t)(count - point));
        }
        return;
    }
    assay_putc(b, digits[0]);
    if (count > 1) {
        assay_putc(b, '.');
        assay_put(b, digits + 1, (size_t)(count - 1));
    }
    assay_printf(b, "e%c%02d", exponent < 0 ? '-' : '+', exponent < 0 ? -exponent : exponent);
}

/* Decodes one UTF-8 sequence; -1 when it is not valid UTF-8. */
static long assay_next_code_point(const unsigned char **text) {
    const unsigned char *s = *text;
    int extra = s[0] < 0x80 ? 0 : (s[0] >> 5) == 6 ? 1 : (s[0] >> 4) == 14 ? 2 : (s[0] >> 3) == 30 ? 3 : -1;
    static const long minimum[] = {0, 0x80, 0x800, 0x10000};
    static const unsigned char lead_mask[] = {0x7F, 0x1F, 0x0F, 0x07};
    *text = s + 1;
    if (extra < 0) return -1;
    long cp = s[0] & lead_mask[extra];
    for (int i = 1; i <= extra; i++) {
        if ((s[i] & 0xC0) != 0x80) return -1;  /* also stops at the NUL */
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    *text = s + extra + 1;
    int surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    return cp < minimum[extra] || cp > 0x10FFFF || surrogate ? -1 : cp;
}

static void assay_write_code_point(AssayBuf *b, long cp) {
    static const char plain[] = "\"\\\n\r\t\b\f";
    static const char *const escaped[] = {"\\\"", "\\\\", "\\n", "\\r", "\\t", "\\b", "\\f"};
    const char *known = cp > 0 && cp < 0x80 ? strchr(plain, (int)cp) : NULL;
    if (known) {
        assay_puts(b, escaped[known - plain]);
    } else if (cp >= 0x20 && cp < 0x7F) {
        assay_putc(b, (char)cp);
    } else if (cp < 0x10000) {
        assay_printf(b, "\\u%04lx", cp);
    } else {
        cp -= 0x10000;
        assay_printf(b, "\\u%04lx\\u%04lx", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    }
}

/* A JSON string of `length` bytes, ASCII only; invalid UTF-8 is a type error. */
static void assay_write_text(AssayBuf *b, const char *text, size_t length) {
    const unsigned char *p = (const unsigned char *)text, *end = p + length;
    assay_putc(b, '"');
    while (p < end) {
        long cp = assay_next_code_point(&p);
        if (cp < 0 || p > end) assay_fail("type", "", "the returned string is not valid UTF-8");
        assay_write_code_point(b, cp);
    }
    assay_putc(b, '"');
}

static void assay_write_string(AssayBuf *b, const char *value) {
    if (!value) assay_fail("type", "", "returned NULL where a string was declared");
    assay_write_text(b, value, strlen(value));
}

static void assay_write_char(AssayBuf *b, char value) {
    if ((unsigned char)value > 0x7F) {
        assay_fail("type", "", "returned the byte %d where one (ASCII) character was declared",
                   (unsigned char)value);
    }
    assay_write_text(b, &value, 1);
}

static void assay_check_size(int size, const char *name) {
    if (size == -1) assay_fail("exception", name, "you did not set *%s", name);
    if (size < 0 || size > ASSAY_MAX_SIZE) {
        assay_fail("size", "", "*%s = %d is outside 0..%d", name, size, ASSAY_MAX_SIZE);
    }
}

static void assay_write_array(AssayBuf *b, const void *items, int size, size_t element,
                              AssayWriteFn write) {
    if (size < 0 || size > ASSAY_MAX_SIZE) {
        assay_fail("size", "", "array size %d is outside 0..%d", size, ASSAY_MAX_SIZE);
    }
    if (!items && size > 0) assay_fail("type", "", "returned NULL where an array was declared");
    assay_putc(b, '[');
    for (int i = 0; i < size; i++) {
        if (i) assay_putc(b, ',');
        write(b, (const char *)items + (size_t)i * element);
    }
    assay_putc(b, ']');
}

static void assay_write_matrix(AssayBuf *b, void *const *rows, int size, const int *columns,
                               size_t element, AssayWriteFn write) {
    if (!columns && size > 0) assay_fail("type", "", "the column sizes are NULL");
    if (!rows && size > 0) assay_fail("type", "", "returned NULL where an array was declared");
    assay_putc(b, '[');
    for (int i = 0; i < size; i++) {
        if (i) assay_putc(b, ',');
        assay_write_array(b, rows[i], columns[i], element, write);
    }
    assay_putc(b, ']');
}

/* `output.length: return`: the first `length` items of the in-place array. */
static void assay_write_prefix(AssayBuf *b, const void *items, int size, int length,
                               size_t element, AssayWriteFn write) {
    if (length < 0 || length > size) {
        assay_fail("size", "", "returned length %d is outside 0..%d", length, size);
    }
    assay_write_array(b, items, length, element, write);
}

/* The returned 2-D array, its rows and column sizes go back to the heap after the test. */
static void assay_give_back_matrix(void **rows, int size, int *columns) {
    for (int i = 0; rows && i < size; i++) assay_give_back(rows[i]);
    assay_give_back(rows);
    assay_give_back(columns);
}

static void assay_out_int(AssayBuf *b, const void *v) { assay_write_int(b, *(const int *)v); }
static void assay_out_long(AssayBuf *b, const void *v) { assay_write_long(b, *(const long long *)v); }
static void assay_out_double(AssayBuf *b, const void *v) { assay_write_double(b, *(const double *)v); }
static void assay_out_bool(AssayBuf *b, const void *v) { assay_write_bool(b, *(const bool *)v); }
static void assay_out_char(AssayBuf *b, const void *v) { assay_write_char(b, *(const char *)v); }
static void assay_out_string(AssayBuf *b, const void *v) { assay_write_string(b, *(char *const *)v); }

/* --- nodes ---------------------------------------------------------------------------------- */

/* The driver's rule (as Python's): a node seen twice among the first ASSAY_MAX_NODES + 1 is a
 * cycle, else an (ASSAY_MAX_NODES + 1)-th node is too many. */
static void assay_check_nodes(AssayPointers *nodes, const char *what, const char *cycle) {
    AssayPointers sorted = {NULL, nodes->count, nodes->count};
    sorted.items = assay_must(malloc((nodes->count + 1) * sizeof(void *)));
    if (nodes->count) memcpy(sorted.items, nodes->items, nodes->count * sizeof(void *));
    assay_sort(&sorted);
    int repeated = 0;
    for (size_t i = 1; i < sorted.count && !repeated; i++) {
        repeated = sorted.items[i] == sorted.items[i - 1];
    }
    free(sorted.items);
    if (repeated) assay_fail("cycle", "", "the returned %s %s", what, cycle);
    if (nodes->count > ASSAY_MAX_NODES) {
        assay_fail("size", "", "the returned %s has over %d nodes", what, ASSAY_MAX_NODES);
    }
}

#ifdef ASSAY_LIST_NODE
static void assay_list_item(AssayParser *p, void *context) {
    struct ListNode ***tail = context;
    struct ListNode *node = assay_must(malloc(sizeof *node));
    node->val = assay_read_int(p);
    node->next = NULL;
    **tail = node;
    *tail = &node->next;
}

/* Nodes are never freed: the user's code may keep or return them. */
static struct ListNode *assay_read_list(AssayParser *p) {
    struct ListNode *head = NULL, **tail = &head;
    assay_each_item(p, assay_list_item, &tail);
    return head;
}

static void assay_write_list(AssayBuf *b, const struct ListNode *head) {
    AssayPointers nodes = {NULL, 0, 0};
    for (const struct ListNode *node = head; node && nodes.count <= ASSAY_MAX_NODES; node = node->next) {
        assay_push(&nodes, (void *)node);
    }
    assay_check_nodes(&nodes, "ListNode", "has a cycle");
    assay_putc(b, '[');
    for (size_t i = 0; i < nodes.count; i++) {
        if (i) assay_putc(b, ',');
        assay_write_int(b, ((const struct ListNode *)nodes.items[i])->val);
    }
    assay_putc(b, ']');
    free(nodes.items);
}

static void assay_into_list(AssayParser *p, void *out) { *(struct ListNode **)out = assay_read_list(p); }
static void assay_out_list(AssayBuf *b, const void *v) { assay_write_list(b, *(struct ListNode *const *)v); }
#endif

#ifdef ASSAY_TREE_NODE
static void assay_tree_item(AssayParser *p, void *context) {
    AssayPointers *values = context;
    struct TreeNode *node = NULL;
    if (!assay_literal(p, "null")) {
        node = assay_must(malloc(sizeof *node));
        node->val = assay_read_int(p);
        node->left = node->right = NULL;
    }
    assay_push(values, node);
}

/* LeetCode's level order: each non-null node takes the next two slots as its children. */
static struct TreeNode *assay_read_tree(AssayParser *p) {
    AssayPointers nodes = {NULL, 0, 0};
    assay_each_item(p, assay_tree_item, &nodes);
    size_t next = 1;
    for (size_t i = 0; i < nodes.count && next < nodes.count; i++) {
        struct TreeNode *node = nodes.items[i];
        if (!node) continue;
        node->left = nodes.items[next++];
        if (next < nodes.count) node->right = nodes.items[next++];
    }
    struct TreeNode *root = nodes.count ? nodes.items[0] : NULL;
    free(nodes.items);
    return root;
}

static void assay_write_tree(AssayBuf *b, const struct TreeNode *root) {
    AssayPointers order = {NULL, 0, 0}, nodes = {NULL, 0, 0};
    if (root) assay_push(&order, (void *)root);
    for (size_t i = 0; i < order.count && nodes.count <= ASSAY_MAX_NODES; i++) {
        const struct TreeNode *node = order.items[i];
        if (!node) continue;
        assay_push(&nodes, (void *)node);
        assay_push(&order, node->left);
        assay_push(&order, node->right);
    }
    assay_check_nodes(&nodes, "TreeNode", "is not a tree (a node is reached twice)");
    free(nodes.items);
    while (order.count && !order.items[order.count - 1]) order.count--;
    assay_putc(b, '[');
    for (size_t i = 0; i < order.count; i++) {
        const struct TreeNode *node = order.items[i];
        if (i) assay_putc(b, ',');
        if (node) assay_write_int(b, node->val); else assay_puts(b, "null");
    }
    assay_putc(b, ']');
    free(order.items);
}

static void assay_into_tree(AssayParser *p, void *out) { *(struct TreeNode **)out = assay_read_tree(p); }
static void assay_out_tree(AssayBuf *b, const void *v) { assay_write_tree(b, *(struct TreeNode *const *)v); }
#endif

/* --- a design problem's operations -------------------------------------------------------- */

typedef struct {
    char **names;
    int count;
} AssayOperations;

static AssayOperations assay_read_operations(const char *line) {
    AssayParser p = assay_parser(line);
    AssayOperations operations;
    operations.names = assay_read_array(&p, sizeof(char *), assay_into_string, &operations.count);
    assay_finish(&p);
    return operations;
}

/* The design object, given to its Free function after the test, whatever happened. */
static void assay_defer_free(void (*destroy)(void *), void *object) {
    assay_destroy = destroy;
    assay_object = object;
}

/* --- the channel and the loop ------------------------------------------------------------- */

static FILE *assay_channel(void) {
    static FILE *file;
    if (!file) file = fdopen(3, "wb");
    if (!file) {
        fputs("assay driver: fd 3 is not open\n", stderr);
        _Exit(1);
    }
    return file;
}

/* One record: `record` is an open JSON object, closed here with "o", the size of stdout once
 * flushed (the judge places each test's stdout by it). */
static void assay_emit(const char *record) {
    fflush(NULL);
    long long size = assay_stdout_size();
    FILE *file = assay_channel();
    int failed = fputs(record, file) < 0;
    if (size >= 0) failed |= fprintf(file, ",\"o\":%lld", size) < 0;
    failed |= fputs("}\n", file) < 0;
    if (failed || fflush(file) != 0) _Exit(1);
}

static void assay_error_record(AssayBuf *record) {
    assay_puts(record, ",\"e\":{\"kind\":\"");
    assay_puts(record, assay_fault_kind);
    assay_puts(record, "\",\"type\":\"");
    assay_puts(record, assay_fault_type);
    assay_puts(record, "\",\"msg\":\"");
    assay_puts(record, assay_fault_msg);  /* the driver's own ASCII, nothing to escape */
    assay_puts(record, "\",\"at\":[]}");
    if (assay_call >= 0) assay_printf(record, ",\"call\":%d", assay_call);
}

static char **assay_read_lines(size_t *count) {
    AssayBuf data = {NULL, 0, 0};
    char chunk[1 << 16];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, stdin)) > 0) assay_put(&data, chunk, got);
    if (!freopen("/dev/null", "rb", stdin)) _Exit(1);
    AssayPointers lines = {NULL, 0, 0};
    char *start = data.data;
    for (char *end; start && (end = memchr(start, '\n', (size_t)(data.data + data.size - start)));
         start = end + 1) {
        *end = '\0';
        assay_push(&lines, start);
    }
    if (start && *start) assay_push(&lines, start);
    *count = lines.count;
    return (char **)lines.items;
}

static void assay_run_test(void (*test)(char **), char **lines, size_t index) {
    AssayBuf record = {NULL, 0, 0};
    assay_value.size = 0;
    assay_call = -1;
    assay_destroy = NULL;
    assay_printf(&record, "{\"t\":%zu", index);
    if (setjmp(assay_jump) == 0) {
        test(lines);
        assay_puts(&record, ",\"v\":");
        assay_put(&record, assay_value.data ? assay_value.data : "", assay_value.size);
    } else {
        assay_error_record(&record);
    }
    if (assay_destroy) assay_destroy(assay_object);
    assay_free_test_memory();
    assay_emit(record.data);
    free(record.data);
}

static int assay_run(size_t per_test, void (*test)(char **)) {
    size_t count;
    char **lines = assay_read_lines(&count);
    size_t step = per_test ? per_test : 1, tests = (count + step - 1) / step;
    static char *empty = "";
    for (size_t i = 0; i < tests; i++) {
        char **own = assay_must(malloc((per_test + 1) * sizeof(char *)));
        for (size_t k = 0; k < per_test; k++) own[k] = i * step + k < count ? lines[i * step + k] : empty;
        assay_run_test(test, own, i);
        free(own);
    }
    char end[48];
    snprintf(end, sizeof end, "{\"end\":%zu", tests);
    assay_emit(end);
    return 0;
}
