/* gc.c - memory: every byte the VM uses, and the tracing collector.
 *
 * All memory goes through the allocator in the VM's config. Objects are
 * chained on vm->objects and reclaimed by a stop-the-world mark-sweep
 * collection that runs only at interpreter safe points (calls and backward
 * jumps), never inside C code. Two rules make that safe without any rooting
 * discipline in C:
 *   - every new object is pushed on vm->temps, which the interpreter truncates
 *     back to its entry mark at a safe point (its own live values are all in
 *     registers then), so objects C code is still holding are always roots;
 *   - a nested interpreter (C calling script code) only truncates down to the
 *     mark it started with, so the C caller's objects stay protected.
 * Collection is paced by allocation: the next one is due when the heap has
 * doubled since the last (never below GC_MIN_HEAP). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"
#include "eventloop.h"

#define GC_MIN_HEAP (4u << 20)

#define GC_RESERVE (256u << 10)

void gc_take_reserve(VM *vm) {
    if (vm->reserve) return;
    size_t limit = vm->memory_limit;
    if (limit && vm->bytes_allocated + GC_RESERVE > limit) return;
    vm->reserve = vm->config.alloc(vm->config.alloc_ud, NULL, 0, GC_RESERVE);
    if (vm->reserve) vm->bytes_allocated += GC_RESERVE;
}

static void drop_reserve(VM *vm);

_Noreturn void vm_out_of_memory(VM *vm) {
    drop_reserve(vm);   /* room for the handler; a collection soon, then it is taken back */
    vm->gc_pending = true;
    if (vm->oom) longjmp(*vm->oom, 1);
    fputs("aster: out of memory\n", stderr);
    abort();
}

static void *raw_realloc(VM *vm, void *p, size_t old, size_t size) {
    if (size > old && vm->memory_limit && vm->bytes_allocated + (size - old) > vm->memory_limit)
        return NULL;
    void *q = vm->config.alloc(vm->config.alloc_ud, p, old, size);
    if (q || size == 0) {
        vm->bytes_allocated = vm->bytes_allocated - old + size;
        if (vm->bytes_allocated > vm->next_gc || vm->gc_stress) vm->gc_pending = true;
    }
    return q;
}

void *vm_realloc_raw(VM *vm, void *p, size_t old, size_t size) {
    void *q = raw_realloc(vm, p, old, size);
    if (!q && size) vm_out_of_memory(vm);
    return q;
}

void *vm_alloc_raw(VM *vm, size_t size) { return vm_realloc_raw(vm, NULL, 0, size); }

void vm_free_raw(VM *vm, void *p, size_t size) {
    if (p) raw_realloc(vm, p, size, 0);
}

/* ----------------------------------------------------- scratch buffers */

typedef struct ScratchBuf {
    void *p;
    size_t size;
} ScratchBuf;

static size_t scratch_find(VM *vm, void *p) {
    for (size_t i = vm->scratch.len; i-- > 0;)
        if (vm->scratch.items[i].p == p) return i;
    return SIZE_MAX;
}

void *vm_scratch_realloc(VM *vm, void *p, size_t old, size_t size) {
    size_t i = p ? scratch_find(vm, p) : SIZE_MAX;
    if (i == SIZE_MAX) {   /* the slot first: a failure then leaves nothing unlisted */
        if (vm->scratch.len == vm->scratch.cap) {
            size_t ncap = vm->scratch.cap ? vm->scratch.cap * 2 : 16;
            vm->scratch.items = vm_realloc_raw(vm, vm->scratch.items, vm->scratch.cap * sizeof(ScratchBuf),
                                               ncap * sizeof(ScratchBuf));
            vm->scratch.cap = ncap;
        }
        i = vm->scratch.len++;
        vm->scratch.items[i] = (ScratchBuf){p, old};
    }
    void *q = vm_realloc_raw(vm, p, old, size);   /* on failure the old block stays listed */
    vm->scratch.items[i] = (ScratchBuf){q, size};
    return q;
}

/* Freed entries are blanked; the list shrinks past blank ones at its end,
 * so an entry never moves below a landing pad's mark. */
void vm_scratch_free(VM *vm, void *p, size_t size) {
    if (!p) return;
    size_t i = scratch_find(vm, p);
    vm_free_raw(vm, p, size);
    if (i == SIZE_MAX) return;
    vm->scratch.items[i] = (ScratchBuf){NULL, 0};
    while (vm->scratch.len && !vm->scratch.items[vm->scratch.len - 1].p) vm->scratch.len--;
}

