/* vm_recursion.c - unbounded recursion is a RecursionError, never a crash:
 * plain and async recursion, recursion through C (special methods called
 * by the runtime, callbacks from built-ins), deeply nested data, deeply
 * nested source; the VM keeps working afterwards. Cases that could
 * overflow the C stack run isolated (vm_util.h), so a crash is reported as
 * such. */
#include <pthread.h>

#include "vm_util.h"

#define REC_MSG "RecursionError: maximum recursion depth exceeded"

/* Runs src expecting an uncaught RecursionError, then checks the VM still
 * runs code (including a recursion of reasonable depth). */
#define EXPECT_RECURSION_ERROR(h, src)                                                            \
    do {                                                                                          \
        IRUN((h), (src), ASTER_ERROR, NULL);                                                      \
        ICHECK(text_contains(&(h)->err, REC_MSG), "stderr:\n%.2000s", text_str(&(h)->err));       \
        IRUN((h), "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(500))\n", ASTER_OK, "500\n"); \
    } while (0)

ISOLATED_TEST(test_sync_recursion, 20)
{
    Host *h = ihost_new();
    for (int i = 0; i < 3; i++) EXPECT_RECURSION_ERROR(h, "def f():\n    f()\nf()\n");
    IRUN(h,
         "def f(n):\n"
         "    return f(n + 1)\n"
         "try:\n"
         "    f(0)\n"
         "except RecursionError as e:\n"
         "    print('caught:', e)\n"
         "def g(n):\n"
         "    return g(n + 1) if n < 900 else n\n"
         "print(g(0))\n",
         ASTER_OK, "caught: maximum recursion depth exceeded\n900\n");
    /* mutual recursion, methods, lambdas */
    EXPECT_RECURSION_ERROR(h, "def a(n): return b(n)\ndef b(n): return a(n)\na(0)\n");
    EXPECT_RECURSION_ERROR(h, "class C:\n    def m(self): return self.m()\nC().m()\n");
    EXPECT_RECURSION_ERROR(h, "f = lambda: f()\nf()\n");
    IHOST_FREE(h);
}

ISOLATED_TEST(test_async_recursion, 20)
{
    Host *h = ihost_new();
    for (int i = 0; i < 3; i++)
        EXPECT_RECURSION_ERROR(h, "import asyncio\nasync def f():\n    await f()\nasyncio.run(f())\n");
    /* at the top level of __main__, which runs as a task */
    EXPECT_RECURSION_ERROR(h, "async def f():\n    await f()\nawait f()\n");
    /* inside a task, caught by the awaiting code */
    IRUN(h,
         "import asyncio\n"
         "async def f(n):\n"
         "    return await f(n + 1)\n"
         "async def main():\n"
         "    t = asyncio.create_task(f(0))\n"
         "    try:\n"
         "        await t\n"
         "    except RecursionError as e:\n"
         "        print('task:', e)\n"
         "    try:\n"
         "        await f(0)\n"
         "    except RecursionError:\n"
         "        print('direct: RecursionError')\n"
         "    async def ok(n):\n"
         "        return n if n == 0 else 1 + await ok(n - 1)\n"
         "    print(await ok(500))\n"
         "asyncio.run(main())\n",
         ASTER_OK, "task: maximum recursion depth exceeded\ndirect: RecursionError\n500\n");
    /* several tasks recursing at once */
    IRUN(h,
         "import asyncio\n"
         "async def f():\n"
         "    await f()\n"
         "async def main():\n"
         "    r = await asyncio.gather(*[f() for _ in range(4)], return_exceptions=True)\n"
         "    print([type(e).__name__ for e in r])\n"
         "asyncio.run(main())\n",
         ASTER_OK, "['RecursionError', 'RecursionError', 'RecursionError', 'RecursionError']\n");
    IHOST_FREE(h);
}

/* Recursion that goes through C on every level: a special method the
 * runtime calls, or a callback from a built-in. */
static const char *const through_c[] = {
    "class A:\n    def __repr__(self): return repr(self)\nrepr(A())\n",
    "class A:\n    def __str__(self): return str(self)\nstr(A())\n",
    "class A:\n    def __getattr__(self, n): return getattr(self, n)\nA().x\n",
    "class A:\n    def __eq__(self, o): return self == o\nA() == A()\n",
    "class A:\n    def __hash__(self): return hash(self)\nhash(A())\n",
    "class A:\n    def __len__(self): return len(self)\nlen(A())\n",
    "class A:\n    def __add__(self, o): return self + o\nA() + 1\n",
    "class A:\n    def __getitem__(self, k): return self[k]\nA()[0]\n",
    "class A:\n    def __bool__(self): return bool(self)\nbool(A())\n",
    "class A:\n    def __init__(self): A()\nA()\n",
    "def f(x): return sorted([1, 2], key=f)\nf(0)\n",
    "def f(x): return list(map(f, [1]))\nf(0)\n",
    "class A:\n    def __format__(self, spec): return format(self, spec)\nf'{A()}'\n",
};

