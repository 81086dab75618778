/* Keys are 0..100000: a direct-address table of nodes in a doubly linked list,
 * most recently used right after the head sentinel. */
#define MAX_KEY 100000

typedef struct Node {
    int key, value;
    struct Node *prev, *next;
} Node;

typedef struct {
    int capacity, size;
    Node** table; /* key -> node, NULL when absent */
    Node head, tail;
} RecentCache;

static void unlinkNode(Node* n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void pushFront(RecentCache* obj, Node* n) {
    n->prev = &obj->head;
    n->next = obj->head.next;
    obj->head.next->prev = n;
    obj->head.next = n;
}


RecentCache* recentCacheCreate(int capacity) {
    RecentCache* obj = malloc(sizeof(RecentCache));
    obj->capacity = capacity;
    obj->size = 0;
    obj->table = calloc(MAX_KEY + 1, sizeof(Node*));
    obj->head.prev = NULL;
    obj->head.next = &obj->tail;
    obj->tail.prev = &obj->head;
    obj->tail.next = NULL;
    return obj;
}

int recentCacheGet(RecentCache* obj, int key) {
    Node* n = obj->table[key];
    if (!n) return -1;
    unlinkNode(n);
    pushFront(obj, n);
    return n->value;
}

void recentCachePut(RecentCache* obj, int key, int value) {
    Node* n = obj->table[key];
    if (n) {
        n->value = value;
        unlinkNode(n);
        pushFront(obj, n);
        return;
    }
    if (obj->size == obj->capacity) {
        n = obj->tail.prev; /* least recently used: reuse its node */
        unlinkNode(n);
        obj->table[n->key] = NULL;
    } else {
        n = malloc(sizeof(Node));
        obj->size++;
    }
    n->key = key;
    n->value = value;
    obj->table[key] = n;
    pushFront(obj, n);
}

void recentCacheFree(RecentCache* obj) {
    Node* n = obj->head.next;
    while (n != &obj->tail) {
        Node* next = n->next;
        free(n);
        n = next;
    }
    free(obj->table);
    free(obj);
}

/**
 * Your RecentCache struct will be instantiated and called as such:
 * RecentCache* obj = recentCacheCreate(capacity);
 * int param_1 = recentCacheGet(obj, key);
 * recentCachePut(obj, key, value);
 * recentCacheFree(obj);
 */
