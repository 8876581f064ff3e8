/* vm_gc.c - the collector, measured through the counting allocator: garbage
 * cycles of every kind are reclaimed (peak live memory stays flat when the
 * program makes 10x more garbage), and a collection at every safe point
 * (ASTER_GC_STRESS=1) frees nothing that is still in use. */
#include "vm_util.h"

/* Peak live bytes (above what the VM held before) while running src;
 * *total: bytes allocated meanwhile. */
static size_t peak_of_out(const char *src, size_t *total, const char *expect_out)
{
    Host *h = host_new();
    size_t base = h->alloc.live;
    h->alloc.peak = base;
    size_t total0 = h->alloc.total;
    host_clear(h);
    AsterStatus st = host_run(h, src);
    *total = h->alloc.total - total0;
    if (st != ASTER_OK) print_error("%s\nstderr: %s\n", src, text_str(&h->err));
    assert_int_equal(st, ASTER_OK);
    assert_string_equal(text_str(&h->out), expect_out);
    size_t peak = h->alloc.peak - base;
    host_free(h);
    return peak;
}

static size_t peak_of(const char *src, size_t *total) { return peak_of_out(src, total, "done\n"); }

/* Kinds of garbage cycles: definitions, then the body of one iteration
 * (indented 4, uses i) that leaves a cycle behind. */
typedef struct CycleKind {
    const char *name;
    const char *defs;
    const char *body;
    int weight;   /* iterations of this body per loop iteration */
} CycleKind;

