/* vm_lifecycle.c - creating and freeing VMs; several VMs in one process
 * with independent globals, modules and output. */
#include <pthread.h>

#include "vm_util.h"

/* Many VMs, one after the other, each running a little code. */
static void test_create_free_many(void **state)
{
    (void)state;
    for (int i = 0; i < 50; i++) {
        Host *h = host_new();
        char src[128];
        snprintf(src, sizeof src, "x = %d\nprint(x * 2)\n", i);
        char expect[32];
        snprintf(expect, sizeof expect, "%d\n", i * 2);
        RUN_EXPECT(h, src, expect);
        host_free(h);
    }
}

/* A VM that never ran anything frees cleanly too. */
static void test_create_free_unused(void **state)
{
    (void)state;
    for (int i = 0; i < 20; i++) host_free(host_new());
}

/* Many VMs alive at the same time, freed in a different order. */
static void test_many_alive_at_once(void **state)
{
    (void)state;
    enum { N = 16 };
    Host *h[N];
    for (int i = 0; i < N; i++) h[i] = host_new();
    for (int i = 0; i < N; i++) {
        char src[64];
        snprintf(src, sizeof src, "import sys\nsys.me = %d\n", i);
        RUN_EXPECT(h[i], src, "");
    }
    for (int i = 0; i < N; i++) {
        char expect[32];
        snprintf(expect, sizeof expect, "%d\n", i);
        RUN_EXPECT(h[i], "import sys\nprint(sys.me)\n", expect);
    }
    for (int i = N - 1; i >= 0; i -= 2) host_free(h[i]);
    for (int i = 0; i < N; i += 2) host_free(h[i]);
}

/* Two VMs running interleaved: globals, classes, modules and output are
 * each VM's own. Every aster_run_string gets a fresh __main__, so state that
 * must outlive one run is kept on a module (sys), which persists. */
static void test_two_vms_interleaved(void **state)
{
    (void)state;
    Host *a = host_new();
    Host *b = host_new();

    const char *prelude_a = "import sys\nclass K:\n    tag = 'a'\nsys.K = K\nsys.counter = 0\n";
    const char *prelude_b = "import sys\nclass K:\n    tag = 'b'\nsys.K = K\nsys.counter = 100\n";
    RUN_EXPECT(a, prelude_a, "");
    RUN_EXPECT(b, prelude_b, "");
    for (int i = 0; i < 5; i++) {
        host_clear(a);
        host_clear(b);
        assert_int_equal(host_run(a, "import sys\nsys.counter += 1\nprint('a', sys.counter, sys.K.tag)\n"), ASTER_OK);
        assert_int_equal(host_run(b, "import sys\nsys.counter += 10\nprint('b', sys.counter, sys.K.tag)\n"), ASTER_OK);
        char ea[64], eb[64];
        snprintf(ea, sizeof ea, "a %d a\n", i + 1);
        snprintf(eb, sizeof eb, "b %d b\n", 100 + 10 * (i + 1));
        assert_string_equal(text_str(&a->out), ea);
        assert_string_equal(text_str(&b->out), eb);
        assert_string_equal(text_str(&a->err), "");
        assert_string_equal(text_str(&b->err), "");
    }

    /* Module state (attributes, the recursion limit, the random generator)
     * is each VM's own. */
    RUN_EXPECT(a, "import math\nmath.answer = 42\nimport sys\nsys.marker = 'A'\n", "");
    RUN_EXPECT(b, "import math\nprint(hasattr(math, 'answer'))\nimport sys\nprint(hasattr(sys, 'marker'))\n",
               "False\nFalse\n");
    RUN_EXPECT(a, "import sys\nsys.setrecursionlimit(321)\n", "");
    RUN_EXPECT(b, "import sys\nprint(sys.getrecursionlimit())\n", "1000\n");
    RUN_EXPECT(a, "import sys\nprint(sys.getrecursionlimit())\n", "321\n");

    /* Each VM has its own random generator: two VMs seeded alike and drawn
     * from alternately produce the same sequence. */
    const char *seed = "import random, sys\nrandom.seed(7)\nsys.ra = []\n";
    const char *draw = "import random, sys\nsys.ra.append(random.randint(0, 1000000))\n";
    RUN_EXPECT(a, seed, "");
    RUN_EXPECT(b, seed, "");
    for (int i = 0; i < 4; i++) {
        RUN_EXPECT(a, draw, "");
        RUN_EXPECT(b, draw, "");
    }
    host_clear(a);
    host_clear(b);
    assert_int_equal(host_run(a, "import sys\nprint(sys.ra)\n"), ASTER_OK);
    assert_int_equal(host_run(b, "import sys\nprint(sys.ra)\n"), ASTER_OK);
    assert_true(a->out.len > 4);
    assert_string_equal(text_str(&a->out), text_str(&b->out));

    /* An error in one VM does not leak into the other. */
    host_clear(a);
    assert_int_equal(host_run(a, "raise ValueError('only in a')\n"), ASTER_ERROR);
    assert_contains(&a->err, "ValueError: only in a");
    RUN_EXPECT(b, "print('b fine')\n", "b fine\n");
    assert_string_equal(text_str(&b->err), "");
    assert_int_equal(aster_exit_code(a->vm), 1);

    host_free(a);
    RUN_EXPECT(b, "import sys\nprint(sys.counter)\n", "150\n");   /* b survives a's death */
    host_free(b);
}

