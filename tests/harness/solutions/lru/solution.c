typedef struct {
    int capacity, size, clock;
    int keys[64], values[64], used[64];
} LRUCache;

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* cache = calloc(1, sizeof(LRUCache));
    cache->capacity = capacity;
    return cache;
}

static int find(LRUCache* obj, int key) {
    for (int i = 0; i < obj->size; i++)
        if (obj->keys[i] == key) return i;
    return -1;
}

int lRUCacheGet(LRUCache* obj, int key) {
    int i = find(obj, key);
    if (i < 0) return -1;
    obj->used[i] = ++obj->clock;
    return obj->values[i];
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    int i = find(obj, key);
    if (i < 0 && obj->size < obj->capacity) i = obj->size++;
    if (i < 0) {
        i = 0;
        for (int j = 1; j < obj->size; j++)
            if (obj->used[j] < obj->used[i]) i = j;
    }
    obj->keys[i] = key;
    obj->values[i] = value;
    obj->used[i] = ++obj->clock;
}

void lRUCacheFree(LRUCache* obj) {
    free(obj);
}
