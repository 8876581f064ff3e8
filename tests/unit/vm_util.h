/* vm_util.h - helpers shared by the VM unit tests (tests/unit/vm_*.c):
 *   - Text, a growable string the write hooks append to;
 *   - TestAlloc, an AsterAllocFn that keeps a size header in front of every
 *     block, so it can check the old_size the VM passes back, count live and
 *     peak bytes, fail after N allocations or above a byte limit;
 *   - Host, one VM with its own allocator and captured stdout/stderr.
 * Only the public API (aster.h) is used: the tests see the VM as a host does. */
#ifndef ASTER_VM_UTIL_H
#define ASTER_VM_UTIL_H

#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "aster.h"

/* ---- a growable string (test memory, never the VM's) ---- */

typedef struct Text {
    char *s;
    size_t len, cap;
} Text;

static inline void text_add(Text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        size_t cap = (t->len + n + 1) * 2;
        char *ns = realloc(t->s, cap);
        if (!ns) abort();
        t->s = ns;
        t->cap = cap;
    }
    memcpy(t->s + t->len, s, n);
    t->len += n;
    t->s[t->len] = '\0';
}

static inline const char *text_str(const Text *t) { return t->s ? t->s : ""; }

static inline void text_clear(Text *t) { t->len = 0; if (t->s) t->s[0] = '\0'; }

static inline void text_free(Text *t)
{
    free(t->s);
    memset(t, 0, sizeof *t);
}

/* ---- a checking, counting, failing allocator ---- */

#define TA_MAGIC 0xA57E2A11C0FFEE00ull

typedef struct TestAlloc {
    size_t live;          /* bytes the VM holds now (its own sizes) */
    size_t peak;          /* high-water mark of live */
    size_t total;         /* bytes ever handed out (growth of a block counts its increase) */
    size_t live_blocks;
    unsigned long nalloc; /* successful fresh allocations (ptr == NULL) */
    unsigned long ncalls; /* every call that asked for memory (alloc or grow) */
    long fail_after;      /* < 0: never; else the (fail_after+1)th request fails */
    int fail_sticky;      /* once failed, keep failing every request */
    int failed;           /* a request was refused */
    size_t limit;         /* 0: none; else refuse to go above `limit` live bytes */
    unsigned long bad_old_size;   /* old_size did not match what was allocated */
    unsigned long bad_free;       /* freed/reallocated a pointer we never gave out */
} TestAlloc;

typedef struct TAHeader {
    uint64_t magic;
    uint64_t size;
} TAHeader;

static inline void test_alloc_init(TestAlloc *a)
{
    memset(a, 0, sizeof *a);
    a->fail_after = -1;
}

static inline void *test_alloc_fn(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    TestAlloc *a = ud;
    TAHeader *h = NULL;
    if (ptr) {
        h = (TAHeader *)ptr - 1;
        if (h->magic != TA_MAGIC) {
            a->bad_free++;
            return NULL;
        }
        if (h->size != old_size) a->bad_old_size++;
    }
    if (new_size == 0) {
        if (h) {
            a->live -= h->size;
            a->live_blocks--;
            /* poison: a use after free reads garbage even without ASan */
            memset(h, 0xDB, sizeof *h + h->size);
            free(h);
        }
        return NULL;
    }
    size_t old = h ? h->size : 0;
    /* a request for memory: maybe refuse it */
    a->ncalls++;
    if (a->fail_after >= 0 && (a->failed && a->fail_sticky ? 1 : (long)(a->ncalls - 1) >= a->fail_after)) {
        if (!a->fail_sticky) a->fail_after = -1;   /* one failure, then recover */
        a->failed = 1;
        return NULL;
    }
    if (a->limit && new_size > old && a->live - old + new_size > a->limit) {
        a->failed = 1;
        return NULL;
    }
    TAHeader *nh = realloc(h, sizeof *nh + new_size);
    if (!nh) {
        a->failed = 1;
        return NULL;
    }
    nh->magic = TA_MAGIC;
    nh->size = new_size;
    if (!h) {
        a->nalloc++;
        a->live_blocks++;
    }
    a->live = a->live - old + new_size;
    if (new_size > old) a->total += new_size - old;
    if (a->live > a->peak) a->peak = a->live;
    return nh + 1;
}

/* ---- a VM with captured output ---- */

typedef struct Host {
    AsterVM *vm;
    TestAlloc alloc;
    Text out, err;
} Host;

static void host_write_out(void *ud, const char *s, size_t n) { text_add(&((Host *)ud)->out, s, n); }
static void host_write_err(void *ud, const char *s, size_t n) { text_add(&((Host *)ud)->err, s, n); }

static inline void host_config(Host *h, AsterConfig *cfg)
{
    aster_config_init(cfg);
    cfg->alloc = test_alloc_fn;
    cfg->alloc_ud = &h->alloc;
    cfg->write_out = host_write_out;
    cfg->write_err = host_write_err;
    cfg->write_ud = h;
}

/* Hosts not freed because a test failed half-way are freed by
 * host_group_teardown, so LeakSanitizer only reports real leaks. */
