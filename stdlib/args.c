/* args.c - binding a native's positional and keyword arguments to named
 * parameters, with the error messages CPython gives. Functions CPython
 * writes in C ("clinic" style: str.split, bytes.decode) word their errors
 * differently from functions written in Python (json.dumps); the caller
 * says which kind it imitates. */
#include <string.h>

#include "lib.h"

/* Index of `name` among params ("*name" marks a keyword-only one), or -1. */
static int param_index(const char *const *params, int n, ObjStr *name) {
    for (int i = 0; i < n; i++) {
        const char *p = params[i][0] == '*' ? params[i] + 1 : params[i];
        if (strcmp(p, name->data) == 0) return i;
    }
    return -1;
}

bool lib_bind(VM *vm, const char *fname, int argc, Value *argv, ObjTuple *kwnames, const char *const *params,
              int nparams, ArgStyle style, Value *out) {
    int nkw = kwnames ? (int)kwnames->len : 0, npos = argc - nkw, maxpos = 0;
    while (maxpos < nparams && params[maxpos][0] != '*') maxpos++;
    if (npos > maxpos) {
        vm_raise(vm, EXC_TypeError, "%s() takes at most %d positional argument%s (%d given)", fname, maxpos,
                 maxpos == 1 ? "" : "s", npos);
        return false;
    }
    for (int i = 0; i < nparams; i++) out[i] = i < npos ? argv[i] : V_UNDEF;
    for (int k = 0; k < nkw; k++) {
        ObjStr *name = AS_STR(kwnames->items[k]);
        int i = param_index(params, nparams, name);
        if (i < 0) {
            if (style == ARGS_CLINIC)
                vm_raise(vm, EXC_TypeError, "'%s' is an invalid keyword argument for %s()", name->data, fname);
            else
                vm_raise(vm, EXC_TypeError, "%s() got an unexpected keyword argument '%s'", fname, name->data);
            return false;
        }
        if (!IS_UNDEF(out[i])) {
            if (style == ARGS_CLINIC)
                vm_raise(vm, EXC_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                         name->data, i + 1);
            else
                vm_raise(vm, EXC_TypeError, "%s() got multiple values for argument '%s'", fname, name->data);
            return false;
        }
        out[i] = argv[npos + k];
    }
    return true;
}