size_t vm_scratch_mark(VM *vm) { return vm->scratch.len; }

void vm_scratch_release(VM *vm, size_t mark) {
    while (vm->scratch.len > mark) {
        ScratchBuf e = vm->scratch.items[--vm->scratch.len];
        vm_free_raw(vm, e.p, e.size);
    }
}

static void objarray_push(VM *vm, ObjArray *a, Obj *o) {
    if (a->len == a->cap) {
        size_t ncap = a->cap ? a->cap * 2 : 256;
        a->items = vm_realloc_raw(vm, a->items, a->cap * sizeof(Obj *), ncap * sizeof(Obj *));
        a->cap = ncap;
    }
    a->items[a->len++] = o;
}

void vm_protect(VM *vm, Obj *o) { objarray_push(vm, &vm->temps, o); }

Obj *vm_alloc_obj(VM *vm, ObjType type, size_t size) {
    Obj *o = vm_alloc_raw(vm, size);
    memset(o, 0, size);
    o->type = (uint8_t)type;
    o->next = vm->objects;
    vm->objects = o;
    objarray_push(vm, &vm->temps, o);
    return o;
}

/* ------------------------------------------------------------------ sizes */

static size_t obj_size(Obj *o) {
    switch ((ObjType)o->type) {
    case OT_STR: return sizeof(ObjStr) + ((ObjStr *)o)->len + 1;
    case OT_BYTES: return sizeof(ObjBytes) + ((ObjBytes *)o)->len + 1;
    case OT_TUPLE: return sizeof(ObjTuple) + ((ObjTuple *)o)->len * sizeof(Value);
    case OT_LIST: return sizeof(ObjList);
    case OT_DICT: return sizeof(ObjDict);
    case OT_SET: return sizeof(ObjSet);
    case OT_RANGE: return sizeof(ObjRange);
    case OT_SLICE: return sizeof(ObjSlice);
    case OT_PROTO: return sizeof(ObjProto);
    case OT_CLOSURE: return sizeof(ObjClosure) + ((ObjClosure *)o)->proto->nfree * sizeof(ObjCell *);
    case OT_NATIVE: return sizeof(ObjNative);
    case OT_BOUND: return sizeof(ObjBound);
    case OT_CELL: return sizeof(ObjCell);
    case OT_CLASS: return sizeof(ObjClass);
    case OT_INSTANCE: return o->extra ? o->extra : sizeof(ObjInstance);
    case OT_MODULE: return sizeof(ObjModule);
    case OT_ITER: return sizeof(ObjIter);
    case OT_DICTVIEW: return sizeof(ObjDictView);
    case OT_SUPER: return sizeof(ObjSuper);
    case OT_CDATA: return sizeof(ObjCData) + o->extra;
    case OT_COROUTINE: case OT_TASK: case OT_FUTURE: return task_obj_size(o);
    case OT_COUNT: break;
    }
    return 0;
}

/* --------------------------------------------------------------- freeing */

static void free_proto(VM *vm, ObjProto *p) {
    vm_free_raw(vm, p->code, p->ncode * sizeof(uint32_t));
    vm_free_raw(vm, p->lines, p->ncode * sizeof(uint32_t));
    vm_free_raw(vm, p->k, p->nk * sizeof(Value));
    vm_free_raw(vm, p->handlers, p->nhandlers * sizeof(Handler));
    vm_free_raw(vm, p->gcache, p->ngcache * sizeof(GlobalCache));
    vm_free_raw(vm, p->acache, p->nk * sizeof(AttrCache));
    vm_free_raw(vm, p->freevars, p->nfree * sizeof(FreeVarDesc));
    vm_free_raw(vm, p->cellregs, p->ncellregs);
    size_t nparams = (size_t)p->nparams + p->nkwonly + !!(p->flags & PROTO_VARARGS) + !!(p->flags & PROTO_VARKW);
    vm_free_raw(vm, p->params, nparams * sizeof(ObjStr *));
    if (p->localnames) vm_free_raw(vm, p->localnames, ((size_t)p->nlocals + p->nfree) * sizeof(ObjStr *));
}

