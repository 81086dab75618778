typedef struct {
    long long* vals;
    long long* mins;
    int size;
    int cap;
} TrackingStack;


TrackingStack* trackingStackCreate() {
    TrackingStack* obj = malloc(sizeof(TrackingStack));
    obj->cap = 16;
    obj->size = 0;
    obj->vals = malloc(sizeof(long long) * obj->cap);
    obj->mins = malloc(sizeof(long long) * obj->cap);
    return obj;
}

void trackingStackPush(TrackingStack* obj, long long val) {
    if (obj->size == obj->cap) {
        obj->cap *= 2;
        obj->vals = realloc(obj->vals, sizeof(long long) * obj->cap);
        obj->mins = realloc(obj->mins, sizeof(long long) * obj->cap);
    }
    long long low = val;
    if (obj->size > 0 && obj->mins[obj->size - 1] < low) low = obj->mins[obj->size - 1];
    obj->vals[obj->size] = val;
    obj->mins[obj->size] = low;
    obj->size++;
}

void trackingStackPop(TrackingStack* obj) {
    obj->size--;
}

long long trackingStackTop(TrackingStack* obj) {
    return obj->vals[obj->size - 1];
}

long long trackingStackGetMin(TrackingStack* obj) {
    return obj->mins[obj->size - 1];
}

void trackingStackFree(TrackingStack* obj) {
    free(obj->vals);
    free(obj->mins);
    free(obj);
}

/**
 * Your TrackingStack struct will be instantiated and called as such:
 * TrackingStack* obj = trackingStackCreate();
 * trackingStackPush(obj, val);
 * trackingStackPop(obj);
 * long long param_3 = trackingStackTop(obj);
 * long long param_4 = trackingStackGetMin(obj);
 * trackingStackFree(obj);
 */