/* Each VM has its own sys.argv, set before the script first imports sys. */
static void test_argv_per_vm(void **state)
{
    (void)state;
    Host *a = host_new();
    Host *b = host_new();
    const char *argv_a[] = {"prog-a", "x"};
    const char *argv_b[] = {"prog-b"};
    aster_set_argv(a->vm, 2, argv_a);
    aster_set_argv(b->vm, 1, argv_b);
    RUN_EXPECT(a, "import sys\nprint(sys.argv)\n", "['prog-a', 'x']\n");
    RUN_EXPECT(b, "import sys\nprint(sys.argv)\n", "['prog-b']\n");
    host_free(a);
    host_free(b);
}

/* aster.h: aster_set_argv sets "sys.argv for scripts run afterwards" - also
 * when an earlier run already imported sys (a host running several scripts
 * in one VM). */
static void test_set_argv_after_sys_imported(void **state)
{
    (void)state;
    Host *h = host_new();
    RUN_EXPECT(h, "import sys\nprint(sys.argv)\n", "[]\n");
    const char *args1[] = {"first.as", "1"};
    aster_set_argv(h->vm, 2, args1);
    RUN_EXPECT(h, "import sys\nprint(sys.argv)\n", "['first.as', '1']\n");
    const char *args2[] = {"second.as"};
    aster_set_argv(h->vm, 1, args2);
    RUN_EXPECT(h, "import sys\nprint(sys.argv)\n", "['second.as']\n");
    host_free(h);
}

/* Two VMs with interleaved async programs: each has its own event loop. */
static void test_two_vms_async_interleaved(void **state)
{
    (void)state;
    Host *a = host_new();
    Host *b = host_new();
    const char *src =
        "import asyncio, sys\n"
        "NAME = sys.NAME\n"
        "async def tick(tag, n):\n"
        "    for i in range(n):\n"
        "        await asyncio.sleep(0)\n"
        "    return tag\n"
        "async def main():\n"
        "    print(await asyncio.gather(tick(NAME, 3), tick(NAME + NAME, 1)))\n"
        "asyncio.run(main())\n";
    RUN_EXPECT(a, "import sys\nsys.NAME = 'a'\n", "");
    RUN_EXPECT(b, "import sys\nsys.NAME = 'b'\n", "");
    for (int i = 0; i < 3; i++) {
        RUN_EXPECT(a, src, "['a', 'aa']\n");
        RUN_EXPECT(b, src, "['b', 'bb']\n");
    }
    host_free(a);
    host_free(b);
}

/* VMs on different threads at the same time: no global state means no
 * interference (and nothing for ASan/valgrind to find). Each thread
 * allocates heavily so collections run while the other threads run too. */
typedef struct ThreadJob {
    int id;
    int iterations;
    int ok;
    char out[256];
    char err[256];
    size_t live_after_free;
} ThreadJob;

static void *thread_main(void *arg)
{
    ThreadJob *job = arg;
    Host h;
    memset(&h, 0, sizeof h);
    test_alloc_init(&h.alloc);
    AsterConfig cfg;
    host_config(&h, &cfg);
    h.vm = aster_new(&cfg);
    if (!h.vm) return NULL;
    char src[1024];
    snprintf(src, sizeof src,
             "import asyncio\n"
             "ID = %d\n"
             "class Node:\n"
             "    def __init__(self, v):\n"
             "        self.v = v\n"
             "        self.me = self\n"
             "total = 0\n"
             "for i in range(%d):\n"
             "    n = Node(str(i) * 3)\n"
             "    d = {'k' + str(i): [n, (i, ID)]}\n"
             "    total += len(n.v) + len(d)\n"
             "async def w(k):\n"
             "    await asyncio.sleep(0)\n"
             "    return k * ID\n"
             "async def main():\n"
             "    return sum(await asyncio.gather(*[w(k) for k in range(10)]))\n"
             "print(ID, total, asyncio.run(main()), ','.join(sorted({'b', 'a', str(ID)})))\n",
             job->id, job->iterations);
    AsterStatus st = aster_run_string(h.vm, "<thread>", src, strlen(src));
    job->ok = st == ASTER_OK;
    snprintf(job->out, sizeof job->out, "%s", text_str(&h.out));
    snprintf(job->err, sizeof job->err, "%s", text_str(&h.err));
    aster_free(h.vm);
    job->live_after_free = h.alloc.live;
    text_free(&h.out);
    text_free(&h.err);
    return NULL;
}

