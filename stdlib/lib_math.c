/* lib_math.c - STUB to be replaced: the math module. */
#include "lib.h"
void lib_math_open(VM *vm, ObjModule *m) { (void)vm, (void)m; }