static void free_obj(VM *vm, Obj *o) {
    size_t size = obj_size(o);
    switch ((ObjType)o->type) {
    case OT_LIST: {
        ObjList *l = (ObjList *)o;
        vm_free_raw(vm, l->items, l->cap * sizeof(Value));
        break;
    }
    case OT_DICT: dict_release(vm, &((ObjDict *)o)->d); break;
    case OT_SET: set_release(vm, &((ObjSet *)o)->s); break;
    case OT_PROTO: free_proto(vm, (ObjProto *)o); break;
    case OT_INSTANCE: {
        ObjInstance *in = (ObjInstance *)o;
        dict_release(vm, &in->attrs.d);
        if (o->extra == sizeof(ObjException)) {
            ObjException *e = (ObjException *)o;
            vm_free_raw(vm, e->trace, e->captrace * sizeof(TraceEntry));
        }
        break;
    }
    case OT_CDATA: {
        ObjCData *c = (ObjCData *)o;
        if (c->ctype->finalize) c->ctype->finalize(vm, c->payload);
        dict_release(vm, &c->attrs);
        break;
    }
    case OT_COROUTINE: case OT_TASK: case OT_FUTURE: task_obj_free(vm, o); break;
    default: break;
    }
    vm_free_raw(vm, o, size);
}

/* --------------------------------------------------------------- marking */

static void drop_reserve(VM *vm) {
    if (!vm->reserve) return;
    vm->config.alloc(vm->config.alloc_ud, vm->reserve, GC_RESERVE, 0);
    vm->reserve = NULL;
    vm->bytes_allocated -= GC_RESERVE;
}

static bool grow_gray(VM *vm) {
    size_t ncap = vm->gray.cap ? vm->gray.cap * 2 : 1024;
    Obj **items = vm->config.alloc(vm->config.alloc_ud, vm->gray.items, vm->gray.cap * sizeof(Obj *),
                                   ncap * sizeof(Obj *));
    if (!items && vm->reserve) {
        drop_reserve(vm);
        items = vm->config.alloc(vm->config.alloc_ud, vm->gray.items, vm->gray.cap * sizeof(Obj *),
                                 ncap * sizeof(Obj *));
    }
    if (!items) return false;
    vm->gray.items = items;
    vm->gray.cap = ncap;
    return true;
}

void gc_mark_obj(VM *vm, Obj *o) {
    if (!o || o->marked) return;
    if (o->type == OT_DICT && (o->flags & DICT_EMBEDDED)) {   /* obj.__dict__: keep its instance */
        o->marked = 1;
        o = (Obj *)((char *)o - offsetof(ObjInstance, attrs));
        if (o->marked) return;
    }
    o->marked = 1;
    switch ((ObjType)o->type) {
    case OT_STR: case OT_BYTES: case OT_RANGE: return;  /* no references */
    default: break;
    }
    if (vm->gray.len == vm->gray.cap && !grow_gray(vm)) {
        vm->gray_overflow = true;   /* marked but not scanned: drain() rescans the heap */
        return;
    }
    vm->gray.items[vm->gray.len++] = o;
}

void gc_mark_value(VM *vm, Value v) {
    if (v.type == VT_OBJ) gc_mark_obj(vm, v.as.o);
}

static void mark_values(VM *vm, const Value *v, size_t n) {
    for (size_t i = 0; i < n; i++) gc_mark_value(vm, v[i]);
}

void dict_mark(VM *vm, Dict *d) {
    for (uint32_t i = 0; i < d->used; i++) {
        gc_mark_value(vm, d->entries[i].key);
        gc_mark_value(vm, d->entries[i].value);
    }
}

static void blacken_proto(VM *vm, ObjProto *p) {
    mark_values(vm, p->k, p->nk);
    gc_mark_obj(vm, (Obj *)p->name);
    gc_mark_obj(vm, (Obj *)p->qualname);
    gc_mark_obj(vm, (Obj *)p->filename);
    gc_mark_obj(vm, (Obj *)p->source);
    size_t nparams = (size_t)p->nparams + p->nkwonly + !!(p->flags & PROTO_VARARGS) + !!(p->flags & PROTO_VARKW);
    for (size_t i = 0; i < nparams; i++) gc_mark_obj(vm, (Obj *)p->params[i]);
    for (uint32_t i = 0; i < p->ngcache; i++) gc_mark_obj(vm, (Obj *)p->gcache[i].name);
    if (p->localnames)
        for (size_t i = 0; i < (size_t)p->nlocals + p->nfree; i++) gc_mark_obj(vm, (Obj *)p->localnames[i]);
}

