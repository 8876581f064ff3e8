/* lib_random.c - STUB to be replaced: the random module. */
#include "lib.h"
void lib_random_open(VM *vm, ObjModule *m) { (void)vm, (void)m; }
