/* lib_queue.c - asyncio.Queue, LifoQueue and PriorityQueue in C.
 *
 * They follow Python 3.11's asyncio/queues.py step for step, including
 * what programs can observe: put_nowait wakes the first waiting getter but
 * hands it nothing (the item stays in the queue, and a get_nowait in
 * between may take it, sending the woken getter back to wait at the end of
 * the line); a woken getter that is cancelled passes its wake-up on; the
 * priority queue is heapq's exact heap, so equal-priority items come out in
 * the same order as in CPython.
 *
 * Python gives every blocked get/put a future; here the task itself parks
 * in the queue's getter, putter or joiner list (task.h, "parking"), which
 * saves the future and a callback per wait. A parked putter keeps its item
 * in its f.result. */
#include <string.h>

#include "lib.h"
#include "task.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define UNUSED_ARGS (void)argc, (void)argv, (void)kwnames

/* ------------------------------------------------------------------ ring */

/* A growable ring of values (power-of-two capacity), indexed from the front. */
typedef struct Ring {
    Value *items;
    uint32_t head, len, cap;
} Ring;

static Value *ring_at(Ring *r, uint32_t i) { return &r->items[(r->head + i) & (r->cap - 1)]; }

static void ring_push(VM *vm, Ring *r, Value v) {
    if (r->len == r->cap) {
        uint32_t cap = r->cap ? r->cap * 2 : 8;
        Value *items = vm_alloc_raw(vm, cap * sizeof(Value));
        for (uint32_t i = 0; i < r->len; i++) items[i] = *ring_at(r, i);
        vm_free_raw(vm, r->items, r->cap * sizeof(Value));
        r->items = items;
        r->head = 0;
        r->cap = cap;
    }
    *ring_at(r, r->len++) = v;
}

static Value ring_pop_front(Ring *r) {
    Value v = *ring_at(r, 0);
    r->head = (r->head + 1) & (r->cap - 1);
    r->len--;
    return v;
}

static Value ring_pop_back(Ring *r) { return *ring_at(r, --r->len); }

static void ring_remove(Ring *r, Obj *o) {
    for (uint32_t i = 0; i < r->len; i++) {
        if (AS_OBJ(*ring_at(r, i)) != o) continue;
        for (uint32_t k = i; k + 1 < r->len; k++) *ring_at(r, k) = *ring_at(r, k + 1);
        r->len--;
        return;
    }
}

static void ring_mark(VM *vm, Ring *r) {
    for (uint32_t i = 0; i < r->len; i++) gc_mark_value(vm, *ring_at(r, i));
}

static void ring_free(VM *vm, Ring *r) {
    vm_free_raw(vm, r->items, r->cap * sizeof(Value));
    memset(r, 0, sizeof *r);
}

/* ----------------------------------------------------------------- queue */

typedef enum QueueKind { Q_FIFO, Q_LIFO, Q_PRIORITY } QueueKind;

/* The wait lists; a parked task's wait_key says which it is in. */
enum { WAIT_GET = 1, WAIT_PUT, WAIT_JOIN };

typedef struct QueueData {
    Value maxsize;
    int64_t unfinished;
    uint8_t kind;
    Ring items, getters, putters, joiners;
} QueueData;

static void queue_mark(VM *vm, void *payload) {
    QueueData *q = payload;
    gc_mark_value(vm, q->maxsize);
    ring_mark(vm, &q->items);
    ring_mark(vm, &q->getters);
    ring_mark(vm, &q->putters);
    ring_mark(vm, &q->joiners);
}

static void queue_finalize(VM *vm, void *payload) {
    QueueData *q = payload;
    ring_free(vm, &q->items);
    ring_free(vm, &q->getters);
    ring_free(vm, &q->putters);
    ring_free(vm, &q->joiners);
}

static const ParkHooks queue_park;
static const CDataType queue_ctype = {"Queue", queue_mark, queue_finalize, &queue_park};

static QueueData *queue_of(VM *vm, Value self) {
    if (IS_A(self, OT_CDATA) && ((ObjCData *)AS_OBJ(self))->ctype == &queue_ctype)
        return (QueueData *)((ObjCData *)AS_OBJ(self))->payload;
    vm_raise(vm, EXC_TypeError, "descriptor requires a 'Queue' object but received a '%T'", self);
    return NULL;
}

