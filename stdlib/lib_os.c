/* lib_os.c - the os module (getenv, environ, getcwd, listdir, getpid,
 * remove/unlink, mkdir, rmdir, rename and
 * the path constants) and its os.path submodule (posixpath: join, split,
 * splitext, normpath, abspath, expanduser, the stat-based predicates and
 * sizes), with Python's exact string algorithms and its OSError subclasses
 * and "[Errno N] message: 'file'" texts. */
#include <dirent.h>
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define UNUSED_ARGS (void)argc, (void)argv, (void)kwnames

extern char **environ;

/* A path argument: a str (`accepted` lists what Python would take). */
static ObjStr *path_arg(VM *vm, Value v, const char *fname, const char *accepted) {
    if (IS_STR(v)) return AS_STR(v);
    vm_raise(vm, EXC_TypeError, "%s: path should be %s, not %T", fname, accepted, v);
    return NULL;
}

/* posixpath functions take str only (bytes paths are not supported). */
static ObjStr *str_path(VM *vm, Value v) {
    if (IS_STR(v)) return AS_STR(v);
    vm_raise(vm, EXC_TypeError, "expected str, bytes or os.PathLike object, not %T", v);
    return NULL;
}

/* ------------------------------------------------------------------- os */

NATIVE(os_getenv) {
    static const CommonName names[] = {NAME_key, NAME_default};
    Value kw[2];
    if (!kw_lookup(vm, "getenv", argc, argv, kwnames, names, kw, 2)) return V_EXC;
    int npos = argc - (kwnames ? (int)kwnames->len : 0);
    Value key = npos > 0 ? argv[0] : kw[0], dflt = npos > 1 ? argv[1] : kw[1];
    if (IS_UNDEF(key)) return vm_raise(vm, EXC_TypeError, "getenv() missing 1 required positional argument: 'key'");
    if (!IS_STR(key)) return vm_raise(vm, EXC_TypeError, "str expected, not %T", key);
    /* os.environ is the program's view of the environment (assignments to
     * it count), as os.getenv reads it in Python */
    Value os, environ, v;
    if (dict_get_str(&vm->modules->d, str_intern(vm, "os", 2), &os) && IS_MODULE(os) &&
        dict_get_str(&AS_MODULE(os)->globals->d, str_intern(vm, "environ", 7), &environ) && IS_DICT(environ)) {
        bool err;
        if (dict_get(vm, &AS_DICT(environ)->d, key, &v, &err)) return v;
        if (err) return V_EXC;
        return IS_UNDEF(dflt) ? V_NONE : dflt;
    }
    const char *c = getenv(AS_STR(key)->data);
    if (c) return v_obj(str_from_cstr(vm, c));
    return IS_UNDEF(dflt) ? V_NONE : dflt;
}

static Value environ_snapshot(VM *vm) {
    ObjDict *d = dict_new(vm);
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        Value k = v_obj(str_new(vm, *e, (size_t)(eq - *e)));
        dict_set(vm, &d->d, k, v_obj(str_from_cstr(vm, eq + 1)));
    }
    return v_obj(d);
}

static Value current_dir(VM *vm) {
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return vm_raise_os_error(vm, errno, V_UNDEF);
    return v_obj(str_from_cstr(vm, buf));
}

NATIVE(os_getcwd) {
    UNUSED_ARGS;
    return current_dir(vm);
}

NATIVE(os_getpid) {
    UNUSED_ARGS;
    (void)vm;
    return v_int(getpid());
}

NATIVE(os_listdir) {
    UNUSED_ARGS;
    Value pathv = argc > 0 && !IS_NONE(argv[0]) ? argv[0] : v_obj(str_from_cstr(vm, "."));
    ObjStr *path = path_arg(vm, pathv, "listdir", "string, bytes, os.PathLike, integer or None");
    if (!path) return V_EXC;
    DIR *dir = opendir(path->data);
    if (!dir) return vm_raise_os_error(vm, errno, pathv);
    ObjList *names = list_new(vm, 0);
    struct dirent *ent;
    while ((ent = readdir(dir)) != NULL) {
        if (strcmp(ent->d_name, ".") == 0 || strcmp(ent->d_name, "..") == 0) continue;
        list_append(vm, names, v_obj(str_from_cstr(vm, ent->d_name)));
    }
    closedir(dir);
    return v_obj(names);
}

/* remove/unlink, rmdir, mkdir(path, mode=0o777): one path, one syscall. */
static Value path_call(VM *vm, Value pathv, const char *fname, int (*op)(const char *, int), int arg) {
    ObjStr *path = path_arg(vm, pathv, fname, "string, bytes or os.PathLike");
    if (!path) return V_EXC;
    return op(path->data, arg) == 0 ? V_NONE : vm_raise_os_error(vm, errno, pathv);
}

