/* fuzz_run.c - libFuzzer harness for the whole runtime: each input is
 * compiled and run as a program in a fresh VM (compiler, VM, standard
 * library, event loop). Output is discarded. A program that runs too long is
 * stopped the way Ctrl-C stops one (aster_interrupt from a timer signal), so
 * endless loops end as KeyboardInterrupt rather than as fuzzer timeouts.
 * Run it in a scratch directory: programs may create or remove files. */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/time.h>

#include "aster.h"

static AsterVM *running;

static void on_alarm(int sig) {
    (void)sig;
    if (running) aster_interrupt(running);
}

static void discard(void *ud, const char *s, size_t n) {
    (void)ud, (void)s, (void)n;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    signal(SIGALRM, on_alarm);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    AsterConfig config;
    aster_config_init(&config);
    config.write_out = discard;
    config.write_err = discard;
    AsterVM *vm = aster_new(&config);
    if (!vm) return 0;
    running = vm;
    struct itimerval budget = {{0, 50000}, {0, 200000}};   /* 200 ms, then every 50 ms */
    setitimer(ITIMER_REAL, &budget, NULL);
    aster_run_string(vm, "<fuzz>", (const char *)data, size);
    struct itimerval off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &off, NULL);
    running = NULL;
    aster_free(vm);
    return 0;
}