#define QUEUE_SELF(q)                      \
    QueueData *q = queue_of(vm, argv[0]); \
    if (!q) return V_EXC

static Ring *wait_list(QueueData *q, uint64_t key) {
    return key == WAIT_GET ? &q->getters : key == WAIT_PUT ? &q->putters : &q->joiners;
}

/* full(): `maxsize <= 0` means unbounded, else `qsize() >= maxsize`, with
 * Python's comparisons when maxsize is not a number. *err on error. */
static bool compare_true(VM *vm, int op, Value a, Value b, bool *err) {
    Value r = vm_compare(vm, op, a, b);
    if (IS_EXC(r)) {
        *err = true;
        return false;
    }
    return vm_truthy(vm, r, err);
}

static bool queue_full(VM *vm, QueueData *q, bool *err) {
    *err = false;
    Value m = q->maxsize;
    if (IS_INTLIKE(m)) return AS_INT(m) > 0 && (int64_t)q->items.len >= AS_INT(m);
    if (compare_true(vm, CMP_LE, m, v_int(0), err) || *err) return false;
    return compare_true(vm, CMP_GE, v_int(q->items.len), m, err);
}

/* _wakeup_next: the first waiter in the list gets its wake-up. */
static void wakeup_next(VM *vm, Ring *waiters) {
    if (waiters->len) task_wake_parked(vm, AS_TASK(ring_pop_front(waiters)));
}

/* heapq's _siftdown and _siftup, on the items ring (false after an error
 * from a comparison). */
static int item_less(VM *vm, Value a, Value b) {
    bool err = false;
    bool r = compare_true(vm, CMP_LT, a, b, &err);
    return err ? -1 : r;
}

static bool sift_down(VM *vm, QueueData *q, uint32_t start, uint32_t pos) {
    Value item = *ring_at(&q->items, pos);
    while (pos > start) {
        uint32_t parent = (pos - 1) >> 1;
        int less = item_less(vm, item, *ring_at(&q->items, parent));
        if (less < 0) return false;
        if (!less) break;
        *ring_at(&q->items, pos) = *ring_at(&q->items, parent);
        pos = parent;
    }
    *ring_at(&q->items, pos) = item;
    return true;
}

static bool sift_up(VM *vm, QueueData *q, uint32_t pos) {
    uint32_t end = q->items.len, start = pos;
    Value item = *ring_at(&q->items, pos);
    uint32_t child = 2 * pos + 1;
    while (child < end) {
        uint32_t right = child + 1;
        if (right < end) {
            int less = item_less(vm, *ring_at(&q->items, child), *ring_at(&q->items, right));
            if (less < 0) return false;
            if (!less) child = right;
        }
        *ring_at(&q->items, pos) = *ring_at(&q->items, child);
        pos = child;
        child = 2 * pos + 1;
    }
    *ring_at(&q->items, pos) = item;
    return sift_down(vm, q, start, pos);
}

static bool put_item(VM *vm, QueueData *q, Value item) {
    ring_push(vm, &q->items, item);
    return q->kind != Q_PRIORITY || sift_down(vm, q, 0, q->items.len - 1);
}

static Value take_item(VM *vm, QueueData *q) {
    if (q->kind == Q_FIFO) return ring_pop_front(&q->items);
    Value last = ring_pop_back(&q->items);
    if (q->kind == Q_LIFO || q->items.len == 0) return last;
    Value first = *ring_at(&q->items, 0);
    *ring_at(&q->items, 0) = last;
    return sift_up(vm, q, 0) ? first : V_EXC;
}

static Value raise_class(VM *vm, ExcKind kind) {
    return vm_raise_value(vm, exc_new(vm, vm->exc_classes[kind], NULL));
}

static Value put_nowait(VM *vm, QueueData *q, Value item) {
    bool err;
    if (queue_full(vm, q, &err)) return raise_class(vm, EXC_QueueFull);
    if (err || !put_item(vm, q, item)) return V_EXC;
    q->unfinished++;
    wakeup_next(vm, &q->getters);
    return V_NONE;
}

static Value get_nowait(VM *vm, QueueData *q) {
    if (q->items.len == 0) return raise_class(vm, EXC_QueueEmpty);
    Value item = take_item(vm, q);
    if (IS_EXC(item)) return item;
    wakeup_next(vm, &q->putters);
    return item;
}

