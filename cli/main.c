/* main.c - the `aster` command: parse the command line, run a script (a
 * file, -c CODE, or stdin), print its bytecode (--dis), and turn the
 * outcome into an exit status. Everything else lives in libaster. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aster.h"

static const char usage[] =
    "usage: aster [option] [file.as | -c code | -] [args...]\n"
    "  FILE.as [ARGS]   run a script; sys.argv is [FILE.as, ARGS...]\n"
    "  -c CODE [ARGS]   run CODE\n"
    "  -                run the program read from stdin\n"
    "  --dis FILE.as    print the bytecode of FILE.as, run nothing\n"
    "  --version        print the version and exit\n"
    "  --help           print this help and exit\n"
    "With no arguments, aster reads a program from stdin.\n";

/* The signal handler needs to find the VM; this is the program's only
 * global and belongs to the command, not the library. */
static AsterVM *running_vm;

static void on_sigint(int sig) {
    (void)sig;
    if (!running_vm || aster_interrupt(running_vm) > 0) _exit(130);   /* a second Ctrl-C */
}

/* Like python3, leave SIGINT ignored if it was ignored when we started
 * (nohup, background jobs of a non-interactive shell). */
static void install_sigint(AsterVM *vm) {
    running_vm = vm;
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

static char *read_all(FILE *f, size_t *len) {
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        if (got == 0) break;
        n += got;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

static int finish(AsterVM *vm, AsterStatus st) {
    int code = st == ASTER_OK ? 0 : aster_exit_code(vm);
    fflush(stdout);
    aster_free(vm);
    running_vm = NULL;
    if (st == ASTER_ERROR && code == 130) {
        /* an uncaught KeyboardInterrupt: end by SIGINT, as CPython does, so the
         * parent (a shell loop, a test runner) sees an interrupted program */
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
    return code;
}

static int usage_error(AsterVM *vm, const char *msg) {
    if (msg) fprintf(stderr, "aster: %s\n", msg);
    fputs(usage, stderr);
    finish(vm, ASTER_ERROR);
    return 2;
}

static int run_stdin(AsterVM *vm) {
    size_t len;
    char *src = read_all(stdin, &len);
    if (!src) {
        fputs("aster: cannot read stdin\n", stderr);
        finish(vm, ASTER_ERROR);
        return 1;
    }
    AsterStatus st = aster_run_string(vm, "<stdin>", src, len);
    free(src);
    return finish(vm, st);
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--version") == 0) {
        printf("Aster %s\n", ASTER_VERSION);
        return 0;
    }
    if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        fputs(usage, stdout);
        return 0;
    }
    AsterVM *vm = aster_new(NULL);
    if (!vm) {
        fputs("aster: out of memory\n", stderr);
        return 1;
    }
    install_sigint(vm);
    if (argc == 1 || strcmp(argv[1], "-") == 0) {
        const char *args[] = {argc > 1 ? "-" : ""};
        aster_set_argv(vm, 1, args);
        return run_stdin(vm);
    }
    if (strcmp(argv[1], "-c") == 0) {
        if (argc < 3) return usage_error(vm, "argument expected for the -c option");
        const char *code = argv[2];
        argv[2] = "-c";
        aster_set_argv(vm, argc - 2, (const char *const *)argv + 2);
        return finish(vm, aster_run_string(vm, "<string>", code, strlen(code)));
    }
    if (strcmp(argv[1], "--dis") == 0) {
        if (argc < 3) return usage_error(vm, "--dis needs a file");
        return finish(vm, aster_disassemble_file(vm, argv[2]));
    }
    if (argv[1][0] == '-' && argv[1][1]) {
        char msg[256];
        snprintf(msg, sizeof msg, "unknown option %s", argv[1]);
        return usage_error(vm, msg);
    }
    aster_set_argv(vm, argc - 1, (const char *const *)argv + 1);
    return finish(vm, aster_run_file(vm, argv[1]));
}