static Host *open_hosts[64];

static inline void host_track(Host *h, int add)
{
    for (int i = 0; i < 64; i++)
        if (open_hosts[i] == (add ? NULL : h)) {
            open_hosts[i] = add ? h : NULL;
            return;
        }
}

static int host_group_teardown(void **state)
{
    (void)state;
    for (int i = 0; i < 64; i++) {
        Host *h = open_hosts[i];
        if (!h) continue;
        open_hosts[i] = NULL;
        aster_free(h->vm);
        text_free(&h->out);
        text_free(&h->err);
        free(h);
    }
    return 0;
}

/* Heap-allocated so its address (the hooks' ud) is stable. */
static inline Host *host_new(void)
{
    Host *h = calloc(1, sizeof *h);
    assert_non_null(h);
    test_alloc_init(&h->alloc);
    AsterConfig cfg;
    host_config(h, &cfg);
    h->vm = aster_new(&cfg);
    assert_non_null(h->vm);
    host_track(h, 1);
    return h;
}

/* Frees the VM and checks every byte came back through the hook with the
 * sizes it was allocated with. */
static inline void host_free(Host *h)
{
    if (!h) return;
    host_track(h, 0);
    aster_free(h->vm);
    TestAlloc a = h->alloc;
    text_free(&h->out);
    text_free(&h->err);
    free(h);
    assert_int_equal(a.bad_free, 0);
    assert_int_equal(a.bad_old_size, 0);
    assert_int_equal(a.live_blocks, 0);
    assert_int_equal(a.live, 0);
}

static inline AsterStatus host_run(Host *h, const char *src)
{
    return aster_run_string(h->vm, "<test>", src, strlen(src));
}

static inline void host_clear(Host *h)
{
    text_clear(&h->out);
    text_clear(&h->err);
}

/* Run src, expect ASTER_OK, no stderr and exactly `expect` on stdout. */
#define RUN_EXPECT(h, src, expect)                                   \
    do {                                                             \
        host_clear(h);                                               \
        AsterStatus st_ = host_run((h), (src));                      \
        if (st_ != ASTER_OK || (h)->err.len)                         \
            print_error("stderr: %s\n", text_str(&(h)->err));        \
        assert_int_equal(st_, ASTER_OK);                             \
        assert_string_equal(text_str(&(h)->err), "");                \
        assert_string_equal(text_str(&(h)->out), (expect));          \
    } while (0)

static inline int text_contains(const Text *t, const char *needle)
{
    return strstr(text_str(t), needle) != NULL;
}

#define assert_contains(text, needle)                                          \
    do {                                                                       \
        if (!text_contains((text), (needle)))                                  \
            print_error("missing \"%s\" in:\n%s\n", (needle), text_str(text)); \
        assert_true(text_contains((text), (needle)));                          \
    } while (0)

/* ---- running a check in a child process ----
 *
 * For behaviour that, when broken, aborts, crashes or hangs the process
 * (out of memory, deep recursion, interrupts): the body runs in a forked
 * child with a time limit and reports its first failed ICHECK through
 * shared memory; the parent turns a crash, a hang or a failed check into a
 * cmocka failure with the child's stderr. Bodies use ICHECK, not assert_*. */

typedef struct IsoShared {
    int failed;
    char msg[1536];
} IsoShared;

static IsoShared *iso_shared;

static inline void iso_fail(const char *file, int line, const char *fmt, ...)
{
    if (!iso_shared || iso_shared->failed) return;
    iso_shared->failed = 1;
    int n = snprintf(iso_shared->msg, sizeof iso_shared->msg, "%s:%d: ", file, line);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(iso_shared->msg + n, sizeof iso_shared->msg - (size_t)n, fmt, ap);
    va_end(ap);
}

/* Check cond; on failure record the message and return from the body. */
#define ICHECK(cond, ...)                                   \
    do {                                                    \
        if (!(cond)) {                                      \
            iso_fail(__FILE__, __LINE__, __VA_ARGS__);      \
            return;                                         \
        }                                                   \
    } while (0)

/* Frees h's VM and checks the allocator balanced; returns from the body on failure. */
#define IHOST_FREE(h)                                                                            \
    do {                                                                                         \
        aster_free((h)->vm);                                                                     \
        (h)->vm = NULL;                                                                          \
        ICHECK((h)->alloc.bad_old_size == 0 && (h)->alloc.bad_free == 0,                         \
               "old_size mismatches: %lu, foreign frees: %lu", (h)->alloc.bad_old_size,          \
               (h)->alloc.bad_free);                                                             \
        ICHECK((h)->alloc.live == 0, "leak: %zu bytes in %zu blocks after aster_free",           \
               (h)->alloc.live, (h)->alloc.live_blocks);                                         \
        text_free(&(h)->out);                                                                    \
        text_free(&(h)->err);                                                                    \
        free(h);                                                                                 \
    } while (0)

static inline int iso_out_ok(const char *got, const char *want) { return !want || strcmp(got, want) == 0; }
static inline const char *iso_str(const char *s) { return s ? s : "(any)"; }