/* ------------------------------------------------------- parking hooks */

static AwaitOutcome park(VM *vm, Fiber *f, Value self, QueueData *q, uint64_t key, Value stored) {
    AwaitOutcome o = task_park(vm, f, AS_OBJ(self), key, stored);
    if (o == AWAIT_SUSPEND) ring_push(vm, wait_list(q, key), v_obj(fiber_task(vm, f)));
    return o;
}

static void queue_unpark(VM *vm, Obj *obj, ObjTask *t) {
    (void)vm;
    QueueData *q = (QueueData *)((ObjCData *)obj)->payload;
    ring_remove(wait_list(q, t->wait_key), (Obj *)t);
}

static bool outcome(VM *vm, Value r, ResumeMode *mode, Value *v) {
    if (IS_EXC(r)) {
        *mode = RESUME_THROW;   /* the exception is in vm->exc */
        return true;
    }
    (void)vm;
    *mode = RESUME_SEND;
    *v = r;
    return true;
}

/* The loops of get() and put() after `await getter` / `await putter`. */
static bool queue_resume(VM *vm, Obj *obj, ObjTask *t, Value stored, bool cancelling, ResumeMode *mode, Value *v) {
    QueueData *q = (QueueData *)((ObjCData *)obj)->payload;
    uint64_t key = t->wait_key;
    bool err = false;
    *mode = RESUME_SEND;
    *v = V_NONE;
    switch (key) {
    case WAIT_GET:
        if (cancelling) {
            if (q->items.len) wakeup_next(vm, &q->getters);
            return true;
        }
        if (q->items.len == 0) {
            ring_push(vm, &q->getters, v_obj(t));
            task_repark(vm, t, obj, key, V_NONE);
            return false;
        }
        return outcome(vm, get_nowait(vm, q), mode, v);
    case WAIT_PUT: {
        bool full = queue_full(vm, q, &err);
        if (err) return outcome(vm, V_EXC, mode, v);
        if (cancelling) {
            if (!full) wakeup_next(vm, &q->putters);
            return true;
        }
        if (full) {
            ring_push(vm, &q->putters, v_obj(t));
            task_repark(vm, t, obj, key, stored);
            return false;
        }
        return outcome(vm, put_nowait(vm, q, stored), mode, v);
    }
    default: return true;   /* join() */
    }
}

static const ParkHooks queue_park = {queue_unpark, queue_resume};

/* ------------------------------------------------- the awaitable methods */

static AwaitOutcome ready(Value r, Value *result) {
    if (IS_EXC(r)) return AWAIT_ERROR;
    *result = r;
    return AWAIT_READY;
}

static AwaitOutcome get_await(VM *vm, Fiber *f, int argc, Value *argv, Value *result) {
    (void)argc;
    QueueData *q = queue_of(vm, argv[0]);
    if (!q) return AWAIT_ERROR;
    if (q->items.len) return ready(get_nowait(vm, q), result);
    return park(vm, f, argv[0], q, WAIT_GET, V_NONE);
}

static AwaitOutcome put_await(VM *vm, Fiber *f, int argc, Value *argv, Value *result) {
    (void)argc;
    QueueData *q = queue_of(vm, argv[0]);
    if (!q) return AWAIT_ERROR;
    bool err;
    bool full = queue_full(vm, q, &err);
    if (err) return AWAIT_ERROR;
    if (!full) return ready(put_nowait(vm, q, argv[1]), result);
    return park(vm, f, argv[0], q, WAIT_PUT, argv[1]);
}

static AwaitOutcome join_await(VM *vm, Fiber *f, int argc, Value *argv, Value *result) {
    (void)argc;
    QueueData *q = queue_of(vm, argv[0]);
    if (!q) return AWAIT_ERROR;
    if (q->unfinished == 0) return ready(V_NONE, result);
    return park(vm, f, argv[0], q, WAIT_JOIN, V_NONE);
}

/* q.get() not awaited at once: a coroutine object that runs the await half
 * when awaited (or made a task). */
static Value deferred(VM *vm, const char *name, int argc, Value *argv) {
    Value n;
    ObjClass *queue = vm->classes[CLS_Queue];
    dict_get_str(&queue->dict->d, str_intern(vm, name, strlen(name)), &n);
    return coro_new_native(vm, AS_NATIVE(n), argc, argv);
}

