/* module.c - modules and `import`, and building classes from class bodies.
 *
 * A module is a globals dict plus a name. `import m` looks in sys.modules,
 * then the built-in C modules (stdlib/), then for m.as next to the
 * importing file, then along ASTER_PATH. A file module is registered before
 * its body runs, so circular imports see the partly initialised module, as
 * in Python; if the body fails it is removed again. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "vm.h"
#include "compile.h"
#include "lib.h"

ObjModule *module_new(VM *vm, ObjStr *name, ObjStr *path) {
    ObjModule *m = ALLOC_OBJ(vm, ObjModule, OT_MODULE);
    m->name = name;
    m->path = path;
    m->globals = dict_new(vm);
    dict_set_str(vm, &m->globals->d, vm->names[NAME___name__], v_obj(name));
    if (path) dict_set_str(vm, &m->globals->d, vm->names[NAME___file__], v_obj(path));
    return m;
}

void module_add(VM *vm, ObjModule *m, const char *name, Value v) {
    dict_set_str(vm, &m->globals->d, str_intern(vm, name, strlen(name)), v);
}

void module_add_native(VM *vm, ObjModule *m, const char *name, NativeFn fn, int min, int max, int flags) {
    ObjNative *n = native_new(vm, name, fn, min, max, flags);
    n->data = v_obj(m);
    module_add(vm, m, name, v_obj(n));
}

ObjModule *vm_register_module(VM *vm, const char *name) {
    ObjStr *n = str_intern(vm, name, strlen(name));
    ObjModule *m = module_new(vm, n, NULL);
    dict_set_str(vm, &vm->modules->d, n, v_obj(m));
    return m;
}

/* --------------------------------------------------------------- files */

