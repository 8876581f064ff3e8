/* sched.h - the event loop and scheduler that run tasks (see sched.c). */
#ifndef ASTER_SCHED_H
#define ASTER_SCHED_H

#include "vm.h"

void sched_init(VM *vm);
void sched_free(VM *vm);

/* Run the main module's code as the program's main coroutine, then the
 * loop until nothing is left to do. Returns V_EXC (vm->exc set) if the
 * program ended with an uncaught exception. */
Value sched_run_main(VM *vm, ObjClosure *main);

#endif
