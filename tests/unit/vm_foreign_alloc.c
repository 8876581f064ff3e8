/* vm_foreign_alloc.c - "every allocation goes through the VM's allocator
 * hook": this binary interposes malloc/calloc/realloc/free and counts the
 * calls made while the VM is working (aster_new, aster_run_string,
 * aster_free) other than those of the test's own hooks. There must be none:
 * a host that sets a memory budget or uses an arena allocator relies on it.
 * The one known exception is libuv's loop setup (uv_loop_init mallocs a few
 * fixed blocks; its allocator can only be replaced process-wide): calls
 * made from libuv itself are counted apart and listed, not failed.
 *
 * Interposing malloc does not mix with AddressSanitizer, so under ASan the
 * tests are skipped; under valgrind (which replaces malloc itself) they see
 * nothing and pass vacuously. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>

#include "vm_util.h"

#if defined(__SANITIZE_ADDRESS__)
#define HAVE_INTERPOSE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HAVE_INTERPOSE 0
#endif
#endif
#ifndef HAVE_INTERPOSE
#define HAVE_INTERPOSE 1
#endif

#if HAVE_INTERPOSE

/* ---- interposed libc allocator ---- */

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);
extern void *__libc_memalign(size_t, size_t);

static __thread int armed;     /* counting foreign calls now */
static __thread int in_hook;   /* inside the test's own alloc/write hooks */

typedef struct Foreign {
    unsigned long calls;
    unsigned long libuv_calls;   /* the documented exception */
    void *first_caller[8];
    int nfirst;
} Foreign;

static Foreign foreign;

static int from_libuv(void *caller)
{
    Dl_info info;
    return dladdr(caller, &info) && info.dli_fname && strstr(info.dli_fname, "libuv");
}

static void note(void *caller)
{
    if (!armed || in_hook) return;
    if (from_libuv(caller)) {
        foreign.libuv_calls++;
        return;
    }
    foreign.calls++;
    if (foreign.nfirst < 8) {
        for (int i = 0; i < foreign.nfirst; i++)
            if (foreign.first_caller[i] == caller) return;
        foreign.first_caller[foreign.nfirst++] = caller;
    }
}

void *malloc(size_t n)
{
    note(__builtin_return_address(0));
    return __libc_malloc(n);
}

void *calloc(size_t a, size_t b)
{
    note(__builtin_return_address(0));
    return __libc_calloc(a, b);
}

void *realloc(void *p, size_t n)
{
    note(__builtin_return_address(0));
    return __libc_realloc(p, n);
}

void free(void *p) { __libc_free(p); }

int posix_memalign(void **out, size_t align, size_t n)
{
    note(__builtin_return_address(0));
    void *p = __libc_memalign(align, n);
    if (!p) return 12;   /* ENOMEM */
    *out = p;
    return 0;
}

void *aligned_alloc(size_t align, size_t n)
{
    note(__builtin_return_address(0));
    return __libc_memalign(align, n);
}

/* ---- hooks that do not count ---- */

static void *quiet_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    in_hook++;
    void *r = test_alloc_fn(ud, ptr, old_size, new_size);
    in_hook--;
    return r;
}

static void quiet_out(void *ud, const char *s, size_t n)
{
    in_hook++;
    host_write_out(ud, s, n);
    in_hook--;
}

static void quiet_err(void *ud, const char *s, size_t n)
{
    in_hook++;
    host_write_err(ud, s, n);
    in_hook--;
}

static void report(const char *what)
{
    if (!foreign.calls) return;
    print_error("%s: %lu allocation(s) bypassed the hook; first callers:\n", what, foreign.calls);
    for (int i = 0; i < foreign.nfirst; i++) {
        Dl_info info;
        memset(&info, 0, sizeof info);
        dladdr(foreign.first_caller[i], &info);
        print_error("  %p  %s (%s)\n", foreign.first_caller[i], info.dli_sname ? info.dli_sname : "?",
                    info.dli_fname ? info.dli_fname : "?");
    }
}

static Host *quiet_host(void)
{
    Host *h = calloc(1, sizeof *h);
    test_alloc_init(&h->alloc);
    AsterConfig cfg;
    aster_config_init(&cfg);
    cfg.alloc = quiet_alloc;
    cfg.alloc_ud = &h->alloc;
    cfg.write_out = quiet_out;
    cfg.write_err = quiet_err;
    cfg.write_ud = h;
    memset(&foreign, 0, sizeof foreign);
    armed = 1;
    h->vm = aster_new(&cfg);
    armed = 0;
    assert_non_null(h->vm);
    return h;
}

static void test_new_and_free_only_use_hook(void **state)
{
    (void)state;
    Host *h = quiet_host();
    unsigned long in_new = foreign.calls;
    report("aster_new");
    memset(&foreign, 0, sizeof foreign);
    armed = 1;
    aster_free(h->vm);
    armed = 0;
    report("aster_free");
    h->vm = NULL;
    assert_int_equal(h->alloc.live, 0);
    text_free(&h->out);
    text_free(&h->err);
    free(h);
    assert_int_equal(in_new, 0);
    assert_int_equal(foreign.calls, 0);
}

static void test_running_only_uses_hook(void **state)
{
    (void)state;
    Host *h = quiet_host();
    static const char *const progs[] = {
        /* the core language */
        "class P:\n    def __init__(self, x): self.x = x\n"
        "d = {str(i): P(i) for i in range(200)}\n"
        "s = sorted(d, key=lambda k: -d[k].x)[:3]\n"
        "print(s, '%05.2f' % 3.14159, f'{len(d):>5}', 'a,b'.split(','), 2 ** 100)\n",
        /* errors and tracebacks */
        "def f():\n    raise KeyError('k')\ntry:\n    f()\nexcept KeyError as e:\n    print(repr(e))\n",
        "1 / 0\n",
        "x = (\n",
        /* async with timers */
        "import asyncio\n"
        "async def w(i):\n    await asyncio.sleep(0.001 * i)\n    return i\n"
        "async def main():\n    return await asyncio.gather(*[w(i) for i in range(5)])\n"
        "print(asyncio.run(main()))\n",
        /* stdlib modules that need no files */
        "import json, math, random\n"
        "random.seed(1)\n"
        "print(json.dumps({'a': [1, 2.5]}), math.sqrt(2), random.random() < 1)\n",
    };
    int bad = 0;
    for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        memset(&foreign, 0, sizeof foreign);
        armed = 1;
        aster_run_string(h->vm, "<t>", progs[i], strlen(progs[i]));
        armed = 0;
        if (foreign.calls) {
            char what[64];
            snprintf(what, sizeof what, "program %zu", i);
            report(what);
            bad++;
        }
    }
    aster_free(h->vm);
    text_free(&h->out);
    text_free(&h->err);
    free(h);
    assert_int_equal(bad, 0);
}

#else /* ASan: no interposition */

static void test_new_and_free_only_use_hook(void **state)
{
    (void)state;
    skip();
}

static void test_running_only_uses_hook(void **state)
{
    (void)state;
    skip();
}

#endif

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_and_free_only_use_hook),
        cmocka_unit_test(test_running_only_uses_hook),
    };
    return cmocka_run_group_tests(tests, NULL, host_group_teardown);
}
