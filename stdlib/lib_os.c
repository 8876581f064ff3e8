/* lib_os.c - STUB to be replaced: the os module. */
#include "lib.h"
void lib_os_open(VM *vm, ObjModule *m) { (void)vm, (void)m; }