/* Runs four VMs on four threads; NULL if all went well, else what failed. */
static const char *run_parallel(int iterations)
{
    static char msg[1024];
    enum { N = 4 };
    pthread_t th[N];
    ThreadJob jobs[N];
    for (int i = 0; i < N; i++) {
        memset(&jobs[i], 0, sizeof jobs[i]);
        jobs[i].id = i + 1;
        jobs[i].iterations = iterations;
        if (pthread_create(&th[i], NULL, thread_main, &jobs[i]) != 0) return "pthread_create";
    }
    for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
    /* total: sum of 3 * len(str(i)) + 1 */
    long total = 0;
    for (int k = 0; k < iterations; k++) total += 3 * (k < 10 ? 1 : k < 100 ? 2 : k < 1000 ? 3 : 4) + 1;
    for (int i = 0; i < N; i++) {
        int id = i + 1;
        char expect[128];
        snprintf(expect, sizeof expect, "%d %ld %d %d,a,b\n", id, total, 45 * id, id);
        if (!jobs[i].ok || jobs[i].err[0] || strcmp(jobs[i].out, expect) != 0 || jobs[i].live_after_free) {
            snprintf(msg, sizeof msg, "VM %d: ok=%d out=[%s] expected [%s] err=[%.200s] live after free %zu", id,
                     jobs[i].ok, jobs[i].out, expect, jobs[i].err, jobs[i].live_after_free);
            return msg;
        }
    }
    return NULL;
}

static void test_vms_on_parallel_threads(void **state)
{
    (void)state;
    const char *err = run_parallel(3000);
    if (err) print_error("%s\n", err);
    assert_null(err);
}

/* The same with a collection at every safe point in every VM (isolated: a
 * collector bug is a use-after-free, which ASan turns into an abort). */
ISOLATED_TEST(test_vms_on_parallel_threads_gc_stress, 60)
{
    setenv("ASTER_GC_STRESS", "1", 1);   /* read by aster_new: set before the threads start */
    const char *err = run_parallel(150);
    unsetenv("ASTER_GC_STRESS");
    ICHECK(err == NULL, "%s", err);
}

/* Each aster_run_string runs a fresh __main__; what the previous run put
 * in sys.modules (and on modules) is still there. */
static void test_fresh_main_each_run(void **state)
{
    (void)state;
    Host *h = host_new();
    RUN_EXPECT(h, "import sys\ndef sq(n):\n    return n * n\nsys.sq = sq\n", "");
    RUN_EXPECT(h, "import sys\nprint([sys.sq(i) for i in range(5)])\n", "[0, 1, 4, 9, 16]\n");
    RUN_EXPECT(h, "print(__name__, 'sq' in globals())\n", "__main__ False\n");
    host_free(h);
}

/* The write hooks get everything: print to stdout, print(file=sys.stderr)
 * to the error hook, nothing goes to the process's stdout. */
static void test_output_hooks(void **state)
{
    (void)state;
    Host *h = host_new();
    host_clear(h);
    assert_int_equal(host_run(h,
                              "import sys\n"
                              "print('to out', 1, sep='-', end='!\\n')\n"
                              "print('to err', file=sys.stderr)\n"
                              "sys.stdout.write('raw\\n')\n"
                              "sys.stderr.write('rawerr\\n')\n"),
                     ASTER_OK);
    assert_string_equal(text_str(&h->out), "to out-1!\nraw\n");
    assert_string_equal(text_str(&h->err), "to err\nrawerr\n");
    host_free(h);
}

/* A config with only the allocator set (or only the hooks) is completed
 * with defaults; aster_free(NULL) is a no-op. */
static void test_partial_config(void **state)
{
    (void)state;
    Host *h = calloc(1, sizeof *h);
    test_alloc_init(&h->alloc);
    AsterConfig cfg;
    aster_config_init(&cfg);
    assert_non_null(cfg.alloc);
    assert_non_null(cfg.write_out);
    assert_non_null(cfg.write_err);
    cfg.write_out = host_write_out;
    cfg.write_err = host_write_err;
    cfg.write_ud = h;
    cfg.alloc = NULL;   /* default allocator */
    h->vm = aster_new(&cfg);
    assert_non_null(h->vm);
    RUN_EXPECT(h, "print('defaults')\n", "defaults\n");
    aster_free(h->vm);
    aster_free(NULL);
    /* a NULL config means all defaults (nothing is run, so nothing printed) */
    AsterVM *d = aster_new(NULL);
    assert_non_null(d);
    aster_free(d);
    text_free(&h->out);
    text_free(&h->err);
    free(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_create_free_many),
        cmocka_unit_test(test_create_free_unused),
        cmocka_unit_test(test_many_alive_at_once),
        cmocka_unit_test(test_two_vms_interleaved),
        cmocka_unit_test(test_argv_per_vm),
        cmocka_unit_test(test_set_argv_after_sys_imported),
        cmocka_unit_test(test_two_vms_async_interleaved),
        cmocka_unit_test(test_vms_on_parallel_threads),
        cmocka_unit_test(test_vms_on_parallel_threads_gc_stress),
        cmocka_unit_test(test_fresh_main_each_run),
        cmocka_unit_test(test_output_hooks),
        cmocka_unit_test(test_partial_config),
    };
    return cmocka_run_group_tests(tests, NULL, host_group_teardown);
}
