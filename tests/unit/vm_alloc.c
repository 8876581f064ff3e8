/* vm_alloc.c - the allocator hook: every block comes back through it with
 * the size it was allocated with; running out of memory (a failing
 * allocation anywhere, or a size limit) is a MemoryError or an error
 * status, never a crash, never a leak.
 *
 * The failure sweeps run in forked children so that a VM that aborts or
 * crashes at one failure point is reported (with the point) instead of
 * killing the test binary; the sweep then continues after that point. */
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vm_util.h"

/* --------------------------------------------------------- the workload */

/* Exercises the compiler, classes, closures, exceptions with tracebacks,
 * dicts/sets/strings/format, and the async runtime. */
static const char workload[] =
    "import asyncio\n"
    "class Shape:\n"
    "    def __init__(self, name, sides):\n"
    "        self.name = name\n"
    "        self.sides = sides\n"
    "    def __repr__(self):\n"
    "        return f'Shape({self.name!r}, {self.sides})'\n"
    "def make_adder(n):\n"
    "    return lambda x: x + n\n"
    "shapes = [Shape(n, s) for n, s in [('tri', 3), ('square', 4), ('hex', 6)]]\n"
    "by_sides = {s.sides: s for s in shapes}\n"
    "names = {s.name.upper() for s in shapes}\n"
    "try:\n"
    "    by_sides[5]\n"
    "except KeyError as e:\n"
    "    missing = repr(e)\n"
    "add3 = make_adder(3)\n"
    "async def job(i):\n"
    "    await asyncio.sleep(0)\n"
    "    if i == 2:\n"
    "        raise ValueError('two')\n"
    "    return add3(i)\n"
    "async def main():\n"
    "    return await asyncio.gather(*[job(i) for i in range(4)], return_exceptions=True)\n"
    "res = asyncio.run(main())\n"
    "print(shapes[1], sorted(names), missing, res, '%05.1f|%-4s|' % (3.14159, 'ab'), ','.join(str(i) for i in range(3)))\n";

static const char workload_out[] =
    "Shape('square', 4) ['HEX', 'SQUARE', 'TRI'] KeyError(5) [3, 4, ValueError('two'), 6] 003.1|ab  | 0,1,2\n";

/* A broad workload leaves nothing behind: after aster_free every byte has
 * come back through the hook, each with the size it was allocated with. */
static void test_counting_allocator_balances(void **state)
{
    (void)state;
    Host *h = host_new();
    assert_true(h->alloc.nalloc > 0);
    assert_true(h->alloc.live > 0);
    RUN_EXPECT(h, workload, workload_out);
    /* more kinds of objects: bytes, json, tuples, big strings, sets, frozensets */
    RUN_EXPECT(h,
               "import json\n"
               "b = bytes(range(10)) * 100\n"
               "j = json.dumps({'a': [1, 2.5, None, True], 'b': 'x' * 1000})\n"
               "back = json.loads(j)\n"
               "fs = frozenset(range(100))\n"
               "t = tuple(str(i) for i in range(1000))\n"
               "print(len(b), len(j), back['a'], len(fs), len(t), t[-1])\n",
               "1000 1036 [1, 2.5, None, True] 100 1000 999\n");
    host_clear(h);
    assert_int_equal(host_run(h, "def f():\n    raise RuntimeError('boom')\nf()\n"), ASTER_ERROR);
    assert_contains(&h->err, "RuntimeError: boom");
    assert_int_equal(h->alloc.bad_free, 0);
    assert_int_equal(h->alloc.bad_old_size, 0);
    host_free(h);   /* asserts live == 0, live_blocks == 0 */
}

/* A program that allocates a lot and frees it (the collector runs many
 * times) still balances exactly. */