NATIVE(q_get) {
    UNUSED_ARGS;
    QUEUE_SELF(q);
    return deferred(vm, "get", argc, argv);
}

NATIVE(q_put) {
    UNUSED_ARGS;
    QUEUE_SELF(q);
    return deferred(vm, "put", argc, argv);
}

NATIVE(q_join) {
    UNUSED_ARGS;
    QUEUE_SELF(q);
    return deferred(vm, "join", argc, argv);
}

/* ------------------------------------------------------- plain methods */

NATIVE(q_get_nowait) {
    UNUSED_ARGS;
    QUEUE_SELF(q);
    return get_nowait(vm, q);
}

NATIVE(q_put_nowait) {
    UNUSED_ARGS;
    QUEUE_SELF(q);
    return put_nowait(vm, q, argv[1]);
}

NATIVE(q_qsize) {
    UNUSED_ARGS;
    QUEUE_SELF(q);
    return v_int(q->items.len);
}

NATIVE(q_empty) {
    UNUSED_ARGS;
    QUEUE_SELF(q);
    return v_bool(q->items.len == 0);
}

NATIVE(q_full) {
    UNUSED_ARGS;
    QUEUE_SELF(q);
    bool err;
    bool full = queue_full(vm, q, &err);
    return err ? V_EXC : v_bool(full);
}

NATIVE(q_task_done) {
    UNUSED_ARGS;
    QUEUE_SELF(q);
    if (q->unfinished <= 0) return vm_raise(vm, EXC_ValueError, "task_done() called too many times");
    if (--q->unfinished == 0)
        while (q->joiners.len) wakeup_next(vm, &q->joiners);   /* _finished.set() wakes them all */
    return V_NONE;
}

static void set_attr(VM *vm, Value self, const char *name, Value v) {
    dict_set_str(vm, vm_instance_dict(self), str_intern(vm, name, strlen(name)), v);
}

/* Queue(maxsize=0); a script subclass's __init__ calls it through super(). */
static Value queue_init(VM *vm, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    static const char *const params[] = {"maxsize"};
    Value a[1];
    if (!lib_bind(vm, "Queue", argc, argv, kwnames, params, 1, ARGS_PYTHON, a)) return V_EXC;
    QueueData *q = queue_of(vm, self);
    q->maxsize = IS_UNDEF(a[0]) ? v_int(0) : a[0];
    set_attr(vm, self, "maxsize", q->maxsize);
    return V_NONE;
}

NATIVE(q_init) {
    QUEUE_SELF(q);
    (void)q;
    return queue_init(vm, argv[0], argc - 1, argv + 1, kwnames);
}

static QueueKind kind_of(VM *vm, ObjClass *cls) {
    for (; cls; cls = cls->base) {
        if (cls == vm->classes[CLS_LifoQueue]) return Q_LIFO;
        if (cls == vm->classes[CLS_PriorityQueue]) return Q_PRIORITY;
    }
    return Q_FIFO;
}

/* The class is vm->instantiating. A script subclass with its own __init__ gets
 * its arguments there; Queue's are left at their defaults until it calls
 * Queue.__init__. */
NATIVE(construct_queue) {
    ObjClass *cls = vm->instantiating;
    ObjCData *c = (ObjCData *)vm_alloc_obj(vm, OT_CDATA, sizeof(ObjCData) + sizeof(QueueData));
    c->obj.extra = sizeof(QueueData);
    c->cls = cls;
    c->ctype = &queue_ctype;
    dict_init(&c->attrs);
    QueueData *q = (QueueData *)c->payload;
    memset(q, 0, sizeof *q);
    q->maxsize = v_int(0);
    q->kind = (uint8_t)kind_of(vm, cls);
    Value self = v_obj(c);
    Value init;
    if (class_lookup(cls, vm->names[NAME___init__], &init) && IS_CLOSURE(init)) {
        set_attr(vm, self, "maxsize", q->maxsize);
        return self;
    }
    Value r = queue_init(vm, self, argc, argv, kwnames);
    return IS_EXC(r) ? r : self;
}

