/* vm_interrupt.c - aster_interrupt: another thread (or a signal handler, as
 * the CLI's Ctrl-C does) stops a running script with KeyboardInterrupt at
 * its next safe point - in a busy loop, a blocking sleep, the event loop,
 * or code called back from C. Each case runs isolated with a time limit,
 * so an interrupt that is never noticed is a failure, not a hung ctest. */
#include <pthread.h>
#include <time.h>

#include "vm_util.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- an interrupter thread ---- */

typedef struct Interrupter {
    AsterVM *vm;
    unsigned delay_ms;
    int returned;   /* what aster_interrupt returned */
    pthread_t th;
} Interrupter;

static void *interrupter_main(void *arg)
{
    Interrupter *it = arg;
    struct timespec ts = {it->delay_ms / 1000, (long)(it->delay_ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
    it->returned = aster_interrupt(it->vm);
    return NULL;
}

static void interrupter_start(Interrupter *it, AsterVM *vm, unsigned delay_ms)
{
    it->vm = vm;
    it->delay_ms = delay_ms;
    it->returned = -1;
    if (pthread_create(&it->th, NULL, interrupter_main, it) != 0) abort();
}

/* Run src, interrupted from another thread after 50 ms; it must stop with
 * `want` status within 2 s. */
#define RUN_INTERRUPTED(h, src, want_st)                                                          \
    do {                                                                                          \
        Interrupter it_;                                                                          \
        host_clear(h);                                                                            \
        double t0_ = now_s();                                                                     \
        interrupter_start(&it_, (h)->vm, 50);                                                     \
        AsterStatus st_ = host_run((h), (src));                                                   \
        double dt_ = now_s() - t0_;                                                               \
        pthread_join(it_.th, NULL);                                                               \
        ICHECK(st_ == (want_st), "status %d, expected %d; stdout:\n%s\nstderr:\n%s", st_, (want_st), \
               text_str(&(h)->out), text_str(&(h)->err));                                         \
        ICHECK(it_.returned == 0, "aster_interrupt returned %d (no interrupt was pending)", it_.returned); \
        ICHECK(dt_ < 2.0, "took %.2f s to notice the interrupt", dt_);                           \
    } while (0)

/* while True: pass - the backward jump is a safe point. */
ISOLATED_TEST(test_interrupt_busy_loop, 10)
{
    Host *h = ihost_new();
    RUN_INTERRUPTED(h, "print('spinning')\nwhile True:\n    pass\n", ASTER_ERROR);
    ICHECK(strcmp(text_str(&h->out), "spinning\n") == 0, "stdout %s", text_str(&h->out));
    ICHECK(text_contains(&h->err, "Traceback (most recent call last):\n"), "stderr %s", text_str(&h->err));
    ICHECK(text_contains(&h->err, "KeyboardInterrupt\n"), "stderr %s", text_str(&h->err));
    /* raised in the loop (lines 2-3), not at the print on line 1 */
    ICHECK(text_contains(&h->err, "\"<test>\", line 2,") || text_contains(&h->err, "\"<test>\", line 3,"),
           "traceback does not point into the loop:\n%s", text_str(&h->err));
    ICHECK(aster_exit_code(h->vm) == 130, "exit code %d", aster_exit_code(h->vm));
    /* the interrupt was consumed: the VM runs the next program normally */
    IRUN(h, "x = 0\nfor i in range(100000):\n    x += i\nprint(x)\n", ASTER_OK, "4999950000\n");
    IHOST_FREE(h);
}

/* The script can catch it and carry on, finally blocks run - also when
 * the loop is the first thing in the try body (the interrupt is noticed at
 * the loop's backward jump, which must count as inside the try). */
ISOLATED_TEST(test_interrupt_caught, 10)
{
    Host *h = ihost_new();
    RUN_INTERRUPTED(h,
                    "n = 0\n"
                    "try:\n"
                    "    try:\n"
                    "        while True:\n"
                    "            n += 1\n"
                    "    finally:\n"
                    "        print('finally')\n"
                    "except KeyboardInterrupt:\n"
                    "    print('caught', n > 0)\n",
                    ASTER_OK);
    ICHECK(strcmp(text_str(&h->out), "finally\ncaught True\n") == 0, "stdout %s", text_str(&h->out));
    IHOST_FREE(h);
}

/* A loop in a function called back from C (sorted's key=) is stopped too. */
ISOLATED_TEST(test_interrupt_in_callback_from_c, 10)
{
    Host *h = ihost_new();
    RUN_INTERRUPTED(h,
                    "def key(x):\n"
                    "    while True:\n"
                    "        pass\n"
                    "sorted([3, 1, 2], key=key)\n",
                    ASTER_ERROR);
    ICHECK(text_contains(&h->err, "KeyboardInterrupt"), "stderr %s", text_str(&h->err));
    IHOST_FREE(h);
}

/* Deep recursion that never ends in time (each call is a safe point). */
ISOLATED_TEST(test_interrupt_recursive_spin, 10)
{
    Host *h = ihost_new();
    RUN_INTERRUPTED(h,
                    "def f(n):\n"
                    "    if n == 0:\n"
                    "        while True:\n"
                    "            pass\n"
                    "    return f(n - 1)\n"
                    "f(50)\n",
                    ASTER_ERROR);
    ICHECK(text_contains(&h->err, "KeyboardInterrupt"), "stderr %s", text_str(&h->err));
    IHOST_FREE(h);
}

/* A blocking time.sleep is cut short. */
ISOLATED_TEST(test_interrupt_time_sleep, 5)
{
    Host *h = ihost_new();
    RUN_INTERRUPTED(h, "import time\ntime.sleep(30)\nprint('slept')\n", ASTER_ERROR);
    ICHECK(text_contains(&h->err, "KeyboardInterrupt"), "stderr %s", text_str(&h->err));
    ICHECK(h->out.len == 0, "stdout %s", text_str(&h->out));
    IHOST_FREE(h);
}

/* An event loop idle in a long asyncio.sleep wakes up: the main task is
 * cancelled (its finally runs) and KeyboardInterrupt is raised. */
ISOLATED_TEST(test_interrupt_asyncio_sleep, 10)
{
    Host *h = ihost_new();
    RUN_INTERRUPTED(h,
                    "import asyncio\n"
                    "async def main():\n"
                    "    try:\n"
                    "        await asyncio.sleep(30)\n"
                    "    finally:\n"
                    "        print('main finally')\n"
                    "asyncio.run(main())\n",
                    ASTER_ERROR);
    ICHECK(strcmp(text_str(&h->out), "main finally\n") == 0, "stdout %s", text_str(&h->out));
    ICHECK(text_contains(&h->err, "KeyboardInterrupt"), "stderr %s", text_str(&h->err));
    IRUN(h, "import asyncio\nasync def f():\n    await asyncio.sleep(0.01)\n    return 1\nprint(asyncio.run(f()))\n",
         ASTER_OK, "1\n");
    IHOST_FREE(h);
}

/* A task spinning without ever awaiting, inside asyncio.run. */
ISOLATED_TEST(test_interrupt_spinning_task, 10)
{
    Host *h = ihost_new();
    RUN_INTERRUPTED(h,
                    "import asyncio\n"
                    "async def spin():\n"
                    "    while True:\n"
                    "        pass\n"
                    "async def main():\n"
                    "    await asyncio.create_task(spin())\n"
                    "asyncio.run(main())\n",
                    ASTER_ERROR);
    ICHECK(text_contains(&h->err, "KeyboardInterrupt"), "stderr %s", text_str(&h->err));
    IHOST_FREE(h);
}

/* Busy tasks that do await (sleep(0) in a loop) inside asyncio.run. */
ISOLATED_TEST(test_interrupt_busy_event_loop, 10)
{
    Host *h = ihost_new();
    RUN_INTERRUPTED(h,
                    "import asyncio\n"
                    "async def busy(i):\n"
                    "    while True:\n"
                    "        await asyncio.sleep(0)\n"
                    "async def main():\n"
                    "    await asyncio.gather(busy(1), busy(2))\n"
                    "asyncio.run(main())\n",
                    ASTER_ERROR);
    ICHECK(text_contains(&h->err, "KeyboardInterrupt"), "stderr %s", text_str(&h->err));
    IHOST_FREE(h);
}

/* ---- from a signal handler (how the CLI delivers Ctrl-C) ---- */

static AsterVM *signal_vm;
static volatile int signal_returned = -1;

static void on_timer_signal(int sig)
{
    (void)sig;
    signal_returned = aster_interrupt(signal_vm);
}

ISOLATED_TEST(test_interrupt_from_signal_handler, 10)
{
    Host *h = ihost_new();
    signal_vm = h->vm;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_timer_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ICHECK(sigaction(SIGUSR1, &sa, NULL) == 0, "sigaction");
    timer_t timer;
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_SIGNAL;
    sev.sigev_signo = SIGUSR1;
    ICHECK(timer_create(CLOCK_MONOTONIC, &sev, &timer) == 0, "timer_create");
    static const char *const progs[] = {
        "while True:\n    pass\n",
        "import time\ntime.sleep(30)\n",
        "import asyncio\nasync def m():\n    await asyncio.sleep(30)\nasyncio.run(m())\n",
    };
    for (size_t i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        struct itimerspec its = {{0, 0}, {0, 50 * 1000000L}};
        signal_returned = -1;
        ICHECK(timer_settime(timer, 0, &its, NULL) == 0, "timer_settime");
        host_clear(h);
        double t0 = now_s();
        AsterStatus st = host_run(h, progs[i]);
        ICHECK(st == ASTER_ERROR && text_contains(&h->err, "KeyboardInterrupt"), "program %zu: status %d stderr %s",
               i, st, text_str(&h->err));
        ICHECK(now_s() - t0 < 2.0, "program %zu: slow to notice", i);
        ICHECK(signal_returned == 0, "program %zu: aster_interrupt returned %d", i, signal_returned);
    }
    timer_delete(timer);
    IHOST_FREE(h);
}

/* Interrupting one VM leaves another, running at the same time on another
 * thread, alone. */
typedef struct BgRun {
    Host *h;
    AsterStatus st;
} BgRun;

static void *bg_run_main(void *arg)
{
    BgRun *r = arg;
    r->st = host_run(r->h,
                     "import time\n"
                     "t = time.monotonic()\n"
                     "n = 0\n"
                     "while time.monotonic() - t < 0.3:\n"
                     "    n += 1\n"
                     "print('survived', n > 0)\n");
    return NULL;
}

ISOLATED_TEST(test_interrupt_targets_one_vm, 10)
{
    Host *victim = ihost_new();
    Host *bystander = ihost_new();
    BgRun bg = {bystander, -1};
    pthread_t th;
    ICHECK(pthread_create(&th, NULL, bg_run_main, &bg) == 0, "pthread_create");
    RUN_INTERRUPTED(victim, "while True:\n    pass\n", ASTER_ERROR);
    pthread_join(th, NULL);
    ICHECK(bg.st == ASTER_OK, "bystander status %d: %s", bg.st, text_str(&bystander->err));
    ICHECK(strcmp(text_str(&bystander->out), "survived True\n") == 0, "bystander out %s", text_str(&bystander->out));
    IHOST_FREE(victim);
    IHOST_FREE(bystander);
}

/* aster_interrupt reports how many interrupts were already pending, so a
 * host can escalate on a second Ctrl-C; once the script has taken the
 * interrupt, the count starts from zero again. */
ISOLATED_TEST(test_interrupt_pending_count, 10)
{
    Host *h = ihost_new();
    for (int i = 0; i < 3; i++) {
        RUN_INTERRUPTED(h, "while True:\n    pass\n", ASTER_ERROR);   /* checks it returned 0 */
        ICHECK(text_contains(&h->err, "KeyboardInterrupt"), "stderr %s", text_str(&h->err));
    }
    IRUN(h, "print('fine')\n", ASTER_OK, "fine\n");
    IHOST_FREE(h);
    Host *idle = ihost_new();
    ICHECK(aster_interrupt(idle->vm) == 0, "first");
    ICHECK(aster_interrupt(idle->vm) == 1, "second");
    ICHECK(aster_interrupt(idle->vm) == 2, "third");
    IHOST_FREE(idle);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_interrupt_busy_loop),
        cmocka_unit_test(test_interrupt_caught),
        cmocka_unit_test(test_interrupt_in_callback_from_c),
        cmocka_unit_test(test_interrupt_recursive_spin),
        cmocka_unit_test(test_interrupt_time_sleep),
        cmocka_unit_test(test_interrupt_asyncio_sleep),
        cmocka_unit_test(test_interrupt_spinning_task),
        cmocka_unit_test(test_interrupt_busy_event_loop),
        cmocka_unit_test(test_interrupt_from_signal_handler),
        cmocka_unit_test(test_interrupt_targets_one_vm),
        cmocka_unit_test(test_interrupt_pending_count),
    };
    return cmocka_run_group_tests(tests, NULL, host_group_teardown);
}