static void test_counting_allocator_balances_after_collections(void **state)
{
    (void)state;
    Host *h = host_new();
    RUN_EXPECT(h,
               "keep = []\n"
               "for i in range(20000):\n"
               "    x = [str(i)] * 20\n"
               "    d = {'k': x, 'i': i}\n"
               "    if i % 1000 == 0:\n"
               "        keep.append(d)\n"
               "print(len(keep), keep[-1]['i'])\n",
               "20 19000\n");
    assert_true(h->alloc.peak > h->alloc.live);   /* something was collected */
    host_free(h);
}

/* ------------------------------------------------- size-limit allocator */

/* These run isolated (vm_util.h): a VM that aborts on out-of-memory fails
 * the test instead of killing the binary. */

static Host *ihost_new_limited(size_t extra)
{
    Host *h = ihost_new();
    h->alloc.limit = h->alloc.live + extra;
    return h;
}

/* x = [0] * 10**8 needs ~1.6 GB: with a 32 MB limit it is a MemoryError the
 * script can catch, and the program carries on. */
ISOLATED_TEST(test_limit_big_list_caught, 20)
{
    Host *h = ihost_new_limited(32u << 20);
    IRUN(h,
         "try:\n"
         "    x = [0] * 10**8\n"
         "    print('allocated?!')\n"
         "except MemoryError:\n"
         "    print('MemoryError caught')\n"
         "print(sum([1] * 1000))\n",
         ASTER_OK, "MemoryError caught\n1000\n");
    ICHECK(h->alloc.failed, "the allocator was never asked for the big block");
    IRUN(h, "print('next run')\n", ASTER_OK, "next run\n");
    IHOST_FREE(h);
}

/* Uncaught: status ASTER_ERROR, exit code 1, a MemoryError traceback on the
 * error hook. */
ISOLATED_TEST(test_limit_big_list_uncaught, 20)
{
    Host *h = ihost_new_limited(32u << 20);
    IRUN(h, "x = [0] * 10**8\n", ASTER_ERROR, "");
    ICHECK(text_contains(&h->err, "MemoryError"), "stderr: %s", text_str(&h->err));
    ICHECK(text_contains(&h->err, "line 1"), "no traceback line: %s", text_str(&h->err));
    ICHECK(aster_exit_code(h->vm) == 1, "exit code %d", aster_exit_code(h->vm));
    IRUN(h, "print('still alive')\n", ASTER_OK, "still alive\n");
    IHOST_FREE(h);
}

/* Gradual growth (append in a loop, string/bytes doubling, dict/set growth,
 * nested lists) hits the limit somewhere inside the VM's own growth paths:
 * the program ends in MemoryError (the memory stays reachable from its
 * locals/globals until then). */
static const char *const growth_programs[] = {
    "x = []\nwhile True:\n    x.append('abc' + str(len(x)))\n",
    "s = 'ab'\nwhile True:\n    s += s\n",
    "d = {}\ni = 0\nwhile True:\n    d[i] = (i, str(i))\n    i += 1\n",
    "b = b'x'\nwhile True:\n    b = b + b\n",
    "l = [[]]\nwhile True:\n    l = [l, l, list(range(50))]\n",
    "s = set()\ni = 0\nwhile True:\n    s.add(i)\n    i += 1\n",
    "def f():\n    x = []\n    while True:\n        x.append([0] * 100)\nf()\n",
};

static void growth_body(void *ctx)
{
    const char *src = ctx;
    Host *h = ihost_new_limited(8u << 20);
    IRUN(h, src, ASTER_ERROR, "");
    ICHECK(text_contains(&h->err, "MemoryError"), "stderr: %s", text_str(&h->err));
    ICHECK(h->alloc.live <= h->alloc.limit, "over the limit");
    IHOST_FREE(h);
}

static void test_limit_gradual_growth(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof growth_programs / sizeof growth_programs[0]; i++)
        bad += !isolate_run(growth_programs[i], growth_body, (void *)growth_programs[i], 20);
    assert_int_equal(bad, 0);
}

/* After a program died of MemoryError, the memory it held is garbage: the
 * next program on the same VM runs (a host reusing a VM relies on it). */
