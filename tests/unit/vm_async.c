/* vm_async.c - the async runtime seen through aster_run_string: tasks,
 * gather and real-time sleeps run in CPython's order, sleeps overlap, a VM
 * runs asyncio programs run after run. Expected outputs come from python3. */
#include <time.h>

#include "vm_util.h"

static int setup(void **state)
{
    *state = host_new();
    return 0;
}

static int teardown(void **state)
{
    host_free(*state);
    return 0;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* create_task + gather + sleeps of different lengths: the interleaving
 * python3 prints. (Delays are far enough apart that a slow machine or
 * valgrind cannot reorder the wake-ups.) */
static void test_tasks_gather_sleep_cpython_order(void **state)
{
    Host *h = *state;
    RUN_EXPECT(h,
               "import asyncio\n"
               "async def worker(name, delay, n):\n"
               "    for i in range(n):\n"
               "        print(f\"{name} step {i}\")\n"
               "        await asyncio.sleep(delay)\n"
               "    print(f\"{name} done\")\n"
               "    return name.upper()\n"
               "async def main():\n"
               "    print(\"main start\")\n"
               "    t = asyncio.create_task(worker(\"slow\", 0.1, 2))\n"
               "    print(\"task created\")\n"
               "    r = await asyncio.gather(worker(\"a\", 0.04, 3), worker(\"b\", 0, 2))\n"
               "    print(\"gathered\", r)\n"
               "    print(\"slow result\", await t)\n"
               "    return 7\n"
               "print(\"result\", asyncio.run(main()))\n",
               "main start\n"
               "task created\n"
               "slow step 0\n"
               "a step 0\n"
               "b step 0\n"
               "b step 1\n"
               "b done\n"
               "a step 1\n"
               "a step 2\n"
               "slow step 1\n"
               "a done\n"
               "gathered ['A', 'B']\n"
               "slow done\n"
               "slow result SLOW\n"
               "result 7\n");
}

/* Tasks sleeping the same 0.01 s wake in the order they went to sleep. */
static void test_equal_sleeps_wake_in_order(void **state)
{
    Host *h = *state;
    RUN_EXPECT(h,
               "import asyncio\n"
               "async def sleeper(i):\n"
               "    await asyncio.sleep(0.01)\n"
               "    print(\"woke\", i)\n"
               "    return i\n"
               "async def main():\n"
               "    tasks = [asyncio.create_task(sleeper(i)) for i in range(8)]\n"
               "    print(\"created\")\n"
               "    print(await asyncio.gather(*tasks))\n"
               "asyncio.run(main())\n",
               "created\n"
               "woke 0\n"
               "woke 1\n"
               "woke 2\n"
               "woke 3\n"
               "woke 4\n"
               "woke 5\n"
               "woke 6\n"
               "woke 7\n"
               "[0, 1, 2, 3, 4, 5, 6, 7]\n");
}

/* Sleeps take real time, and concurrent sleeps overlap: ten tasks sleeping
 * 0.05 s each take about 0.05 s, not 0.5 s. */
static void test_sleeps_are_real_and_concurrent(void **state)
{
    Host *h = *state;
    double t0 = now_s();
    RUN_EXPECT(h,
               "import asyncio\n"
               "async def nap(i):\n"
               "    await asyncio.sleep(0.05)\n"
               "    return i\n"
               "async def main():\n"
               "    return sum(await asyncio.gather(*[nap(i) for i in range(10)]))\n"
               "print(asyncio.run(main()))\n",
               "45\n");
    double dt = now_s() - t0;
    assert_true(dt >= 0.045);
    assert_true(dt < 0.4);
}

/* Cancellation (finally blocks run), wait_for timeouts, queues. */
static void test_cancel_timeout_queue(void **state)
{
    Host *h = *state;
    RUN_EXPECT(h,
               "import asyncio\n"
               "async def victim():\n"
               "    try:\n"
               "        print(\"victim waiting\")\n"
               "        await asyncio.sleep(10)\n"
               "    except asyncio.CancelledError:\n"
               "        print(\"victim cancelled\")\n"
               "        raise\n"
               "    finally:\n"
               "        print(\"victim finally\")\n"
               "async def slow():\n"
               "    await asyncio.sleep(10)\n"
               "async def main():\n"
               "    t = asyncio.create_task(victim())\n"
               "    await asyncio.sleep(0.01)\n"
               "    t.cancel()\n"
               "    try:\n"
               "        await t\n"
               "    except asyncio.CancelledError:\n"
               "        print(\"main saw cancel\", t.cancelled())\n"
               "    try:\n"
               "        await asyncio.wait_for(slow(), 0.02)\n"
               "    except asyncio.TimeoutError:\n"
               "        print(\"timed out\")\n"
               "    q = asyncio.Queue()\n"
               "    async def producer():\n"
               "        for i in range(5):\n"
               "            await q.put(i)\n"
               "            await asyncio.sleep(0)\n"
               "        await q.put(None)\n"
               "    async def consumer():\n"
               "        got = []\n"
               "        while True:\n"
               "            item = await q.get()\n"
               "            if item is None:\n"
               "                return got\n"
               "            got.append(item * item)\n"
               "    _, got = await asyncio.gather(producer(), consumer())\n"
               "    print(\"consumed\", got)\n"
               "asyncio.run(main())\n",
               "victim waiting\n"
               "victim cancelled\n"
               "victim finally\n"
               "main saw cancel True\n"
               "timed out\n"
               "consumed [0, 1, 4, 9, 16]\n");
}

/* __main__ may await at top level (aster runs it as a task). */
static void test_top_level_await(void **state)
{
    Host *h = *state;
    RUN_EXPECT(h,
               "import asyncio\n"
               "async def later(x):\n"
               "    await asyncio.sleep(0.01)\n"
               "    return x * 2\n"
               "print('before')\n"
               "t = asyncio.create_task(later(21))\n"
               "await asyncio.sleep(0.01)\n"
               "print('after', await t)\n",
               "before\nafter 42\n");
}

/* The event loop is reusable: asyncio programs run after run on one VM,
 * including one whose run failed with tasks still sleeping. */
static void test_event_loop_across_runs(void **state)
{
    Host *h = *state;
    const char *prog =
        "import asyncio\n"
        "async def f(x):\n"
        "    await asyncio.sleep(0.01)\n"
        "    return x + 1\n"
        "print(asyncio.run(f(1)), asyncio.run(f(10)))\n";
    for (int i = 0; i < 3; i++) RUN_EXPECT(h, prog, "2 11\n");
    host_clear(h);
    assert_int_equal(host_run(h,
                              "import asyncio\n"
                              "async def sleeper():\n"
                              "    await asyncio.sleep(5)\n"
                              "async def main():\n"
                              "    asyncio.create_task(sleeper())\n"
                              "    await asyncio.sleep(0)\n"
                              "    raise ValueError('main failed')\n"
                              "asyncio.run(main())\n"),
                     ASTER_ERROR);
    assert_contains(&h->err, "ValueError: main failed");
    double t0 = now_s();
    RUN_EXPECT(h, prog, "2 11\n");
    assert_true(now_s() - t0 < 2.0);   /* the abandoned 5 s sleeper is gone */
}

/* Diagnostics go to the error hook: a coroutine never awaited, a task
 * exception never retrieved. The program itself succeeds. */
static void test_async_diagnostics_to_err_hook(void **state)
{
    Host *h = *state;
    host_clear(h);
    AsterStatus st = host_run(h,
                              "import asyncio\n"
                              "async def job():\n"
                              "    return 1\n"
                              "job()\n"
                              "async def bad():\n"
                              "    raise ValueError('lost')\n"
                              "async def main():\n"
                              "    asyncio.create_task(bad())\n"
                              "    await asyncio.sleep(0.01)\n"
                              "asyncio.run(main())\n"
                              "print('end')\n");
    assert_int_equal(st, ASTER_OK);
    assert_string_equal(text_str(&h->out), "end\n");
    assert_contains(&h->err, "RuntimeWarning: coroutine 'job' was never awaited");
    assert_contains(&h->err, "Task exception was never retrieved");
    assert_contains(&h->err, "ValueError: lost");
}

/* Many tasks at once: a host embedding a server-like script. */
static void test_many_tasks(void **state)
{
    Host *h = *state;
    RUN_EXPECT(h,
               "import asyncio\n"
               "async def w(i):\n"
               "    await asyncio.sleep(0.001 * (i % 3))\n"
               "    await asyncio.sleep(0)\n"
               "    return i\n"
               "async def main():\n"
               "    r = await asyncio.gather(*[w(i) for i in range(2000)])\n"
               "    print(len(r), sum(r), r[:3], r[-1])\n"
               "asyncio.run(main())\n",
               "2000 1999000 [0, 1, 2] 1999\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_tasks_gather_sleep_cpython_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_equal_sleeps_wake_in_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sleeps_are_real_and_concurrent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cancel_timeout_queue, setup, teardown),
        cmocka_unit_test_setup_teardown(test_top_level_await, setup, teardown),
        cmocka_unit_test_setup_teardown(test_event_loop_across_runs, setup, teardown),
        cmocka_unit_test_setup_teardown(test_async_diagnostics_to_err_hook, setup, teardown),
        cmocka_unit_test_setup_teardown(test_many_tasks, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, host_group_teardown);
}