static char *read_file(VM *vm, const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = vm_scratch_realloc(vm, NULL, 0, cap);   /* the caller frees it with vm_scratch_free */
    for (;;) {
        if (n + 1 >= cap) {
            buf = vm_scratch_realloc(vm, buf, cap, cap * 2);
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        if (got == 0) break;
        n += got;
    }
    fclose(f);
    buf[n] = 0;
    /* shrink so the caller can free with the exact size */
    buf = vm_scratch_realloc(vm, buf, cap, n + 1);
    *len = n;
    return buf;
}

char *vm_read_source(VM *vm, const char *path, size_t *len) { return read_file(vm, path, len); }

static bool is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* dir/a/b.as for "a.b" */
static ObjStr *candidate(VM *vm, const char *dir, size_t dirlen, ObjStr *name) {
    StrBuf b;
    sb_init(&b, vm);
    if (dirlen) {
        sb_add(&b, dir, dirlen);
        sb_addc(&b, '/');
    }
    for (uint32_t i = 0; i < name->len; i++) sb_addc(&b, name->data[i] == '.' ? '/' : name->data[i]);
    sb_adds(&b, ".as");
    return sb_finish(&b);
}

static ObjStr *find_module_file(VM *vm, ObjStr *name, ObjModule *importer) {
    if (importer && importer->path) {
        const char *path = importer->path->data;
        const char *slash = strrchr(path, '/');
        ObjStr *c = candidate(vm, path, slash ? (size_t)(slash - path) : 0, name);
        if (is_file(c->data)) return c;
    } else {
        ObjStr *c = candidate(vm, "", 0, name);
        if (is_file(c->data)) return c;
    }
    const char *env = getenv("ASTER_PATH");
    while (env && *env) {
        const char *colon = strchr(env, ':');
        size_t n = colon ? (size_t)(colon - env) : strlen(env);
        if (n) {
            ObjStr *c = candidate(vm, env, n, name);
            if (is_file(c->data)) return c;
        }
        env = colon ? colon + 1 : NULL;
    }
    return NULL;
}

/* --------------------------------------------------------- executing */

Value syntax_error_value(VM *vm, const char *file, int line, int col, const char *msg) {
    (void)col;
    ObjStr *text = str_printf(vm, "%s (%s, line %d)", msg, file, line);
    return vm_raise_value(vm, exc_new_msg(vm, EXC_SyntaxError, text));
}

Value vm_exec_source(VM *vm, ObjModule *m, const char *src, size_t len, bool allow_await) {
    CompileError err;
    ObjStr *fname = m->path ? m->path : m->name;
    ObjProto *proto = compile_source(vm, src, len, fname, m->path != NULL, allow_await, false, &err);
    if (!proto && err.out_of_memory) vm_out_of_memory(vm);
    if (!proto) return syntax_error_value(vm, fname->data, err.line, err.col, err.msg);
    ObjClosure *cl = closure_new(vm, proto, m->globals, m);
    return vm_call(vm, v_obj(cl), 0, NULL);
}

static Value load_file_module(VM *vm, ObjStr *name, ObjStr *path) {
    size_t len;
    char *src = read_file(vm, path->data, &len);
    if (!src) return vm_raise(vm, EXC_ImportError, "cannot read '%s': %s", path->data, strerror(errno));
    ObjModule *m = module_new(vm, name, path);
    dict_set_str(vm, &vm->modules->d, name, v_obj(m));
    Value r = vm_exec_source(vm, m, src, len, false);
    vm_scratch_free(vm, src, len + 1);
    if (IS_EXC(r)) {
        bool err;
        Value saved = vm->exc;
        dict_del(vm, &vm->modules->d, v_obj(name), &err);
        vm->exc = saved;
        return r;
    }
    return v_obj(m);
}

static Value import_one(VM *vm, ObjStr *name, ObjModule *importer) {
    Value m;
    if (dict_get_str(&vm->modules->d, name, &m)) return m;
    ObjModule *builtin = stdlib_open_module(vm, name->data);
    if (builtin) return v_obj(builtin);
    ObjStr *path = find_module_file(vm, name, importer);
    if (!path) {
        vm_raise_class(vm, vm->exc_classes[EXC_ModuleNotFoundError], "No module named '%s'", name->data);
        dict_set_str(vm, &AS_INSTANCE(vm->exc)->attrs.d, vm->names[NAME_name], v_obj(name));
        return V_EXC;
    }
    return load_file_module(vm, name, path);
}

/* `import a.b.c` loads a, a.b and a.b.c (each becomes an attribute of its
 * parent) and returns a.b.c. */
Value vm_import(VM *vm, ObjStr *name, ObjModule *importer) {
    const char *dot = strchr(name->data, '.');
    if (!dot) return import_one(vm, name, importer);
    Value parent = V_UNDEF;
    for (const char *p = name->data;; p = dot + 1) {
        dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - name->data) : name->len;
        ObjStr *prefix = str_intern(vm, name->data, n);
        Value m;
        if (IS_MODULE(parent)) {
            ObjStr *leaf = str_intern(vm, prefix->data + (p - name->data), n - (size_t)(p - name->data));
            bool found;
            m = vm_getattr_opt(vm, parent, leaf, &found);
            if (!found || !IS_MODULE(m)) {
                m = import_one(vm, prefix, importer);
                if (IS_EXC(m)) return m;
                dict_set_str(vm, &AS_MODULE(parent)->globals->d, leaf, m);
            }
        } else {
            m = import_one(vm, prefix, importer);
            if (IS_EXC(m)) return m;
        }
        parent = m;
        if (!dot) return m;
    }
}

Value vm_import_from(VM *vm, Value module, ObjStr *name) {
    bool found;
    Value v = vm_getattr_opt(vm, module, name, &found);
    if (found || IS_EXC(v)) return v;
    ObjModule *m = AS_MODULE(module);
    ObjStr *sub = str_printf(vm, "%s.%s", m->name->data, name->data);
    if (m->path && find_module_file(vm, sub, m)) return vm_import(vm, sub, m);
    return vm_raise(vm, EXC_ImportError, "cannot import name '%s' from '%s' (%s)", name->data, m->name->data,
                    m->path ? m->path->data : "unknown location");
}