/* _format(): "maxsize=0 _queue=[1, 2] _getters[1] tasks=2" */
static Value queue_format(VM *vm, Value self, bool with_id) {
    QueueData *q = queue_of(vm, self);
    if (!q) return V_EXC;
    StrBuf b;
    sb_init(&b, vm);
    sb_addf(&b, "<%s ", vm_class_of(vm, self)->name->data);
    if (with_id) sb_addf(&b, "at %#llx ", (unsigned long long)(uintptr_t)AS_OBJ(self));
    ObjList *items = list_new(vm, q->items.len);
    for (uint32_t i = 0; i < q->items.len; i++) items->items[i] = *ring_at(&q->items, i);
    items->len = q->items.len;
    Value m = vm_repr(vm, q->maxsize);
    Value l = IS_EXC(m) ? m : vm_repr(vm, v_obj(items));
    if (IS_EXC(l)) {
        sb_free(&b);
        return V_EXC;
    }
    sb_addf(&b, "maxsize=%s", AS_STR(m)->data);
    if (q->items.len) sb_addf(&b, " _queue=%s", AS_STR(l)->data);
    if (q->getters.len) sb_addf(&b, " _getters[%u]", q->getters.len);
    if (q->putters.len) sb_addf(&b, " _putters[%u]", q->putters.len);
    if (q->unfinished) sb_addf(&b, " tasks=%lld", (long long)q->unfinished);
    sb_addc(&b, '>');
    return v_obj(sb_finish(&b));
}

NATIVE(q_repr) {
    UNUSED_ARGS;
    return queue_format(vm, argv[0], true);
}

NATIVE(q_str) {
    UNUSED_ARGS;
    return queue_format(vm, argv[0], false);
}

/* -------------------------------------------------------------- install */

typedef struct QueueMethod {
    const char *name;
    NativeFn fn;
    int8_t min, max;
    uint8_t flags;
    NativeAwaitFn await_fn;
} QueueMethod;

static const QueueMethod queue_methods[] = {
    {"__init__", q_init, 1, -1, NATIVE_KW, NULL}, {"get", q_get, 1, 1, 0, get_await},
    {"put", q_put, 2, 2, 0, put_await},           {"join", q_join, 1, 1, 0, join_await},
    {"get_nowait", q_get_nowait, 1, 1, 0, NULL},  {"put_nowait", q_put_nowait, 2, 2, 0, NULL},
    {"qsize", q_qsize, 1, 1, 0, NULL},            {"empty", q_empty, 1, 1, 0, NULL},
    {"full", q_full, 1, 1, 0, NULL},              {"task_done", q_task_done, 1, 1, 0, NULL},
    {"__repr__", q_repr, 1, 1, 0, NULL},          {"__str__", q_str, 1, 1, 0, NULL},
};

/* Queue, LifoQueue(Queue) and PriorityQueue(Queue): classes of C objects
 * that scripts may subclass (CLASS_CDATA keeps the constructor). */
void lib_queue_open(VM *vm, ObjModule *m) {
    ObjClass *queue = vm->classes[CLS_Queue];
    ObjStr *modname = str_intern(vm, "asyncio", 7);
    static const BuiltinClass kinds[] = {CLS_Queue, CLS_LifoQueue, CLS_PriorityQueue};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        ObjClass *cls = vm->classes[kinds[k]];
        if (cls != queue) {
            cls->base = queue;
            cls->depth = (uint8_t)(queue->depth + 1);
        }
        cls->cflags = (uint16_t)((cls->cflags & ~(CLASS_BUILTIN | CLASS_ABSTRACT)) | CLASS_CDATA);
        cls->construct = construct_queue;
        dict_set_str(vm, &cls->dict->d, vm->names[NAME___module__], v_obj(modname));
        module_add(vm, m, cls->name->data, v_obj(cls));
    }
    for (size_t i = 0; i < sizeof queue_methods / sizeof queue_methods[0]; i++) {
        const QueueMethod *qm = &queue_methods[i];
        class_add_native(vm, queue, qm->name, qm->fn, qm->min, qm->max, qm->flags);
        if (!qm->await_fn) continue;
        Value n;
        dict_get_str(&queue->dict->d, str_intern(vm, qm->name, strlen(qm->name)), &n);
        AS_NATIVE(n)->await_fn = (void *)qm->await_fn;
    }
}