static void blacken_exception(VM *vm, ObjException *e) {
    gc_mark_obj(vm, (Obj *)e->args);
    gc_mark_value(vm, e->cause);
    gc_mark_value(vm, e->context);
    gc_mark_value(vm, e->notes);
    for (uint32_t i = 0; i < e->ntrace; i++) gc_mark_obj(vm, (Obj *)e->trace[i].proto);
}

static void blacken(VM *vm, Obj *o) {
    switch ((ObjType)o->type) {
    case OT_TUPLE: mark_values(vm, ((ObjTuple *)o)->items, ((ObjTuple *)o)->len); break;
    case OT_LIST: mark_values(vm, ((ObjList *)o)->items, ((ObjList *)o)->len); break;
    case OT_DICT: dict_mark(vm, &((ObjDict *)o)->d); break;
    case OT_SET: set_mark(vm, &((ObjSet *)o)->s); break;
    case OT_SLICE: {
        ObjSlice *s = (ObjSlice *)o;
        gc_mark_value(vm, s->start);
        gc_mark_value(vm, s->stop);
        gc_mark_value(vm, s->step);
        break;
    }
    case OT_PROTO: blacken_proto(vm, (ObjProto *)o); break;
    case OT_CLOSURE: {
        ObjClosure *c = (ObjClosure *)o;
        gc_mark_obj(vm, (Obj *)c->proto);
        gc_mark_obj(vm, (Obj *)c->globals);
        gc_mark_obj(vm, (Obj *)c->defaults);
        gc_mark_obj(vm, (Obj *)c->kwdefaults);
        gc_mark_obj(vm, (Obj *)c->module);
        for (int i = 0; i < c->proto->nfree; i++) gc_mark_obj(vm, (Obj *)c->free[i]);
        break;
    }
    case OT_NATIVE: {
        ObjNative *n = (ObjNative *)o;
        gc_mark_obj(vm, (Obj *)n->name);
        gc_mark_obj(vm, (Obj *)n->owner);
        gc_mark_value(vm, n->data);
        break;
    }
    case OT_BOUND:
        gc_mark_value(vm, ((ObjBound *)o)->self);
        gc_mark_value(vm, ((ObjBound *)o)->func);
        break;
    case OT_CELL: gc_mark_value(vm, ((ObjCell *)o)->value); break;
    case OT_CLASS: {
        ObjClass *c = (ObjClass *)o;
        gc_mark_obj(vm, (Obj *)c->name);
        gc_mark_obj(vm, (Obj *)c->qualname);
        gc_mark_obj(vm, (Obj *)c->base);
        gc_mark_obj(vm, (Obj *)c->dict);
        gc_mark_obj(vm, (Obj *)c->module);
        break;
    }
    case OT_INSTANCE: {
        ObjInstance *in = (ObjInstance *)o;
        gc_mark_obj(vm, (Obj *)in->cls);
        dict_mark(vm, &in->attrs.d);
        if (o->extra == sizeof(ObjException)) blacken_exception(vm, (ObjException *)o);
        if (o->flags & INSTANCE_WRAPS) gc_mark_value(vm, ((ObjWrapped *)o)->base);
        break;
    }
    case OT_MODULE: {
        ObjModule *m = (ObjModule *)o;
        gc_mark_obj(vm, (Obj *)m->name);
        gc_mark_obj(vm, (Obj *)m->globals);
        gc_mark_obj(vm, (Obj *)m->path);
        break;
    }
    case OT_ITER:
        gc_mark_value(vm, ((ObjIter *)o)->src);
        gc_mark_value(vm, ((ObjIter *)o)->fn);
        break;
    case OT_DICTVIEW: gc_mark_obj(vm, (Obj *)((ObjDictView *)o)->dict); break;
    case OT_SUPER:
        gc_mark_obj(vm, (Obj *)((ObjSuper *)o)->start);
        gc_mark_value(vm, ((ObjSuper *)o)->self);
        break;
    case OT_CDATA: {
        ObjCData *c = (ObjCData *)o;
        gc_mark_obj(vm, (Obj *)c->cls);
        dict_mark(vm, &c->attrs);
        if (c->ctype->mark) c->ctype->mark(vm, c->payload);
        break;
    }
    case OT_COROUTINE: case OT_TASK: case OT_FUTURE: task_obj_mark(vm, o); break;
    default: break;
    }
}