Value vm_import_star(VM *vm, Value module, ObjDict *globals) {
    ObjModule *m = AS_MODULE(module);
    Value all;
    if (dict_get_str(&m->globals->d, vm->names[NAME___all__], &all) && (IS_LIST(all) || IS_TUPLE(all))) {
        Value it = vm_iter(vm, all);
        if (IS_EXC(it)) return it;
        for (;;) {
            Value n = vm_next(vm, it);
            if (IS_EXC(n)) return n;
            if (IS_UNDEF(n)) break;
            if (!IS_STR(n)) return vm_raise(vm, EXC_TypeError, "__all__ must contain strings");
            Value v = vm_import_from(vm, module, AS_STR(n));
            if (IS_EXC(v)) return v;
            dict_set_str(vm, &globals->d, str_intern_obj(vm, AS_STR(n)), v);
        }
        return V_NONE;
    }
    uint32_t pos = 0;
    DictEntry *e;
    while (dict_next(&m->globals->d, &pos, &e))
        if (IS_STR(e->key) && AS_STR(e->key)->data[0] != '_') dict_set_str(vm, &globals->d, AS_STR(e->key), e->value);
    return V_NONE;
}

/* ------------------------------------------------------------ classes */

/* A built-in type whose values a script class can extend by wrapping. */
static bool base_is_wrappable(VM *vm, ObjClass *base) {
    static const uint8_t wrappable[] = {CLS_list, CLS_tuple, CLS_dict, CLS_set, CLS_frozenset,
                                        CLS_str,  CLS_bytes, CLS_int,  CLS_float};
    for (size_t i = 0; i < sizeof wrappable; i++)
        if (base == vm->classes[wrappable[i]]) return true;
    return false;
}

/* MAKECLASS: regs[0] namespace dict, regs[1] name, regs[2] base (or
 * VT_UNDEF), regs[3] qualified name. */
Value class_build(VM *vm, Value *regs) {
    ObjDict *ns = AS_DICT(regs[0]);
    Value basev = regs[2];
    ObjClass *base = vm->classes[CLS_object];
    if (!IS_UNDEF(basev)) {
        if (!IS_CLASS(basev)) return vm_raise(vm, EXC_TypeError, "class base must be a class, not %T", basev);
        base = AS_CLASS(basev);
        if (base->cflags & CLASS_FINAL)
            return vm_raise(vm, EXC_TypeError, "type '%s' is not an acceptable base type", base->name->data);
        if ((base->cflags & CLASS_BUILTIN) && base->construct && !(base->cflags & CLASS_EXCEPTION) &&
            base != vm->classes[CLS_object] && !base_is_wrappable(vm, base))
            return vm_raise(vm, EXC_TypeError, "subclassing the built-in type '%s' is not supported", base->name->data);
    }
    ObjClass *cls = class_new(vm, AS_STR(regs[1]), base, ns);
    if (base_is_wrappable(vm, base) || (base->cflags & CLASS_WRAPS)) cls->cflags |= CLASS_WRAPS;
    if (base->cflags & CLASS_CDATA) cls->cflags |= CLASS_CDATA;   /* keeps the C constructor */
    else cls->construct = NULL;   /* instances (ObjWrapped for CLASS_WRAPS) */
    cls->qualname = AS_STR(regs[3]);
    Value cell;
    if (dict_get_str(&ns->d, vm->names[NAME___classcell__], &cell)) {
        bool err;
        ((ObjCell *)AS_OBJ(cell))->value = v_obj(cls);
        dict_del(vm, &ns->d, v_obj(vm->names[NAME___classcell__]), &err);
    }
    vm->class_epoch++;
    return v_obj(cls);
}
