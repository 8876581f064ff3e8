/* sched.c - runs the main program. The event loop and task scheduling
 * arrive with the async runtime; until then the main module runs to
 * completion on the VM's main fiber. */
#include "sched.h"
#include "task.h"

void sched_init(VM *vm) { vm->sched = NULL; }

void sched_free(VM *vm) { (void)vm; }

Value sched_run_main(VM *vm, ObjClosure *main) { return vm_call(vm, v_obj(main), 0, NULL); }