static void through_c_body(void *ctx)
{
    const char *src = ctx;
    Host *h = ihost_new();
    EXPECT_RECURSION_ERROR(h, src);
    IHOST_FREE(h);
}

static void test_recursion_through_c(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof through_c / sizeof through_c[0]; i++)
        bad += !isolate_run(through_c[i], through_c_body, (void *)through_c[i], 20);
    assert_int_equal(bad, 0);
}

/* A script may raise the recursion limit (sys.setrecursionlimit): plain
 * script recursion lives on the heap, but recursion through C must still
 * stop with RecursionError before the C stack runs out. */
static void high_limit_body(void *ctx)
{
    const char *src = ctx;
    Host *h = ihost_new();
    char buf[512];
    snprintf(buf, sizeof buf, "import sys\nsys.setrecursionlimit(100000)\n%s", src);
    IRUN(h, buf, ASTER_ERROR, NULL);
    ICHECK(text_contains(&h->err, "RecursionError"), "stderr:\n%.1000s", text_str(&h->err));
    IHOST_FREE(h);
}

static void test_recursion_through_c_high_limit(void **state)
{
    (void)state;
    int bad = 0;
    bad += !isolate_run("plain, limit 100000", high_limit_body, "def f(n): return f(n + 1)\nf(0)\n", 20);
    bad += !isolate_run("async, limit 100000", high_limit_body,
                        "import asyncio\nasync def f(): await f()\nasyncio.run(f())\n", 20);
    for (size_t i = 0; i < sizeof through_c / sizeof through_c[0]; i++)
        bad += !isolate_run(through_c[i], high_limit_body, (void *)through_c[i], 20);
    assert_int_equal(bad, 0);
}

/* A host thread with a 2 MB stack (a common default outside glibc's main
 * thread) and the default recursion limit. */
typedef struct ThreadRun {
    const char *src;
    AsterStatus st;
    int has_recursion_error;
} ThreadRun;

static void *small_stack_main(void *arg)
{
    ThreadRun *r = arg;
    Host *h = ihost_new();
    r->st = host_run(h, r->src);
    r->has_recursion_error = text_contains(&h->err, "RecursionError");
    aster_free(h->vm);
    text_free(&h->out);
    text_free(&h->err);
    free(h);
    return NULL;
}

static void small_stack_body(void *ctx)
{
    ThreadRun r = {ctx, -1, 0};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 2u << 20);
    pthread_t th;
    ICHECK(pthread_create(&th, &attr, small_stack_main, &r) == 0, "pthread_create");
    pthread_join(th, NULL);
    ICHECK(r.st == ASTER_ERROR && r.has_recursion_error, "status %d", r.st);
}

static void test_recursion_through_c_2mb_thread(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof through_c / sizeof through_c[0]; i++)
        bad += !isolate_run(through_c[i], small_stack_body, (void *)through_c[i], 20);
    assert_int_equal(bad, 0);
}

/* Deeply nested data: repr, str, ==, hash, json of 100000 levels is a
 * RecursionError; building, dropping and collecting it is fine. */
ISOLATED_TEST(test_deeply_nested_data, 30)
{
    Host *h = ihost_new();
    static const char *const progs[] = {
        "l = []\nfor i in range(100000):\n    l = [l]\nrepr(l)\n",
        "d = {}\nfor i in range(100000):\n    d = {'k': d}\nstr(d)\n",
        "a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\na == b\n",
        "t = ()\nfor i in range(100000):\n    t = (t,)\nhash(t)\n",
        "import json\nl = []\nfor i in range(100000):\n    l = [l]\njson.dumps(l)\n",
        "import json\njson.loads('[' * 100000 + ']' * 100000)\n",
    };
    for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) EXPECT_RECURSION_ERROR(h, progs[i]);
    /* the collector marks deep structures without recursing */
    IRUN(h,
         "l = []\n"
         "for i in range(200000):\n"
         "    l = [l, str(i)]\n"
         "junk = [[j] for j in range(100000)]\n"
         "l = None\n"
         "junk = None\n"
         "for i in range(100000):\n"
         "    x = (i,)\n"
         "print('ok')\n",
         ASTER_OK, "ok\n");
    IHOST_FREE(h);
}