static const CycleKind kinds[] = {
    {"instance self-cycle",
     "class Node:\n"
     "    def __init__(self, v):\n"
     "        self.v = v\n"
     "        self.me = self\n"
     "        self.pad = [v, v, v, v]\n",
     "    Node(i)\n", 3},
    {"instance pair, list, dict",
     "class A:\n"
     "    pass\n",
     "    a = A()\n"
     "    b = A()\n"
     "    a.other = b\n"
     "    b.other = a\n"
     "    l = [a, b]\n"
     "    l.append(l)\n"
     "    d = {'self': None, 'l': l}\n"
     "    d['self'] = d\n"
     "    a.d = d\n", 1},
    {"closure, class",
     "def make(i):\n"
     "    def rec(n):\n"
     "        return rec if n else i\n"
     "    return rec\n",
     "    f = make(i)\n"
     "    class K:\n"
     "        x = f\n"
     "        def m(self):\n"
     "            return K\n"
     "    K.me = K\n", 1},
    {"exception with traceback",
     "def fail(i):\n"
     "    raise ValueError('boom %d' % i)\n",
     "    try:\n"
     "        fail(i)\n"
     "    except ValueError as e:\n"
     "        err = e\n"
     "        err.keep = [err]\n", 1},
    {"task <-> coroutine",
     "async def child(i, box):\n"
     "    x = [i] * 20\n"
     "    await asyncio.sleep(0)\n"
     "    return x, box\n",
     "    box = []\n"
     "    t = asyncio.create_task(child(i, box))\n"
     "    box.append(t)\n"   /* task -> coroutine -> box -> task */
     "    await t\n", 1},
    {"acyclic garbage", "",
     "    s = str(i) * 10\n"
     "    t = (s, i, [s, s])\n"
     "    dd = {s: t}\n", 1},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

/* A program running kinds[mask bits] n times, inside one asyncio.run (so
 * the task kind can await). */
static char *cycle_program(unsigned mask, int n)
{
    static char src[8192];
    size_t len = (size_t)snprintf(src, sizeof src, "import asyncio\n");
    for (size_t k = 0; k < NKINDS; k++)
        if (mask & (1u << k)) len += (size_t)snprintf(src + len, sizeof src - len, "%s", kinds[k].defs);
    len += (size_t)snprintf(src + len, sizeof src - len, "async def main(n):\n    for i in range(n):\n");
    for (size_t k = 0; k < NKINDS; k++)
        if (!(mask & (1u << k))) continue;
        else
            for (int w = 0; w < kinds[k].weight; w++)
                for (const char *line = kinds[k].body; *line;) {   /* indent each line 4 more */
                    const char *nl = strchr(line, '\n');
                    len += (size_t)snprintf(src + len, sizeof src - len, "    %.*s\n", (int)(nl - line), line);
                    line = nl + 1;
                }
    snprintf(src + len, sizeof src - len, "asyncio.run(main(%d))\nprint('done')\n", n);
    return src;
}

/* Peak for n and 10n iterations (n grows until n iterations need a
 * collection - the VM's first comes at 4 MB - or comparing says nothing);
 * false if 10x the garbage needed anywhere near 10x the memory. */
static int bounded(unsigned mask, int n, const char *what)
{
    size_t total_small, small;
    for (;;) {
        small = peak_of(cycle_program(mask, n), &total_small);
        if (total_small > (5u << 20)) break;
        n *= 2;
    }
    size_t total_big;
    size_t big = peak_of(cycle_program(mask, n * 10), &total_big);
    print_message("%-26s n=%-5d peak %5zu KB of %6zu KB allocated; 10n: peak %5zu KB of %6zu KB\n", what, n,
                  small >> 10, total_small >> 10, big >> 10, total_big >> 10);
    /* most of what 10n iterations allocated was reclaimed along the way,
     * and the peak did not follow the garbage */
    return big < total_big / 4 && big <= small * 3;
}

/* All kinds of cycles at once (one program, so it stays fast under ASan);
 * if the peak grows, each kind is measured alone to name the culprit. */
static void test_gc_reclaims_cycles(void **state)
{
    (void)state;
    unsigned all = (1u << NKINDS) - 1;
    if (bounded(all, 1000, "all kinds")) return;
    int bad = 0;
    for (size_t k = 0; k < NKINDS; k++)
        if (!bounded(1u << k, 500, kinds[k].name)) {
            print_error("garbage of kind '%s' is not reclaimed\n", kinds[k].name);
            bad++;
        }
    print_error("peak memory grew with the amount of garbage (%d kind(s) alone%s)\n", bad,
                bad ? "" : "; only the combination shows it");
    fail();
}

/* A script that calls asyncio.run in a loop (a host-driven "handle one
 * request" pattern): each run's tasks and coroutines are garbage once it
 * returns, so memory must not grow with the number of runs. */
static void test_gc_asyncio_run_in_loop(void **state)
{
    (void)state;
    static const char tmpl[] =
        "import asyncio\n"
        "async def child(i):\n"
        "    await asyncio.sleep(0)\n"
        "async def spawn(i):\n"
        "    t = asyncio.create_task(child(i))\n"
        "    await t\n"
        "for i in range(%d):\n"
        "    asyncio.run(spawn(i))\n";
    char src[sizeof tmpl + 16];
    size_t total_small, total_big;
    snprintf(src, sizeof src, tmpl, 4000);
    size_t small = peak_of_out(src, &total_small, "");
    snprintf(src, sizeof src, tmpl, 40000);
    size_t big = peak_of_out(src, &total_big, "");
    print_message("asyncio.run x4000: peak %zu KB of %zu KB; x40000: peak %zu KB of %zu KB\n", small >> 10,
                  total_small >> 10, big >> 10, total_big >> 10);
    assert_true(big <= small * 3);
    assert_true(big < total_big / 4);
}

/* Memory is given back to the allocator as the heap shrinks: after a big
 * structure becomes garbage and the program keeps allocating, live memory
 * at the end is far below the peak. */
static void test_gc_returns_memory(void **state)
{
    (void)state;
    Host *h = host_new();
    size_t base = h->alloc.live;
    RUN_EXPECT(h,
               "big = [[i] for i in range(200000)]\n"
               "big = None\n"
               "for i in range(200000):\n"
               "    t = (i,)\n"
               "print('done')\n",
               "done\n");
    size_t peak = h->alloc.peak - base, live = h->alloc.live - base;
    print_message("peak %zu KB, live at end %zu KB\n", peak >> 10, live >> 10);
    assert_true(live < peak / 2);
    host_free(h);
}

#define IRUN_OK(h, src, out) IRUN((h), (src), ASTER_OK, (out))

/* ---- precise: collecting at every safe point frees nothing in use ---- */

/* These run isolated: a collector bug shows up as a use-after-free, which
 * ASan turns into an abort of the whole process. */
static Host *stress_host(void)
{
    setenv("ASTER_GC_STRESS", "1", 1);
    Host *h = ihost_new();
    unsetenv("ASTER_GC_STRESS");
    return h;
}

ISOLATED_TEST(test_gc_stress_workload, 60)
{
    Host *h = stress_host();
    IRUN_OK(h,
               "class Node:\n"
               "    def __init__(self, v, nxt=None):\n"
               "        self.v = v\n"
               "        self.nxt = nxt\n"
               "    def __repr__(self):\n"
               "        return f'N({self.v})'\n"
               "head = None\n"
               "for i in range(200):\n"
               "    head = Node(str(i), head)\n"
               "vals = []\n"
               "n = head\n"
               "while n:\n"
               "    vals.append(n.v)\n"
               "    n = n.nxt\n"
               "print(len(vals), vals[0], vals[-1])\n"
               "words = sorted((str(i) * 2 for i in range(50)), key=lambda s: (len(s), s[::-1]))\n"
               "print(words[:3], '-'.join(w.upper() for w in words[-2:]))\n"
               "d = {k: [k] * 3 for k in map(str, range(100))}\n"
               "print(len(d), d['42'], sum(len(v) for v in d.values()))\n"
               "print(repr([Node(i) for i in range(3)]), {(i, str(i)) for i in range(2)} == {(0, '0'), (1, '1')})\n"
               "print('%s|%5.2f|%r' % ('x' * 3, 2.5, [1, (2, '3')]), f\"{'nested' + str(7)!r:>12}\")\n"
               "try:\n"
               "    [][1]\n"
               "except IndexError as e:\n"
               "    print(type(e).__name__, e)\n",
               "200 199 0\n"
               "['00', '11', '22'] 3939-4949\n"
               "100 ['42', '42', '42'] 300\n"
               "[N(0), N(1), N(2)] True\n"
               "xxx| 2.50|[1, (2, '3')]    'nested7'\n"
               "IndexError list index out of range\n");
    IHOST_FREE(h);
}

ISOLATED_TEST(test_gc_stress_async, 60)
{
    Host *h = stress_host();
    IRUN_OK(h,
               "import asyncio\n"
               "async def produce(q, n):\n"
               "    for i in range(n):\n"
               "        await q.put({'i': i, 's': str(i) * 3})\n"
               "    await q.put(None)\n"
               "async def consume(q):\n"
               "    out = []\n"
               "    while True:\n"
               "        item = await q.get()\n"
               "        if item is None:\n"
               "            return out\n"
               "        out.append(item['s'])\n"
               "async def sq(i):\n"
               "    await asyncio.sleep(0)\n"
               "    return [i * i]\n"
               "async def main():\n"
               "    q = asyncio.Queue(maxsize=3)\n"
               "    _, got = await asyncio.gather(produce(q, 30), consume(q))\n"
               "    rs = await asyncio.gather(*[sq(i) for i in range(20)])\n"
               "    t = asyncio.create_task(sq(9))\n"
               "    await asyncio.sleep(0.001)\n"
               "    return got[-1], rs[-1], t.result()\n"
               "print(asyncio.run(main()))\n",
               "('292929', [361], [81])\n");
    IHOST_FREE(h);
}

/* Objects reachable only from sys.modules, module attributes, class
 * attributes and closures survive collections between runs. */
ISOLATED_TEST(test_gc_stress_across_runs, 60)
{
    Host *h = stress_host();
    IRUN_OK(h,
               "import sys\n"
               "def counter():\n"
               "    n = [0]\n"
               "    def inc():\n"
               "        n[0] += 1\n"
               "        return n[0]\n"
               "    return inc\n"
               "class Store:\n"
               "    items = {}\n"
               "sys.inc = counter()\n"
               "sys.Store = Store\n"
               "Store.items['a'] = [str(i) for i in range(10)]\n",
               "");
    for (int i = 1; i <= 3; i++) {
        char expect[64];
        snprintf(expect, sizeof expect, "%d 9 ['x']\n", i);
        IRUN_OK(h,
                   "import sys\n"
                   "garbage = [[j] for j in range(100)]\n"
                   "print(sys.inc(), sys.Store.items['a'][-1], [c for c in 'x'])\n",
                   expect);
    }
    IHOST_FREE(h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gc_reclaims_cycles),
        cmocka_unit_test(test_gc_asyncio_run_in_loop),
        cmocka_unit_test(test_gc_returns_memory),
        cmocka_unit_test(test_gc_stress_workload),
        cmocka_unit_test(test_gc_stress_async),
        cmocka_unit_test(test_gc_stress_across_runs),
    };
    return cmocka_run_group_tests(tests, NULL, host_group_teardown);
}
