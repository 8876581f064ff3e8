/* lib_json.c - STUB to be replaced: the json module. */
#include "lib.h"
void lib_json_open(VM *vm, ObjModule *m) { (void)vm, (void)m; }