/* Deeply nested source is a syntax error (the parser/compiler do not
 * recurse without bound either). */
static void nested_source_body(void *ctx)
{
    const char *shape = ctx;
    size_t n = 100000;
    size_t cap = n * 12 + 64;
    char *src = malloc(cap);
    ICHECK(src != NULL, "malloc");
    size_t len = 0;
    len += (size_t)sprintf(src, "x = ");
    if (strcmp(shape, "parens") == 0) {
        for (size_t i = 0; i < n; i++) src[len++] = '(';
        src[len++] = '1';
        for (size_t i = 0; i < n; i++) src[len++] = ')';
    } else if (strcmp(shape, "lists") == 0) {
        for (size_t i = 0; i < n; i++) src[len++] = '[';
        for (size_t i = 0; i < n; i++) src[len++] = ']';
    } else if (strcmp(shape, "unary") == 0) {
        for (size_t i = 0; i < n; i++) src[len++] = '-';
        src[len++] = '1';
    } else if (strcmp(shape, "binop chain") == 0) {
        for (size_t i = 0; i < n; i++) len += (size_t)sprintf(src + len, "1+");
        src[len++] = '1';
    } else if (strcmp(shape, "call chain") == 0) {
        src[len++] = 'f';
        for (size_t i = 0; i < n; i++) len += (size_t)sprintf(src + len, "(1)");
    } else if (strcmp(shape, "attribute chain") == 0) {
        for (size_t i = 0; i < n; i++) len += (size_t)sprintf(src + len, "a.");
        src[len++] = 'b';
    } else if (strcmp(shape, "lambdas") == 0) {
        for (size_t i = 0; i < n / 4; i++) len += (size_t)sprintf(src + len, "lambda: ");
        src[len++] = '1';
    } else if (strcmp(shape, "conditional chain") == 0) {
        for (size_t i = 0; i < n / 4; i++) len += (size_t)sprintf(src + len, "1 if 1 else ");
        src[len++] = '1';
    } else if (strcmp(shape, "power chain") == 0) {
        src[len++] = '2';
        for (size_t i = 0; i < n; i++) len += (size_t)sprintf(src + len, "**2");
    }
    src[len++] = '\n';
    src[len] = 0;
    Host *h = ihost_new();
    host_clear(h);
    AsterStatus st = aster_run_string(h->vm, "<deep>", src, len);
    free(src);
    /* a syntax error, or (for shapes that are fine to compile) an error at
     * run time or success - anything but a crash */
    ICHECK(st == ASTER_SYNTAX_ERROR || st == ASTER_ERROR || st == ASTER_OK, "status %d", st);
    if (st == ASTER_SYNTAX_ERROR) ICHECK(text_contains(&h->err, "<deep>:1:"), "stderr:\n%.500s", text_str(&h->err));
    IRUN(h, "print('usable')\n", ASTER_OK, "usable\n");
    IHOST_FREE(h);
}

static void test_deeply_nested_source(void **state)
{
    (void)state;
    static const char *const shapes[] = {"parens",  "lists",   "unary",   "binop chain",       "call chain",
                                         "attribute chain", "lambdas", "conditional chain", "power chain"};
    int bad = 0;
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
        bad += !isolate_run(shapes[i], nested_source_body, (void *)shapes[i], 20);
    assert_int_equal(bad, 0);
}

/* sys.setrecursionlimit lowers the limit for the next runs too, and a
 * lowered limit is honoured. */
ISOLATED_TEST(test_recursion_limit_setting, 20)
{
    Host *h = ihost_new();
    IRUN(h,
         "import sys\n"
         "sys.setrecursionlimit(100)\n"
         "def d(n):\n"
         "    return 0 if n == 0 else 1 + d(n - 1)\n"
         "print(d(50))\n"
         "try:\n"
         "    d(200)\n"
         "except RecursionError:\n"
         "    print('limited')\n"
         "sys.setrecursionlimit(1000)\n"
         "print(d(500))\n",
         ASTER_OK, "50\nlimited\n500\n");
    IHOST_FREE(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sync_recursion),
        cmocka_unit_test(test_async_recursion),
        cmocka_unit_test(test_recursion_through_c),
        cmocka_unit_test(test_recursion_through_c_high_limit),
        cmocka_unit_test(test_recursion_through_c_2mb_thread),
        cmocka_unit_test(test_deeply_nested_data),
        cmocka_unit_test(test_deeply_nested_source),
        cmocka_unit_test(test_recursion_limit_setting),
    };
    return cmocka_run_group_tests(tests, NULL, host_group_teardown);
}