/* Run src in h, expecting status st and `out` exactly on stdout (NULL: any). */
#define IRUN(h, src, want_st, want_out)                                                               \
    do {                                                                                              \
        host_clear(h);                                                                                \
        AsterStatus st_ = host_run((h), (src));                                                       \
        ICHECK(st_ == (want_st), "status %d, expected %d; stdout:\n%s\nstderr:\n%s", st_, (want_st), \
               text_str(&(h)->out), text_str(&(h)->err));                                             \
        ICHECK(iso_out_ok(text_str(&(h)->out), (want_out)), "stdout:\n%s\nexpected:\n%s\nstderr:\n%s", \
               text_str(&(h)->out), iso_str(want_out), text_str(&(h)->err));                         \
    } while (0)

static inline Host *ihost_new(void)
{
    Host *h = calloc(1, sizeof *h);
    if (!h) abort();
    test_alloc_init(&h->alloc);
    AsterConfig cfg;
    host_config(h, &cfg);
    h->vm = aster_new(&cfg);
    if (!h->vm) abort();
    return h;
}

/* In a forked child: undo cmocka's signal handlers (they would longjmp back
 * into the parent's copy of the test runner) so a crash kills the child.
 * The handlers from before cmocka (e.g. AddressSanitizer's, which prints a
 * report for a SEGV) are saved at start-up and put back. */
static const int child_sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGSYS, SIGABRT};
static struct sigaction startup_actions[sizeof child_sigs / sizeof child_sigs[0]];

__attribute__((constructor)) static void save_startup_signals(void)
{
    for (size_t i = 0; i < sizeof child_sigs / sizeof child_sigs[0]; i++)
        sigaction(child_sigs[i], NULL, &startup_actions[i]);
}

static inline void child_default_signals(void)
{
    for (size_t i = 0; i < sizeof child_sigs / sizeof child_sigs[0]; i++)
        sigaction(child_sigs[i], &startup_actions[i], NULL);
}

/* fork() with the child's stderr going to *errf (a temporary file, or NULL)
 * and its signal dispositions back to the defaults. */
static inline pid_t fork_capturing_stderr(FILE **errf)
{
    *errf = tmpfile();
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        if (*errf) dup2(fileno(*errf), 2);
        child_default_signals();
    }
    return pid;
}

/* What the child wrote to errf (at most size - 1 bytes); closes errf. */
static inline void read_captured_stderr(FILE *errf, char *buf, size_t size)
{
    buf[0] = 0;
    if (!errf) return;
    fflush(errf);
    rewind(errf);
    size_t n = fread(buf, 1, size - 1, errf);
    buf[n] = 0;
    fclose(errf);
}

static inline int isolate_run(const char *name, void (*body)(void *), void *ctx, unsigned timeout_s)
{
    IsoShared *sh = mmap(NULL, sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    assert_true(sh != MAP_FAILED);
    memset(sh, 0, sizeof *sh);
    FILE *errf;
    pid_t pid = fork_capturing_stderr(&errf);
    if (pid == 0) {
        iso_shared = sh;
        alarm(timeout_s);
        body(ctx);
        _exit(0);   /* no atexit/LSan: leaks are the counting allocator's job */
    }
    int ws = 0;
    waitpid(pid, &ws, 0);
    char err[1024];
    read_captured_stderr(errf, err, sizeof err);
    /* names may be whole programs: show them on one line */
    char shown[256];
    size_t k = 0;
    for (const char *c = name; *c && k + 3 < sizeof shown; c++) {
        if (*c == '\n') {
            if (c[1]) { shown[k++] = ';'; shown[k++] = ' '; }
        } else {
            shown[k++] = *c;
        }
    }
    shown[k] = 0;
    name = shown;
    int ok = 1;
    if (WIFSIGNALED(ws)) {
        int sig = WTERMSIG(ws);
        print_error("%s: %s (signal %d: %s)\nchild stderr:\n%s\n", name,
                    sig == SIGALRM ? "TIMEOUT" : "CRASH", sig, strsignal(sig), err);
        ok = 0;
    } else if (!WIFEXITED(ws) || WEXITSTATUS(ws) != 0) {
        print_error("%s: child exited with status %d%s%s\nchild stderr:\n%s\n", name, WEXITSTATUS(ws),
                    sh->failed ? " after a failed check: " : "", sh->failed ? sh->msg : "", err);
        ok = 0;
    } else if (sh->failed) {
        print_error("%s: %s\n", name, sh->msg);
        ok = 0;
    }
    munmap(sh, sizeof *sh);
    return ok;
}

static inline void isolate(const char *name, void (*body)(void *), void *ctx, unsigned timeout_s)
{
    assert_true(isolate_run(name, body, ctx, timeout_s));
}

#define ISOLATED_TEST(fn, timeout)                      \
    static void fn##_body(void *ctx_ __attribute__((unused))); \
    static void fn(void **state)                        \
    {                                                   \
        (void)state;                                    \
        isolate(#fn, fn##_body, NULL, (timeout));       \
    }                                                   \
    static void fn##_body(void *ctx_ __attribute__((unused)))

#endif
