/* lib_time.c - STUB to be replaced: the time module. */
#include "lib.h"
void lib_time_open(VM *vm, ObjModule *m) { (void)vm, (void)m; }