static void reuse_body(void *ctx)
{
    const char *src = ctx;
    Host *h = ihost_new_limited(8u << 20);
    IRUN(h, src, ASTER_ERROR, "");
    ICHECK(text_contains(&h->err, "MemoryError"), "stderr: %s", text_str(&h->err));
    IRUN(h, "print(len([str(i) for i in range(1000)]))\n", ASTER_OK, "1000\n");
    IHOST_FREE(h);
}

static void test_limit_vm_reusable_after_memory_error(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof growth_programs / sizeof growth_programs[0]; i++)
        bad += !isolate_run(growth_programs[i], reuse_body, (void *)growth_programs[i], 20);
    assert_int_equal(bad, 0);
}

/* The collector needs memory too (its mark stack grows with the heap).
 * A limit reached while collecting must still end in MemoryError, not an
 * abort: limits around the first collection (the VM collects first when its
 * heap passes 4 MB) with a program whose heap is many small objects. */
static void gc_limit_body(void *ctx)
{
    size_t extra = *(size_t *)ctx;
    Host *h = ihost_new();
    h->alloc.limit = h->alloc.live + extra;
    IRUN(h, "x = []\nwhile True:\n    x.append((1,))\n", ASTER_ERROR, "");
    ICHECK(text_contains(&h->err, "MemoryError"), "stderr: %s", text_str(&h->err));
    IHOST_FREE(h);
}

static void test_limit_during_collection(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t extra = 3500000; extra <= 4500000; extra += 100000) {
        char name[64];
        snprintf(name, sizeof name, "limit base+%zu", extra);
        bad += !isolate_run(name, gc_limit_body, &extra, 20);
    }
    assert_int_equal(bad, 0);
}

/* A MemoryError raised inside a task reaches the awaiting code. */
ISOLATED_TEST(test_limit_in_task, 20)
{
    Host *h = ihost_new_limited(16u << 20);
    IRUN(h,
         "import asyncio\n"
         "async def hog():\n"
         "    await asyncio.sleep(0)\n"
         "    return [1] * 10**8\n"
         "async def main():\n"
         "    try:\n"
         "        await asyncio.create_task(hog())\n"
         "    except MemoryError:\n"
         "        print('task MemoryError')\n"
         "asyncio.run(main())\n",
         ASTER_OK, "task MemoryError\n");
    IHOST_FREE(h);
}

/* ---------------------------------------------------- the sweep harness */

enum {
    SW_OK = 0,
    SW_DONE,          /* the run did not reach the failure point: sweep over */
    SW_BAD_STATUS,    /* failed allocation, but status/stderr don't say MemoryError */
    SW_WRONG_OUTPUT,  /* no allocation failed, yet the output is wrong */
    SW_UNUSABLE,      /* the VM could not run a program after the failure */
    SW_LEAK,          /* bytes not returned after aster_free */
    SW_BAD_SIZE,      /* old_size mismatch / foreign pointer */
    SW_NEW_LEAK,      /* aster_new returned NULL but kept memory */
};

static const char *const sw_names[] = {
    "ok", "done", "wrong status (expected OK, or MemoryError)", "wrong output", "VM unusable afterwards",
    "leak after aster_free", "old_size mismatch", "aster_new failed and leaked",
};

typedef struct SweepShared {
    volatile long current;
    volatile long fresh_at;   /* the point at which the child's current VM was created */
    volatile int done;
    int nfail;
    long fail_k[256];
    int fail_code[256];    /* SW_* or, for a crash, -signal or 1000+exit status */
    char fail_note[256][160];
} SweepShared;

