/* compile.h - AST to bytecode: the compiler's public face.
 *
 * A module compiles to one proto whose nested functions, lambdas and class
 * bodies are protos in its constant table. Errors the parser cannot see
 * ('return' outside function, 'await' outside async function, bad
 * nonlocal, ...) come back as CompileError with a position, like syntax
 * errors. */
#ifndef ASTER_COMPILE_H
#define ASTER_COMPILE_H

#include <stdbool.h>

#include "ast.h"
#include "vm.h"

typedef struct CompileError {
    int line, col;
    char msg[256];
    bool incomplete;   /* from the parser: more input could complete it */
    bool out_of_memory; /* not the program's fault: report MemoryError */
} CompileError;

typedef struct CompileOptions {
    ObjStr *filename;      /* shown in tracebacks */
    ObjStr *source;        /* kept for traceback source lines (NULL: none) */
    bool allow_await;      /* top-level await (the main script, the REPL) */
    bool interactive;      /* REPL: echo the repr of expression statements */
} CompileOptions;

ObjProto *compile_ast(VM *vm, NodeList *module, const CompileOptions *opts, CompileError *err);

/* Parse and compile. keep_source stores the text for traceback lines. */
ObjProto *compile_source(VM *vm, const char *src, size_t len, ObjStr *filename, bool keep_source,
                         bool allow_await, bool interactive, CompileError *err);

/* `aster --dis`: a readable listing of p and its nested protos. */
void dis_proto(VM *vm, ObjProto *p, AsterWriteFn write, void *ud);

#endif
