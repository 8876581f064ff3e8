/* lib_time.c - the synchronous part of the time module: the clocks (time,
 * monotonic, perf_counter, process_time and their _ns forms), a blocking
 * sleep that Ctrl-C can interrupt, struct_time (a class of this module
 * whose instances index, compare and print like Python's), localtime,
 * gmtime, mktime, strftime, asctime, ctime and the timezone constants.
 * The asynchronous asyncio.sleep belongs to the event loop, not here. */
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define UNUSED_ARGS (void)argc, (void)argv, (void)kwnames

/* ---------------------------------------------------------------- clocks */

static struct timespec clock_now(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return ts;
}

static Value seconds_of(clockid_t id) {
    struct timespec ts = clock_now(id);
    return v_float((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static Value nanoseconds_of(clockid_t id) {
    struct timespec ts = clock_now(id);
    return v_int((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

NATIVE(t_time) { UNUSED_ARGS; (void)vm; return seconds_of(CLOCK_REALTIME); }
NATIVE(t_time_ns) { UNUSED_ARGS; (void)vm; return nanoseconds_of(CLOCK_REALTIME); }
NATIVE(t_monotonic) { UNUSED_ARGS; (void)vm; return seconds_of(CLOCK_MONOTONIC); }
NATIVE(t_monotonic_ns) { UNUSED_ARGS; (void)vm; return nanoseconds_of(CLOCK_MONOTONIC); }
NATIVE(t_process_time) { UNUSED_ARGS; (void)vm; return seconds_of(CLOCK_PROCESS_CPUTIME_ID); }
NATIVE(t_process_time_ns) { UNUSED_ARGS; (void)vm; return nanoseconds_of(CLOCK_PROCESS_CPUTIME_ID); }

/* ----------------------------------------------------------------- sleep */

/* A number of seconds (int or float) for sleep() and the timestamps. */
static bool seconds_arg(VM *vm, Value v, double *out) {
    if (IS_INTLIKE(v)) *out = (double)AS_INT(v);
    else if (IS_FLOAT(v)) *out = AS_FLOAT(v);
    else {
        vm_raise(vm, EXC_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    if (!isnan(*out)) return true;
    vm_raise(vm, EXC_ValueError, "Invalid value NaN (not a number)");
    return false;
}

NATIVE(t_sleep) {
    UNUSED_ARGS;
    double secs;
    if (!seconds_arg(vm, argv[0], &secs)) return V_EXC;
    if (secs < 0) return vm_raise(vm, EXC_ValueError, "sleep length must be non-negative");
    if (secs > 9.2e9) return vm_raise(vm, EXC_OverflowError, "timestamp too large to convert to C _PyTime_t");
    struct timespec deadline = clock_now(CLOCK_MONOTONIC);
    double whole = floor(secs);
    deadline.tv_sec += (time_t)whole;
    deadline.tv_nsec += (long)((secs - whole) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    /* Sleep in slices towards an absolute deadline: a signal (EINTR) or
     * aster_interrupt from another thread (seen at the next slice) stops it. */
    for (;;) {
        if (vm_check_interrupt(vm)) return V_EXC;
        struct timespec now = clock_now(CLOCK_MONOTONIC), until = now;
        if (now.tv_sec > deadline.tv_sec || (now.tv_sec == deadline.tv_sec && now.tv_nsec >= deadline.tv_nsec))
            return V_NONE;
        until.tv_nsec += 50000000L;   /* 50 ms */
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        if (until.tv_sec > deadline.tv_sec || (until.tv_sec == deadline.tv_sec && until.tv_nsec > deadline.tv_nsec))
            until = deadline;
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL);
    }
}

/* ----------------------------------------------------------- struct_time */

enum { TM_FIELDS = 9 };

static const char *const tm_names[TM_FIELDS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
};

static Value st_repr(VM *vm, int argc, Value *argv, ObjTuple *kwnames);

/* Is v a struct_time? Its class is the one whose __repr__ is st_repr. */
static bool is_struct_time(VM *vm, Value v) {
    Value r;
    return IS_A(v, OT_INSTANCE) && class_lookup(vm_class_of(vm, v), vm->names[NAME___repr__], &r) && IS_NATIVE(r) &&
           AS_NATIVE(r)->fn == st_repr;
}

static Value field(VM *vm, Value st, const char *name) {
    Value v = V_NONE;
    dict_get_str(vm_instance_dict(st), str_intern(vm, name, strlen(name)), &v);
    return v;
}

static ObjTuple *st_tuple(VM *vm, Value st) {
    ObjTuple *t = tuple_new(vm, TM_FIELDS);
    for (int i = 0; i < TM_FIELDS; i++) t->items[i] = field(vm, st, tm_names[i]);
    return t;
}

static void set_field(VM *vm, ObjInstance *st, const char *name, Value v) {
    dict_set_str(vm, &st->attrs.d, str_intern(vm, name, strlen(name)), v);
}

/* A struct_time (of class cls) holding *tm. */
static Value struct_time_new(VM *vm, ObjClass *cls, const struct tm *tm) {
    ObjInstance *st = instance_new(vm, cls);
    const int64_t values[TM_FIELDS] = {
        tm->tm_year + 1900LL, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
        tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst,
    };
    for (int i = 0; i < TM_FIELDS; i++) set_field(vm, st, tm_names[i], v_int(values[i]));
    set_field(vm, st, "tm_zone", tm->tm_zone ? v_obj(str_from_cstr(vm, tm->tm_zone)) : V_NONE);
    set_field(vm, st, "tm_gmtoff", v_int(tm->tm_gmtoff));
    return v_obj(st);
}

static Value st_repr(VM *vm, int argc, Value *argv, ObjTuple *kwnames) {
    UNUSED_ARGS;
    StrBuf b;
    sb_init(&b, vm);
    sb_adds(&b, "time.struct_time(");
    for (int i = 0; i < TM_FIELDS; i++) {
        Value r = vm_repr(vm, field(vm, argv[0], tm_names[i]));
        if (IS_EXC(r)) {
            sb_free(&b);
            return r;
        }
        sb_addf(&b, "%s%s=", i ? ", " : "", tm_names[i]);
        sb_add_str(&b, AS_STR(r));
    }
    sb_addc(&b, ')');
    return v_obj(sb_finish(&b));
}

NATIVE(st_getitem) { UNUSED_ARGS; return vm_getitem(vm, v_obj(st_tuple(vm, argv[0])), argv[1]); }
NATIVE(st_len) { UNUSED_ARGS; (void)vm; return v_int(TM_FIELDS); }
NATIVE(st_iter) { UNUSED_ARGS; return vm_iter(vm, v_obj(st_tuple(vm, argv[0]))); }
NATIVE(st_hash) { UNUSED_ARGS; return vm_hash(vm, v_obj(st_tuple(vm, argv[0]))); }

NATIVE(st_eq) {
    UNUSED_ARGS;
    Value other = argv[1];
    if (is_struct_time(vm, other)) other = v_obj(st_tuple(vm, other));
    if (!IS_TUPLE(other)) return vm->not_implemented;
    return vm_equals(vm, v_obj(st_tuple(vm, argv[0])), other);
}

NATIVE(st_setattr) {
    UNUSED_ARGS;
    return vm_raise(vm, EXC_AttributeError, "readonly attribute");
}

/* ------------------------------------------------- time tuples to struct tm */

/* Python's gettmarg: a struct_time or a 9-tuple of ints into *tm. */
static bool tm_from_value(VM *vm, Value v, const char *fname, struct tm *tm) {
    bool is_st = is_struct_time(vm, v);
    if (!is_st && !IS_TUPLE(v)) {
        vm_raise(vm, EXC_TypeError, "Tuple or struct_time argument required");
        return false;
    }
    ObjTuple *t = is_st ? st_tuple(vm, v) : AS_TUPLE(v);
    if (t->len != TM_FIELDS) {
        vm_raise(vm, EXC_TypeError, "%s(): illegal time tuple argument", fname);
        return false;
    }
    int64_t f[TM_FIELDS];
    for (int i = 0; i < TM_FIELDS; i++)
        if (IS_EXC(vm_index_value(vm, t->items[i], &f[i]))) return false;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(f[0] - 1900);
    tm->tm_mon = (int)f[1] - 1;
    tm->tm_mday = (int)f[2];
    tm->tm_hour = (int)f[3];
    tm->tm_min = (int)f[4];
    tm->tm_sec = (int)f[5];
    tm->tm_wday = (int)((f[6] + 1) % 7);
    tm->tm_yday = (int)f[7] - 1;
    tm->tm_isdst = (int)f[8];
    if (is_st) {
        Value zone = field(vm, v, "tm_zone"), off = field(vm, v, "tm_gmtoff");
        tm->tm_zone = IS_STR(zone) ? AS_STR(zone)->data : NULL;
        tm->tm_gmtoff = IS_INT(off) ? (long)AS_INT(off) : 0;
    }
    return true;
}

/* Python's checks of a time tuple before strftime/asctime, normalising the
 * zeros it tolerates. */
static bool tm_check(VM *vm, struct tm *tm) {
    const char *err = NULL;
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) err = "month out of range";
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    else if (!err && (tm->tm_mday < 0 || tm->tm_mday > 31)) err = "day of month out of range";
    if (!err && (tm->tm_hour < 0 || tm->tm_hour > 23)) err = "hour out of range";
    if (!err && (tm->tm_min < 0 || tm->tm_min > 59)) err = "minute out of range";
    if (!err && (tm->tm_sec < 0 || tm->tm_sec > 61)) err = "seconds out of range";
    if (!err && tm->tm_wday < 0) err = "day of week out of range";
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    else if (!err && (tm->tm_yday < 0 || tm->tm_yday > 365)) err = "day of year out of range";
    if (tm->tm_isdst < -1) tm->tm_isdst = -1;
    else if (tm->tm_isdst > 1) tm->tm_isdst = 1;
    if (!err) return true;
    vm_raise(vm, EXC_ValueError, "%s", err);
    return false;
}

/* The broken-down time of a timestamp argument (None or absent: now). */
static bool tm_from_secs(VM *vm, Value secs, bool local, struct tm *tm) {
    time_t t = time(NULL);
    if (!IS_UNDEF(secs) && !IS_NONE(secs)) {
        double d;
        if (!seconds_arg(vm, secs, &d)) return false;
        d = floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            vm_raise(vm, EXC_OverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        t = (time_t)d;
    }
    errno = 0;
    if ((local ? localtime_r(&t, tm) : gmtime_r(&t, tm)) != NULL) return true;
    int e = errno ? errno : EOVERFLOW;
    vm_raise(vm, EXC_OSError, "[Errno %d] %s", e, strerror(e));
    return false;
}

/* ---------------------------------------------------- conversions */

/* localtime and gmtime are bound to the struct_time class: argv[0]. */
static Value broken_down(VM *vm, int argc, Value *argv, bool local) {
    struct tm tm;
    if (!tm_from_secs(vm, argc > 1 ? argv[1] : V_UNDEF, local, &tm)) return V_EXC;
    return struct_time_new(vm, AS_CLASS(argv[0]), &tm);
}

NATIVE(t_localtime) { (void)kwnames; return broken_down(vm, argc, argv, true); }
NATIVE(t_gmtime) { (void)kwnames; return broken_down(vm, argc, argv, false); }

NATIVE(t_mktime) {
    UNUSED_ARGS;
    struct tm tm;
    if (!tm_from_value(vm, argv[0], "mktime", &tm)) return V_EXC;
    tm.tm_wday = -1;   /* mktime sets it on success: tells -1 the time from -1 the error */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) return vm_raise(vm, EXC_OverflowError, "mktime argument out of range");
    return v_float((double)t);
}

static Value format_tm(VM *vm, ObjStr *fmt, const struct tm *tm) {
    if (fmt->len == 0) return v_obj(vm->empty_str);
    for (size_t cap = 256 + fmt->len * 4;; cap *= 2) {
        char *buf = vm_scratch_realloc(vm, NULL, 0, cap);
        size_t n = strftime(buf, cap, fmt->data, tm);
        if (n > 0 || cap > 256 * fmt->len + 4096) {
            ObjStr *s = str_new(vm, buf, n);
            vm_scratch_free(vm, buf, cap);
            return v_obj(s);
        }
        vm_scratch_free(vm, buf, cap);
    }
}

NATIVE(t_strftime) {
    UNUSED_ARGS;
    if (!IS_STR(argv[0])) return vm_raise(vm, EXC_TypeError, "strftime() argument 1 must be str, not %T", argv[0]);
    struct tm tm;
    bool ok = argc > 1 ? tm_from_value(vm, argv[1], "strftime", &tm) && tm_check(vm, &tm)
                       : tm_from_secs(vm, V_UNDEF, true, &tm);
    return ok ? format_tm(vm, AS_STR(argv[0]), &tm) : V_EXC;
}

static Value asctime_of(VM *vm, const struct tm *tm) {
    static const char wday[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char mon[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return v_obj(str_printf(vm, "%s %s%3d %.2d:%.2d:%.2d %lld", wday[tm->tm_wday], mon[tm->tm_mon], tm->tm_mday,
                            tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900LL));
}

NATIVE(t_asctime) {
    UNUSED_ARGS;
    struct tm tm;
    bool ok = argc > 0 ? tm_from_value(vm, argv[0], "asctime", &tm) && tm_check(vm, &tm)
                       : tm_from_secs(vm, V_UNDEF, true, &tm);
    return ok ? asctime_of(vm, &tm) : V_EXC;
}

NATIVE(t_ctime) {
    UNUSED_ARGS;
    struct tm tm;
    if (!tm_from_secs(vm, argc > 0 ? argv[0] : V_UNDEF, true, &tm)) return V_EXC;
    return asctime_of(vm, &tm);
}

/* ------------------------------------------------------------ the module */

/* timezone, altzone, daylight and tzname, found as CPython finds them: from
 * the local time of January 1st and July 1st of this year. */
static void add_zone_constants(VM *vm, ObjModule *m) {
    tzset();
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    tm.tm_mon = 0;
    tm.tm_mday = 1;
    tm.tm_isdst = -1;
    time_t jan_t = mktime(&tm);
    tm.tm_mon = 6;
    tm.tm_mday = 1;
    tm.tm_isdst = -1;
    time_t jul_t = mktime(&tm);
    struct tm jan, jul;
    localtime_r(&jan_t, &jan);
    localtime_r(&jul_t, &jul);
    bool south = -jan.tm_gmtoff < -jul.tm_gmtoff;   /* daylight time in January */
    struct tm *std = south ? &jul : &jan, *dst = south ? &jan : &jul;
    module_add(vm, m, "timezone", v_int(-std->tm_gmtoff));
    module_add(vm, m, "altzone", v_int(-dst->tm_gmtoff));
    module_add(vm, m, "daylight", v_int(jan.tm_gmtoff != jul.tm_gmtoff));
    Value names[2] = {v_obj(str_from_cstr(vm, std->tm_zone ? std->tm_zone : "")),
                      v_obj(str_from_cstr(vm, dst->tm_zone ? dst->tm_zone : ""))};
    module_add(vm, m, "tzname", v_obj(tuple_from(vm, names, 2)));
}

static ObjClass *make_struct_time(VM *vm, ObjModule *m) {
    ObjClass *cls = class_new(vm, str_intern(vm, "struct_time", 11), vm->classes[CLS_object], NULL);
    cls->module = m;
    cls->construct = NULL;
    cls->cflags |= CLASS_ABSTRACT | CLASS_FINAL;
    dict_set_str(vm, &cls->dict->d, vm->names[NAME___module__], v_obj(str_from_cstr(vm, "time")));
    class_add_native(vm, cls, "__repr__", st_repr, 1, 1, 0);
    class_add_native(vm, cls, "__getitem__", st_getitem, 2, 2, 0);
    class_add_native(vm, cls, "__len__", st_len, 1, 1, 0);
    class_add_native(vm, cls, "__iter__", st_iter, 1, 1, 0);
    class_add_native(vm, cls, "__eq__", st_eq, 2, 2, 0);
    class_add_native(vm, cls, "__hash__", st_hash, 1, 1, 0);
    class_add_native(vm, cls, "__setattr__", st_setattr, 3, 3, 0);
    return cls;
}

static const LibFn time_fns[] = {
    {"time", t_time, 0, 0, 0},           {"time_ns", t_time_ns, 0, 0, 0},
    {"monotonic", t_monotonic, 0, 0, 0}, {"monotonic_ns", t_monotonic_ns, 0, 0, 0},
    {"perf_counter", t_monotonic, 0, 0, 0}, {"perf_counter_ns", t_monotonic_ns, 0, 0, 0},
    {"process_time", t_process_time, 0, 0, 0}, {"process_time_ns", t_process_time_ns, 0, 0, 0},
    {"sleep", t_sleep, 1, 1, 0},         {"mktime", t_mktime, 1, 1, 0},
    {"strftime", t_strftime, 1, 2, NATIVE_ARITY_CLINIC},   {"asctime", t_asctime, 0, 1, 0},
    {"ctime", t_ctime, 0, 1, 0},
};

void lib_time_open(VM *vm, ObjModule *m) {
    lib_add_functions(vm, m, time_fns, LIB_COUNT(time_fns));
    ObjClass *st = make_struct_time(vm, m);
    module_add(vm, m, "struct_time", v_obj(st));
    lib_module_add_bound(vm, m, v_obj(st), "localtime", t_localtime, 0, 1);
    lib_module_add_bound(vm, m, v_obj(st), "gmtime", t_gmtime, 0, 1);
    add_zone_constants(vm, m);
}