static void sweep_record(SweepShared *sh, long k, int code, const char *note)
{
    if (sh->nfail >= 256) return;
    if (code < 0 || code >= 1000) {   /* a crash: say how to reproduce it */
        char buf[160];
        snprintf(buf, sizeof buf, "[VM created at point %ld] %s", sh->fresh_at, note ? note : "");
        snprintf(sh->fail_note[sh->nfail], sizeof sh->fail_note[0], "%s", buf);
        sh->fail_k[sh->nfail] = k;
        sh->fail_code[sh->nfail] = code;
        sh->nfail++;
        return;
    }
    sh->fail_k[sh->nfail] = k;
    sh->fail_code[sh->nfail] = code;
    snprintf(sh->fail_note[sh->nfail], sizeof sh->fail_note[0], "%s", note ? note : "");
    sh->nfail++;
}

/* The child is at failure point k; a point that takes over 10 s is a hang,
 * reported as SIGALRM at k. */
static void sweep_point(SweepShared *sh, long k)
{
    sh->current = k;
    alarm(3);
}

typedef void (*SweepChild)(SweepShared *sh, long from, long to, long step, void *ctx);

/* Runs child(from..to) in forked processes; a crash at point k is recorded
 * and the sweep resumes at k + step in a new child. */
static int sweep(const char *what, long from, long to, long step, SweepChild child, void *ctx, int max_crashes)
{
    SweepShared *sh = mmap(NULL, sizeof *sh, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    assert_true(sh != MAP_FAILED);
    memset(sh, 0, sizeof *sh);
    int crashes = 0, hangs = 0, max_hangs = 2;
    /* a deeper look while diagnosing: ASTER_TEST_SWEEP_MAX=200 */
    const char *env = getenv("ASTER_TEST_SWEEP_MAX");
    if (env && atoi(env) > 0) max_crashes = max_hangs = atoi(env);
    long start = from, skip = 1;
    while (start < to && !sh->done && crashes < max_crashes && hangs < max_hangs) {
        FILE *errf;
        pid_t pid = fork_capturing_stderr(&errf);
        if (pid == 0) {
            sh->current = start;
            child(sh, start, to, step, ctx);
            _exit(0);   /* skip atexit/LSan: leaks are checked by the counting allocator */
        }
        int ws = 0;
        waitpid(pid, &ws, 0);
        if (WIFEXITED(ws) && WEXITSTATUS(ws) == 0) {
            if (errf) fclose(errf);
            break;
        }
        char note[160];
        read_captured_stderr(errf, note, sizeof note);
        for (char *p = note; *p; p++)
            if (*p == '\n') *p = ' ';
        sweep_record(sh, sh->current, WIFSIGNALED(ws) ? -WTERMSIG(ws) : 1000 + WEXITSTATUS(ws), note);
        crashes++;
        hangs += WIFSIGNALED(ws) && WTERMSIG(ws) == SIGALRM;
        /* runs of consecutive crashing points are sampled with a growing
         * stride, so the sweep gets past them to the points after */
        skip = sh->current == start ? skip * 2 : 1;
        start = sh->current + step * skip;
    }
    int n = sh->nfail;
    for (int i = 0; i < n;) {
        /* consecutive points that failed the same way are one line */
        int j = i + 1;
        while (j < n && sh->fail_code[j] == sh->fail_code[i] && sh->fail_code[i] >= 0 && sh->fail_code[i] < 1000 &&
               strcmp(sh->fail_note[j], sh->fail_note[i]) == 0)
            j++;
        char pts[64];
        if (j - i > 1) snprintf(pts, sizeof pts, "points %ld..%ld (%d)", sh->fail_k[i], sh->fail_k[j - 1], j - i);
        else snprintf(pts, sizeof pts, "point %ld", sh->fail_k[i]);
        int c = sh->fail_code[i];
        if (c < 0)
            print_error("%s: failure %s: %s (signal %d: %s) stderr: %s\n", what, pts,
                        -c == SIGALRM ? "HANG" : "CRASH", -c, strsignal(-c), sh->fail_note[i]);
        else if (c >= 1000)
            print_error("%s: failure %s: child exited with status %d: %s\n", what, pts, c - 1000, sh->fail_note[i]);
        else
            print_error("%s: failure %s: %s %s\n", what, pts, sw_names[c], sh->fail_note[i]);
        i = j;
    }
    if (crashes >= max_crashes || hangs >= max_hangs)
        print_error("%s: stopped after %d crashes/hangs (the sweep did not finish)\n", what, crashes);
    munmap(sh, sizeof *sh);
    return n;
}

/* ------------------------------------------- sweep 1: failing aster_new */

typedef struct NewSweep {
    int sticky;
} NewSweep;

static void new_sweep_child(SweepShared *sh, long from, long to, long step, void *ctx)
{
    NewSweep *ns = ctx;
    for (long n = from; n < to; n += step) {
        sweep_point(sh, n);
        sh->fresh_at = n;
        Host h;
        memset(&h, 0, sizeof h);
        test_alloc_init(&h.alloc);
        h.alloc.fail_after = n;
        h.alloc.fail_sticky = ns->sticky;
        AsterConfig cfg;
        host_config(&h, &cfg);
        h.vm = aster_new(&cfg);
        if (!h.vm) {
            if (h.alloc.live) sweep_record(sh, n, SW_NEW_LEAK, NULL);
        } else {
            if (!h.alloc.failed) {   /* past the end of aster_new */
                sh->done = 1;
                aster_free(h.vm);
                text_free(&h.out);
                text_free(&h.err);
                return;
            }
            /* it survived a failure inside aster_new: it must work */
            h.alloc.fail_after = -1;
            h.alloc.failed = 0;
            AsterStatus st = aster_run_string(h.vm, "<t>", "print(1 + 1)\n", 13);
            if (st != ASTER_OK || strcmp(text_str(&h.out), "2\n") != 0) sweep_record(sh, n, SW_UNUSABLE, text_str(&h.err));
            aster_free(h.vm);
            if (h.alloc.live) sweep_record(sh, n, SW_LEAK, NULL);
        }
        if (h.alloc.bad_old_size || h.alloc.bad_free) sweep_record(sh, n, SW_BAD_SIZE, NULL);
        text_free(&h.out);
        text_free(&h.err);
    }
}

static long count_new_allocations(void)
{
    Host *h = host_new();
    long n = (long)h->alloc.ncalls;
    host_free(h);
    return n;
}

/* aster_new with the allocator failing at the n-th request: it returns NULL
 * (or a working VM) and gives every byte back. Sampled over all of init. */
static void sweep_new(int sticky)
{
    long total = count_new_allocations();
    assert_true(total > 0);
    long step = total / 40 + 1;
    NewSweep ns = {sticky};
    /* the first requests one by one, then a sample across the rest */
    int bad = sweep("aster_new", 0, 4, 1, new_sweep_child, &ns, 4);
    bad += sweep("aster_new", 4, total + 1, step, new_sweep_child, &ns, 8);
    assert_int_equal(bad, 0);
}

static void test_failing_alloc_in_new_once(void **state)
{
    (void)state;
    sweep_new(0);
}

static void test_failing_alloc_in_new_sticky(void **state)
{
    (void)state;
    sweep_new(1);
}

/* ------------------------------------------ sweep 2: failing in a run */

typedef struct RunSweep {
    const char *name;
    const char *src;
    const char *expect;
    int gc_stress;
} RunSweep;

static int sh_done_after_this;   /* child-side: a wrong result past the last point ends the sweep */

/* The last line of a traceback: the exception. */
static const char *last_line(const Text *t)
{
    const char *s = text_str(t);
    size_t n = strlen(s);
    while (n && s[n - 1] == '\n') n--;
    while (n && s[n - 1] != '\n') n--;
    return s + n;
}

/* One failure point on a live VM: the (k+1)-th request from now fails once. */
static int run_fail_at(Host *h, long k, const RunSweep *rs, char *note, size_t notesz)
{
    host_clear(h);
    h->alloc.failed = 0;
    h->alloc.fail_sticky = 0;
    h->alloc.fail_after = (long)h->alloc.ncalls + k;
    AsterStatus st = aster_run_string(h->vm, "<sweep>", rs->src, strlen(rs->src));
    int failed = h->alloc.failed;
    h->alloc.fail_after = -1;
    int code = SW_OK;
    if (!failed) {
        /* the run got past the failure point: this is the last point */
        if (st != ASTER_OK || strcmp(text_str(&h->out), rs->expect) != 0) {
            code = SW_WRONG_OUTPUT;
            sh_done_after_this = 1;
        } else {
            code = SW_DONE;
        }
    } else if (st == ASTER_OK) {
        /* the failure was absorbed (e.g. a cache that can do without memory) */
        if (strcmp(text_str(&h->out), rs->expect) != 0 && !text_contains(&h->out, "MemoryError"))
            code = SW_WRONG_OUTPUT;
    } else if (st == ASTER_ERROR) {
        if (!text_contains(&h->err, "MemoryError")) code = SW_BAD_STATUS;
    } else if (st == ASTER_SYNTAX_ERROR) {
        if (!text_contains(&h->err, "out of memory") && !text_contains(&h->err, "MemoryError")) code = SW_BAD_STATUS;
    } else {
        code = SW_BAD_STATUS;
    }
    if (code != SW_OK && code != SW_DONE) {
        snprintf(note, notesz, "status %d out=[%.50s] err=[...%.80s]", st, text_str(&h->out), last_line(&h->err));
        return code;
    }
    /* whatever happened, the VM must still work: the same program runs
     * correctly now that memory is there */
    host_clear(h);
    st = aster_run_string(h->vm, "<after>", rs->src, strlen(rs->src));
    if (st != ASTER_OK || strcmp(text_str(&h->out), rs->expect) != 0) {
        snprintf(note, notesz, "status %d out=[%.50s] err=[...%.80s]", st, text_str(&h->out), last_line(&h->err));
        return SW_UNUSABLE;
    }
    return code;
}

static Host *sweep_host(const RunSweep *rs)
{
    if (rs->gc_stress) setenv("ASTER_GC_STRESS", "1", 1);
    Host *h = calloc(1, sizeof *h);
    test_alloc_init(&h->alloc);
    AsterConfig cfg;
    host_config(h, &cfg);
    h->vm = aster_new(&cfg);
    unsetenv("ASTER_GC_STRESS");
    return h;
}

static int sweep_host_free(Host *h)
{
    aster_free(h->vm);
    int code = h->alloc.live ? SW_LEAK : h->alloc.bad_old_size || h->alloc.bad_free ? SW_BAD_SIZE : SW_OK;
    text_free(&h->out);
    text_free(&h->err);
    free(h);
    return code;
}

#define CHUNK 16

static void run_sweep_child(SweepShared *sh, long from, long to, long step, void *ctx)
{
    const RunSweep *rs = ctx;
    char note[160];
    long base = from;
    while (base < to && !sh->done) {
        sh->fresh_at = base;
        Host *h = sweep_host(rs);
        long end = base + CHUNK * step < to ? base + CHUNK * step : to;
        long k, last = base;
        for (k = base; k < end; k += step) {
            sweep_point(sh, k);
            last = k;
            note[0] = 0;
            sh_done_after_this = 0;
            int code = run_fail_at(h, k, rs, note, sizeof note);
            if (code == SW_DONE) {
                sh->done = 1;
                break;
            }
            if (code != SW_OK) sweep_record(sh, k, code, note);
            if (sh_done_after_this) {
                sh->done = 1;
                break;
            }
            if (code == SW_UNUSABLE) break;   /* the rest of the chunk gets a fresh VM */
        }
        if (sweep_host_free(h) != SW_OK) {
            /* find which points leaked: one fresh VM per point */
            for (long j = base; j <= last; j += step) {
                sweep_point(sh, j);
                sh->fresh_at = j;
                Host *h1 = sweep_host(rs);
                run_fail_at(h1, j, rs, note, sizeof note);
                int code = sweep_host_free(h1);
                if (code != SW_OK) sweep_record(sh, j, code, NULL);
            }
        }
        base = last + step;
    }
}

static int sweep_run(const RunSweep *rs) { return sweep(rs->name, 0, 100000, 1, run_sweep_child, (void *)rs, 24); }

/* Every allocation request of a run, one at a time, fails once: the run
 * completes or ends in MemoryError; the VM keeps working; nothing leaks. */
static void test_failing_alloc_sweep_run(void **state)
{
    (void)state;
    RunSweep rs = {"run", workload, workload_out, 0};
    assert_int_equal(sweep_run(&rs), 0);
}

/* The same with a collection at every safe point, so allocation failures
 * also land inside the collector's own bookkeeping. */
static void test_failing_alloc_sweep_run_gc_stress(void **state)
{
    (void)state;
    RunSweep rs = {
        "run (GC stress)",
        "class N:\n"
        "    def __init__(self, v): self.v = v; self.me = self\n"
        "acc = []\n"
        "for i in range(30):\n"
        "    acc.append(N(str(i)))\n"
        "try:\n"
        "    {}['x']\n"
        "except KeyError:\n"
        "    pass\n"
        "print(len(acc), acc[-1].v)\n",
        "30 29\n", 1};
    assert_int_equal(sweep_run(&rs), 0);
}

/* Failures while importing a module from a file (compiling inside the
 * interpreter) and while building strings (formatting, repr, join): every
 * buffer C code holds at that moment must still be given back. */
static void test_failing_alloc_sweep_import(void **state)
{
    (void)state;
    char dir[] = "/tmp/aster_vm_alloc_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[sizeof dir + 16];
    snprintf(path, sizeof path, "%s/helper.as", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("class Helper:\n"
          "    def __init__(self, v):\n"
          "        self.v = [v] * 3\n"
          "    def __repr__(self):\n"
          "        return 'Helper(%r)' % (self.v,)\n"
          "def make(n):\n"
          "    return [Helper(i) for i in range(n)]\n"
          "VALUE = {'k': make(3)}\n",
          f);
    fclose(f);
    setenv("ASTER_PATH", dir, 1);
    RunSweep rs = {
        "import",
        "import sys\n"
        "sys.modules.pop('helper', None)\n"
        "import helper\n"
        "s = repr(helper.VALUE) + f\"{len(helper.VALUE['k']):>4}|{3.5:08.3f}\" + '-'.join(str(i) for i in range(5))\n"
        "print(s)\n",
        "{'k': [Helper([0, 0, 0]), Helper([1, 1, 1]), Helper([2, 2, 2])]}   3|0003.5000-1-2-3-4\n", 0};
    int bad = sweep_run(&rs);
    unsetenv("ASTER_PATH");
    unlink(path);
    rmdir(dir);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counting_allocator_balances),
        cmocka_unit_test(test_counting_allocator_balances_after_collections),
        cmocka_unit_test(test_limit_big_list_caught),
        cmocka_unit_test(test_limit_big_list_uncaught),
        cmocka_unit_test(test_limit_gradual_growth),
        cmocka_unit_test(test_limit_vm_reusable_after_memory_error),
        cmocka_unit_test(test_limit_during_collection),
        cmocka_unit_test(test_limit_in_task),
        cmocka_unit_test(test_failing_alloc_in_new_once),
        cmocka_unit_test(test_failing_alloc_in_new_sticky),
        cmocka_unit_test(test_failing_alloc_sweep_run),
        cmocka_unit_test(test_failing_alloc_sweep_run_gc_stress),
        cmocka_unit_test(test_failing_alloc_sweep_import),
    };
    return cmocka_run_group_tests(tests, NULL, host_group_teardown);
}
