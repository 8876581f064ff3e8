/* lib_sys.c - STUB to be replaced: the sys module. */
#include "lib.h"
void lib_sys_open(VM *vm, ObjModule *m) { (void)vm, (void)m; }
