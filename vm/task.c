/* task.c - coroutine objects: an async function's bound arguments,
 * waiting to be awaited (which runs the body on the awaiting fiber) or
 * wrapped in a task. */
#include <string.h>

#include "task.h"

Value coro_new(VM *vm, ObjClosure *cl, Value self, int argc, Value *argv, ObjTuple *kwnames) {
    ObjProto *p = cl->proto;
    uint32_t n = (uint32_t)proto_param_slots(p);
    ObjCoroutine *co = (ObjCoroutine *)vm_alloc_obj(vm, OT_COROUTINE, sizeof(ObjCoroutine) + n * sizeof(Value));
    co->closure = cl;
    co->nargs = n;
    co->obj.extra = CORO_CREATED;
    if (!bind_args_self(vm, cl, co->args, self, argc, argv, kwnames)) return V_EXC;
    return v_obj(co);
}

Frame *coro_push_frame(VM *vm, Fiber *f, ObjCoroutine *co, uint32_t flags) {
    Frame *fr = fiber_push_frame(vm, f, co->closure, flags);
    if (!fr) return NULL;
    co->obj.extra = CORO_STARTED;
    Value *regs = FRAME_REGS(fr);
    memcpy(regs, co->args, co->nargs * sizeof(Value));
    if (co->closure->proto->ncellregs) frame_make_cells(vm, co->closure->proto, regs);
    return fr;
}

AwaitOutcome task_await_object(VM *vm, Fiber *f, Value aw, Value *result) {
    (void)f;
    (void)result;
    vm_raise(vm, EXC_TypeError, "object %T can't be used in 'await' expression", aw);
    return AWAIT_ERROR;
}

size_t task_obj_size(Obj *o) {
    if (o->type == OT_COROUTINE) return sizeof(ObjCoroutine) + ((ObjCoroutine *)o)->nargs * sizeof(Value);
    return 0;
}

void task_obj_mark(VM *vm, Obj *o) {
    if (o->type == OT_COROUTINE) {
        ObjCoroutine *co = (ObjCoroutine *)o;
        gc_mark_obj(vm, (Obj *)co->closure);
        for (uint32_t i = 0; i < co->nargs; i++) gc_mark_value(vm, co->args[i]);
    }
}

void task_obj_free(VM *vm, Obj *o) { (void)vm; (void)o; }

void sched_mark(VM *vm) { (void)vm; }

void sched_before_sweep(VM *vm) { (void)vm; }

Value task_repr(VM *vm, Value v) {
    if (IS_A(v, OT_COROUTINE))
        return v_obj(str_printf(vm, "<coroutine object %s at %p>", AS_CORO(v)->closure->proto->qualname->data,
                                (void *)AS_OBJ(v)));
    return v_obj(str_printf(vm, "<%T object at %p>", v, (void *)AS_OBJ(v)));
}