static int do_unlink(const char *p, int unused) { (void)unused; return unlink(p); }
static int do_rmdir(const char *p, int unused) { (void)unused; return rmdir(p); }
static int do_mkdir(const char *p, int mode) { return mkdir(p, (mode_t)mode); }

NATIVE(os_remove) {
    UNUSED_ARGS;
    return path_call(vm, argv[0], "remove", do_unlink, 0);
}

NATIVE(os_unlink) {
    UNUSED_ARGS;
    return path_call(vm, argv[0], "unlink", do_unlink, 0);
}

NATIVE(os_rmdir) {
    UNUSED_ARGS;
    return path_call(vm, argv[0], "rmdir", do_rmdir, 0);
}

NATIVE(os_mkdir) {
    UNUSED_ARGS;
    int64_t mode = 0777;
    if (argc > 1 && IS_EXC(vm_index_value(vm, argv[1], &mode))) return V_EXC;
    return path_call(vm, argv[0], "mkdir", do_mkdir, (int)mode);
}

NATIVE(os_rename) {
    UNUSED_ARGS;
    ObjStr *src = path_arg(vm, argv[0], "rename", "string, bytes or os.PathLike");
    ObjStr *dst = src ? path_arg(vm, argv[1], "rename", "string, bytes or os.PathLike") : NULL;
    if (!dst) return V_EXC;
    if (rename(src->data, dst->data) == 0) return V_NONE;
    /* Python names both paths: "[Errno 2] No such file or directory: 'a' -> 'b'" */
    int err = errno;
    Value r = vm_raise_os_error(vm, err, argv[0]);
    dict_set_str(vm, vm_instance_dict(vm->exc), str_intern(vm, "filename2", 9), argv[1]);
    return r;
}

/* -------------------------------------------------------------- os.path */

/* Where the last '/' of s is, or -1. */
static int64_t last_slash(const ObjStr *s) {
    const char *p = s->len ? memrchr(s->data, '/', s->len) : NULL;
    return p ? p - s->data : -1;
}

static Value str_range(VM *vm, ObjStr *s, size_t from, size_t to) {
    return v_obj(str_new(vm, s->data + from, to - from));
}

static Value pair(VM *vm, Value a, Value b) {
    Value items[2] = {a, b};
    return v_obj(tuple_from(vm, items, 2));
}

/* The head of split(p): up to the last '/', trailing slashes removed
 * unless it is all slashes. */
static Value head_of(VM *vm, ObjStr *p) {
    size_t end = (size_t)(last_slash(p) + 1), n = end;
    while (n > 0 && p->data[n - 1] == '/') n--;
    return str_range(vm, p, 0, n ? n : end);
}