static void mark_roots(VM *vm) {
    for (int i = 0; i < CLS_COUNT; i++) gc_mark_obj(vm, (Obj *)vm->classes[i]);
    for (int i = 0; i < EXC_COUNT; i++) gc_mark_obj(vm, (Obj *)vm->exc_classes[i]);
    for (int i = 0; i < NAME_COUNT; i++) gc_mark_obj(vm, (Obj *)vm->names[i]);
    for (int i = 0; i < 128; i++) gc_mark_obj(vm, (Obj *)vm->chars[i]);
    mark_values(vm, vm->builtin_refs, BREF_COUNT);
    gc_mark_obj(vm, (Obj *)vm->empty_str);
    gc_mark_obj(vm, (Obj *)vm->empty_tuple);
    gc_mark_value(vm, vm->exc);
    gc_mark_value(vm, vm->memory_error);
    gc_mark_value(vm, vm->not_implemented);
    gc_mark_value(vm, vm->ellipsis);
    gc_mark_obj(vm, (Obj *)vm->builtins);
    gc_mark_obj(vm, (Obj *)vm->modules);
    gc_mark_obj(vm, (Obj *)vm->main_module);
    gc_mark_value(vm, vm->argv);
    fiber_mark(vm, &vm->main_fiber);
    for (size_t i = 0; i < vm->temps.len; i++) gc_mark_obj(vm, vm->temps.items[i]);
    sched_mark(vm);
}

static void sweep(VM *vm) {
    Obj **link = &vm->objects;
    while (*link) {
        Obj *o = *link;
        if (o->marked) {
            o->marked = 0;
            if (o->type == OT_INSTANCE) ((ObjInstance *)o)->attrs.obj.marked = 0;
            link = &o->next;
        } else {
            *link = o->next;
            free_obj(vm, o);
        }
    }
}

/* Scan what is gray; if the gray stack could not grow, some marked
 * objects were not scanned: find them by walking the heap, until none is
 * left (scanning an object twice is harmless). */
static void drain(VM *vm) {
    for (;;) {
        while (vm->gray.len) blacken(vm, vm->gray.items[--vm->gray.len]);
        if (!vm->gray_overflow) return;
        vm->gray_overflow = false;
        for (Obj *o = vm->objects; o; o = o->next)
            if (o->marked) blacken(vm, o);
    }
}

/* For roots held in big arrays (a million tasks): scan as we go, so the
 * gray stack never has to hold them all. */
void gc_mark_root(VM *vm, Obj *o) {
    gc_mark_obj(vm, o);
    if (vm->gray.len >= 256) drain(vm);
}

void gc_collect(VM *vm) {
    if (vm->in_gc) return;
    vm->in_gc = true;
    mark_roots(vm);
    drain(vm);
    sched_before_sweep(vm);   /* may keep objects alive one more cycle to report them */
    drain(vm);
    strtable_remove_unmarked(vm);
    sweep(vm);
    size_t next = vm->bytes_allocated * 2;
    vm->next_gc = next < GC_MIN_HEAP ? GC_MIN_HEAP : next;
    vm->gc_pending = vm->gc_stress;
    vm->in_gc = false;
    gc_take_reserve(vm);
}

void gc_free_all(VM *vm) {
    drop_reserve(vm);
    vm_scratch_release(vm, 0);
    vm_free_raw(vm, vm->scratch.items, vm->scratch.cap * sizeof(ScratchBuf));
    vm->scratch.items = NULL;
    vm->scratch.cap = 0;
    Obj *o = vm->objects;
    while (o) {
        Obj *next = o->next;
        free_obj(vm, o);
        o = next;
    }
    vm->objects = NULL;
    vm_free_raw(vm, vm->temps.items, vm->temps.cap * sizeof(Obj *));
    vm->temps.items = NULL;
    vm->temps.len = vm->temps.cap = 0;
    if (vm->gray.items) vm->config.alloc(vm->config.alloc_ud, vm->gray.items, vm->gray.cap * sizeof(Obj *), 0);
    vm->gray.items = NULL;
    vm->gray.len = vm->gray.cap = 0;
}
