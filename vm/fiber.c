/* fiber.c - the frame stack a task (or the VM's main code) runs on.
 *
 * Frames live in chunks of Values on the heap, never on the C stack: a
 * frame header followed by its registers. When a call does not fit in the
 * current chunk a new one is chained on; the last chunk popped is kept as
 * the VM's spare (one for all fibers, so a suspended task costs only its
 * frames) and a call at a chunk boundary in a loop does not allocate each time.
 * Values never move once placed, so C code may hold pointers into a frame's
 * registers across calls that push more frames. */
#include <string.h>

#include "vm.h"

#define MIN_CHUNK 256   /* Values */

void fiber_init(Fiber *f) {
    memset(f, 0, sizeof *f);
    f->handling = NULL;
    f->chunk_min = MIN_CHUNK;
}

static size_t chunk_bytes(size_t values) { return sizeof(StackChunk) + values * sizeof(Value); }

static void chunk_free(VM *vm, StackChunk *c) {
    if (!c->inline_) vm_free_raw(vm, c, chunk_bytes(c->size));
}

static StackChunk *chunk_for(VM *vm, Fiber *f, size_t need) {
    StackChunk *c = vm->spare_chunk;
    if (c && c->size >= need) {
        vm->spare_chunk = NULL;
        return c;
    }
    size_t size = f->chunk ? f->chunk->size * 2 : f->chunk_min;
    if (size < need) size = need;
    if (size > 65536 && size > need) size = need > 65536 ? need : 65536;
    c = vm_alloc_raw(vm, chunk_bytes(size));
    c->size = (uint32_t)size;
    c->inline_ = 0;
    return c;
}

Frame *fiber_push_frame(VM *vm, Fiber *f, ObjClosure *cl, uint32_t flags) {
    if (f->depth >= vm->recursion_limit) {
        vm_raise(vm, EXC_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    ObjProto *p = cl->proto;
    size_t need = FRAME_SLOTS + (size_t)p->nregs;
    Value *top = f->frame ? FRAME_REGS(f->frame) + f->frame->closure->proto->nregs
                          : (f->chunk ? f->chunk->data : NULL);
    if (!f->chunk || top + need > f->chunk->data + f->chunk->size) {
        StackChunk *c = chunk_for(vm, f, need);
        c->prev = f->chunk;
        f->chunk = c;
        top = c->data;
        flags |= FRAME_NEWCHUNK;
    }
    Frame *fr = (Frame *)top;
    fr->closure = cl;
    fr->ip = p->code;
    fr->prev = f->frame;
    fr->flags = flags;
    memset(FRAME_REGS(fr), 0, p->nregs * sizeof(Value));
    f->frame = fr;
    f->depth++;
    return fr;
}

void fiber_pop_frame(VM *vm, Fiber *f) {
    Frame *fr = f->frame;
    f->frame = fr->prev;
    f->depth--;
    if (fr->flags & FRAME_NEWCHUNK) {
        StackChunk *c = f->chunk;
        f->chunk = c->prev;
        if (c->inline_) return;
        StackChunk *spare = vm->spare_chunk;
        if (spare && spare->size >= c->size) {
            chunk_free(vm, c);
        } else {
            if (spare) chunk_free(vm, spare);
            vm->spare_chunk = c;
        }
    }
}

void fiber_free_spare(VM *vm) {
    if (vm->spare_chunk) chunk_free(vm, vm->spare_chunk);
    vm->spare_chunk = NULL;
}

void fiber_release(VM *vm, Fiber *f) {
    while (f->frame) fiber_pop_frame(vm, f);
    while (f->chunk) {
        StackChunk *c = f->chunk;
        f->chunk = c->prev;
        chunk_free(vm, c);
    }
}

void fiber_mark(VM *vm, Fiber *f) {
    for (Frame *fr = f->frame; fr; fr = fr->prev) {
        gc_mark_obj(vm, (Obj *)fr->closure);
        Value *regs = FRAME_REGS(fr);
        for (int i = 0; i < fr->closure->proto->nregs; i++) gc_mark_value(vm, regs[i]);
    }
    gc_mark_obj(vm, f->handling);
}