NATIVE(path_join) {
    (void)kwnames;
    StrBuf b;
    sb_init(&b, vm);
    for (int i = 0; i < argc; i++) {
        ObjStr *part = i == 0 ? str_path(vm, argv[i]) : IS_STR(argv[i]) ? AS_STR(argv[i]) : NULL;
        if (!part) {
            sb_free(&b);
            if (i == 0) return V_EXC;
            return vm_raise(vm, EXC_TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%T'", argv[i]);
        }
        if (part->len && part->data[0] == '/') b.len = 0;
        else if (i > 0 && b.len && b.data[b.len - 1] != '/') sb_addc(&b, '/');
        sb_add_str(&b, part);
    }
    return v_obj(sb_finish(&b));
}

NATIVE(path_split) {
    UNUSED_ARGS;
    ObjStr *p = str_path(vm, argv[0]);
    if (!p) return V_EXC;
    return pair(vm, head_of(vm, p), str_range(vm, p, (size_t)(last_slash(p) + 1), p->len));
}

NATIVE(path_basename) {
    UNUSED_ARGS;
    ObjStr *p = str_path(vm, argv[0]);
    return p ? str_range(vm, p, (size_t)(last_slash(p) + 1), p->len) : V_EXC;
}

NATIVE(path_dirname) {
    UNUSED_ARGS;
    ObjStr *p = str_path(vm, argv[0]);
    return p ? head_of(vm, p) : V_EXC;
}

NATIVE(path_splitext) {
    UNUSED_ARGS;
    ObjStr *p = str_path(vm, argv[0]);
    if (!p) return V_EXC;
    int64_t slash = last_slash(p);
    const char *dotp = p->len ? memrchr(p->data, '.', p->len) : NULL;
    int64_t dot = dotp ? dotp - p->data : -1;
    if (dot > slash) {
        /* a leading run of dots (".bashrc", "..x") is not an extension */
        for (int64_t i = slash + 1; i < dot; i++)
            if (p->data[i] != '.') return pair(vm, str_range(vm, p, 0, (size_t)dot), str_range(vm, p, (size_t)dot, p->len));
    }
    return pair(vm, v_obj(p), v_obj(vm->empty_str));
}

NATIVE(path_isabs) {
    UNUSED_ARGS;
    ObjStr *p = str_path(vm, argv[0]);
    return p ? v_bool(p->len && p->data[0] == '/') : V_EXC;
}

/* Python's posixpath.normpath. */
static Value normpath(VM *vm, ObjStr *p) {
    if (p->len == 0) return v_obj(str_from_cstr(vm, "."));
    int initial = p->data[0] == '/' ? (p->len > 1 && p->data[1] == '/' && (p->len < 3 || p->data[2] != '/') ? 2 : 1) : 0;
    ObjList *comps = list_new(vm, 0);
    for (size_t i = 0; i < p->len;) {
        size_t j = i;
        while (j < p->len && p->data[j] != '/') j++;
        size_t n = j - i;
        const char *c = p->data + i;
        i = j + 1;
        if (n == 0 || (n == 1 && c[0] == '.')) continue;
        bool dotdot = n == 2 && c[0] == '.' && c[1] == '.';
        ObjStr *last = comps->len ? AS_STR(comps->items[comps->len - 1]) : NULL;
        if (!dotdot || (!initial && !last) || (last && strcmp(last->data, "..") == 0))
            list_append(vm, comps, v_obj(str_new(vm, c, n)));
        else if (last)
            comps->len--;
    }
    StrBuf b;
    sb_init(&b, vm);
    for (int i = 0; i < initial; i++) sb_addc(&b, '/');
    for (uint32_t i = 0; i < comps->len; i++) {
        if (i) sb_addc(&b, '/');
        sb_add_str(&b, AS_STR(comps->items[i]));
    }
    if (b.len == 0) sb_addc(&b, '.');
    return v_obj(sb_finish(&b));
}

NATIVE(path_normpath) {
    UNUSED_ARGS;
    ObjStr *p = str_path(vm, argv[0]);
    return p ? normpath(vm, p) : V_EXC;
}

NATIVE(path_abspath) {
    UNUSED_ARGS;
    ObjStr *p = str_path(vm, argv[0]);
    if (!p) return V_EXC;
    if (p->len && p->data[0] == '/') return normpath(vm, p);
    Value cwd = current_dir(vm);
    if (IS_EXC(cwd)) return cwd;
    Value parts[2] = {cwd, argv[0]};
    Value joined = path_join(vm, 2, parts, NULL);
    return IS_EXC(joined) ? joined : normpath(vm, AS_STR(joined));
}

/* Copy the home directory of the user named in ~user (name empty: the
 * current user, from HOME first) into buf; false if unknown. The _r
 * lookups keep this safe with VMs on several threads. */
static bool home_of(const char *name, size_t n, char *buf, size_t size) {
    const char *home = n == 0 ? getenv("HOME") : NULL;
    struct passwd pw, *found = NULL;
    char scratch[4096], user[256];
    if (!home && n == 0) {
        getpwuid_r(getuid(), &pw, scratch, sizeof scratch, &found);
    } else if (!home) {
        if (n >= sizeof user) return false;
        memcpy(user, name, n);
        user[n] = 0;
        getpwnam_r(user, &pw, scratch, sizeof scratch, &found);
    }
    if (found) home = found->pw_dir;
    if (!home || strlen(home) >= size) return false;
    strcpy(buf, home);
    return true;
}

NATIVE(path_expanduser) {
    UNUSED_ARGS;
    ObjStr *p = str_path(vm, argv[0]);
    if (!p) return V_EXC;
    if (p->len == 0 || p->data[0] != '~') return argv[0];
    const char *slash = memchr(p->data + 1, '/', p->len - 1);
    size_t i = slash ? (size_t)(slash - p->data) : p->len;
    char home[4096];
    if (!home_of(p->data + 1, i - 1, home, sizeof home)) return argv[0];
    size_t hn = strlen(home);
    while (hn > 0 && home[hn - 1] == '/') hn--;
    StrBuf b;
    sb_init(&b, vm);
    sb_add(&b, home, hn);
    sb_add(&b, p->data + i, p->len - i);
    if (b.len == 0) sb_addc(&b, '/');
    return v_obj(sb_finish(&b));
}

/* stat() of a path argument; false (errno set) if it fails. */
static bool stat_path(VM *vm, Value v, struct stat *st, bool follow, bool *type_error) {
    *type_error = false;
    ObjStr *p = path_arg(vm, v, "stat", "string, bytes, os.PathLike or integer");
    if (!p) {
        *type_error = true;
        return false;
    }
    return (follow ? stat(p->data, st) : lstat(p->data, st)) == 0;
}

static Value stat_test(VM *vm, Value v, bool follow, mode_t type) {
    struct stat st;
    bool type_error;
    if (!stat_path(vm, v, &st, follow, &type_error)) return type_error ? V_EXC : V_FALSE;
    return v_bool(type == 0 || (st.st_mode & S_IFMT) == type);
}

NATIVE(path_exists) { UNUSED_ARGS; return stat_test(vm, argv[0], true, 0); }
NATIVE(path_lexists) { UNUSED_ARGS; return stat_test(vm, argv[0], false, 0); }
NATIVE(path_isfile) { UNUSED_ARGS; return stat_test(vm, argv[0], true, S_IFREG); }
NATIVE(path_isdir) { UNUSED_ARGS; return stat_test(vm, argv[0], true, S_IFDIR); }
NATIVE(path_islink) { UNUSED_ARGS; return stat_test(vm, argv[0], false, S_IFLNK); }

static bool stat_or_raise(VM *vm, Value v, struct stat *st) {
    bool type_error;
    if (stat_path(vm, v, st, true, &type_error)) return true;
    if (!type_error) vm_raise_os_error(vm, errno, v);
    return false;
}

NATIVE(path_getsize) {
    UNUSED_ARGS;
    struct stat st;
    return stat_or_raise(vm, argv[0], &st) ? v_int((int64_t)st.st_size) : V_EXC;
}

NATIVE(path_getmtime) {
    UNUSED_ARGS;
    struct stat st;
    if (!stat_or_raise(vm, argv[0], &st)) return V_EXC;
    return v_float((double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec * 1e-9);
}

/* ------------------------------------------------------------ the module */

static const LibFn os_fns[] = {
    {"getenv", os_getenv, 0, 2, NATIVE_KW},
    {"getcwd", os_getcwd, 0, 0, 0},
    {"getpid", os_getpid, 0, 0, 0},
    {"listdir", os_listdir, 0, 1, 0},
    {"remove", os_remove, 1, 1, 0},
    {"unlink", os_unlink, 1, 1, 0},
    {"rmdir", os_rmdir, 1, 1, 0},
    {"mkdir", os_mkdir, 1, 2, 0},
    {"rename", os_rename, 2, 2, 0},
};

static const LibFn path_fns[] = {
    {"join", path_join, 1, -1, 0},         {"split", path_split, 1, 1, 0},
    {"basename", path_basename, 1, 1, 0},   {"dirname", path_dirname, 1, 1, 0},
    {"splitext", path_splitext, 1, 1, 0},   {"isabs", path_isabs, 1, 1, 0},
    {"normpath", path_normpath, 1, 1, 0},   {"abspath", path_abspath, 1, 1, 0},
    {"expanduser", path_expanduser, 1, 1, 0}, {"exists", path_exists, 1, 1, 0},
    {"lexists", path_lexists, 1, 1, 0},     {"isfile", path_isfile, 1, 1, 0},
    {"isdir", path_isdir, 1, 1, 0},         {"islink", path_islink, 1, 1, 0},
    {"getsize", path_getsize, 1, 1, 0},     {"getmtime", path_getmtime, 1, 1, 0},
};

static void add_str(VM *vm, ObjModule *m, const char *name, const char *value) {
    module_add(vm, m, name, v_obj(str_from_cstr(vm, value)));
}

/* The constants os and os.path share. */
static void add_path_constants(VM *vm, ObjModule *m) {
    add_str(vm, m, "sep", "/");
    add_str(vm, m, "curdir", ".");
    add_str(vm, m, "pardir", "..");
    add_str(vm, m, "extsep", ".");
    add_str(vm, m, "pathsep", ":");
    add_str(vm, m, "devnull", "/dev/null");
}

/* os.path is the module posixpath, also registered as "os.path". */
static ObjModule *open_path_module(VM *vm) {
    ObjModule *p = vm_register_module(vm, "posixpath");
    dict_set_str(vm, &vm->modules->d, str_intern(vm, "os.path", 7), v_obj(p));
    lib_add_functions(vm, p, path_fns, LIB_COUNT(path_fns));
    add_path_constants(vm, p);
    return p;
}

void lib_os_open(VM *vm, ObjModule *m) {
    lib_add_functions(vm, m, os_fns, LIB_COUNT(os_fns));
    add_path_constants(vm, m);
    add_str(vm, m, "name", "posix");
    add_str(vm, m, "linesep", "\n");
    module_add(vm, m, "environ", environ_snapshot(vm));
    module_add(vm, m, "path", v_obj(open_path_module(vm)));
}
