/* aster.h - the public C API of Aster, a small async scripting language.
 *
 * A program creates one or more independent AsterVM values (there is no
 * global state), runs files or strings in them and frees them. Everything a
 * VM allocates goes through the allocator given in its AsterConfig.
 * This header grows with the embedding API; what is here is stable. */
#ifndef ASTER_H
#define ASTER_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ASTER_VERSION "0.1.0"

/* realloc-style allocator: ptr == NULL allocates, new_size == 0 frees
 * (return value ignored). old_size is the size the block was allocated with. */
typedef void *(*AsterAllocFn)(void *ud, void *ptr, size_t old_size, size_t new_size);

/* Receives text the script writes to stdout or stderr. */
typedef void (*AsterWriteFn)(void *ud, const char *text, size_t len);

typedef struct AsterVM AsterVM;

typedef struct AsterConfig {
    AsterAllocFn alloc;      /* NULL: the C library's realloc/free */
    void *alloc_ud;
    AsterWriteFn write_out;  /* NULL: fwrite to stdout */
    AsterWriteFn write_err;  /* NULL: fwrite to stderr */
    void *write_ud;
    size_t c_stack_size;     /* bytes of C stack of the threads that run scripts; 0: the
                                process's stack limit on the main thread, 1 MiB on others */
} AsterConfig;

typedef enum AsterStatus {
    ASTER_OK = 0,            /* ran to completion */
    ASTER_ERROR = 1,         /* an uncaught exception (traceback already written) */
    ASTER_SYNTAX_ERROR = 2,  /* the source did not compile (message already written) */
    ASTER_EXIT = 3           /* the script called sys.exit(); see aster_exit_code() */
} AsterStatus;

void aster_config_init(AsterConfig *config);
AsterVM *aster_new(const AsterConfig *config);   /* NULL config: defaults */
void aster_free(AsterVM *vm);

/* sys.argv for scripts run afterwards. */
void aster_set_argv(AsterVM *vm, int argc, const char *const *argv);

/* Run a file or a string as the __main__ module. `name` is what tracebacks
 * call the source ("<string>", "<stdin>", a path). */
AsterStatus aster_run_file(AsterVM *vm, const char *path);
AsterStatus aster_run_string(AsterVM *vm, const char *name, const char *source, size_t len);

/* Print the bytecode of a file without running it. */
AsterStatus aster_disassemble_file(AsterVM *vm, const char *path);

/* The exit status the program asked for (sys.exit), or 1 after an
 * uncaught exception, 2 after a syntax error. */
int aster_exit_code(const AsterVM *vm);

/* Ask the running script to stop with KeyboardInterrupt at its next safe
 * point. Safe to call from a signal handler. Returns how many interrupts
 * were pending before this one (so a caller can escalate on a second). */
int aster_interrupt(AsterVM *vm);

#ifdef __cplusplus
}
#endif

#endif
