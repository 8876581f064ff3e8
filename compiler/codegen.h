/* codegen.h - state shared by the code generator's files (emit.c, expr.c,
 * stmt.c): one FuncState per function being compiled.
 *
 * Registers: a function's named locals get fixed registers first
 * (parameters in binding order, then the rest); temporaries are allocated
 * above them like a stack (`freereg`). Every error longjmps out of the
 * whole compilation. */
#ifndef ASTER_CODEGEN_H
#define ASTER_CODEGEN_H

#include <setjmp.h>

#include "compile.h"
#include "scope.h"

#define MAX_REGS 250
#define MAX_EXPR_DEPTH 1000

typedef struct IntList {
    int *items;
    int len, cap;
} IntList;

typedef enum BlockKind { BLK_LOOP, BLK_TRY, BLK_FINALLY, BLK_HANDLER, BLK_WITH } BlockKind;

/* One protected code range [start, end), split around inlined exit code. */
typedef struct Segment {
    int start, end;
} Segment;

typedef struct Block {
    BlockKind kind;
    struct Block *prev;
    /* BLK_LOOP */
    IntList breaks, continues;
    int continue_target;       /* pc, or -1 when continues are patched later */
    int loop_freereg;          /* registers to keep (the loop's iterator) */
    /* protected ranges (TRY, FINALLY, WITH, HANDLER) */
    Segment *segs;
    int nsegs, capsegs;
    int seg_open;              /* start of the open segment, or -1 */
    int exc_reg;               /* where the handler receives the exception */
    /* BLK_FINALLY: the body to inline on break/continue/return */
    NodeList *finalbody;
    /* BLK_HANDLER: exception state to restore when leaving */
    int saved_reg;
    /* BLK_WITH */
    int exit_reg;
    bool is_async;
} Block;

typedef struct Compiler Compiler;

typedef struct FuncState {
    struct FuncState *parent;
    Compiler *c;
    Scope *scope;              /* the function's own scope */
    Scope *cur;                /* innermost scope being compiled (a comprehension inside it) */
    Node *node;
    uint32_t *code, *lines;
    int ncode, capcode;
    Value *k;
    int nk, capk;
    ObjDict *kstrings;         /* str constant -> index */
    Handler *handlers;
    int nhandlers, caphandlers;
    GlobalCache *gcache;
    int ngcache, capgcache;
    ObjDict *gnames;           /* global name -> cache index */
    uint8_t cellregs[MAX_REGS];
    int ncellregs;
    int nlocals;               /* registers fixed for named locals */
    int nactive;               /* registers holding named variables (locals + live comprehension variables) */
    int freereg;
    int maxreg;
    int line;
    int depth;                 /* expression nesting, for MAX_EXPR_DEPTH */
    Block *blocks;
    bool is_async;
    bool in_class;             /* a class body */
    bool is_module;
    uint8_t assigned[MAX_REGS];/* definitely assigned locals (1) at this point */
    bool unreachable;          /* after return/raise/break/continue */
} FuncState;

struct Compiler {
    VM *vm;
    Arena arena;
    CompileError *err;
    jmp_buf fail;
    const CompileOptions *opts;
    FuncState *fs;             /* innermost */
};

/* ---- emit.c ---- */
_Noreturn void cg_error(FuncState *fs, Node *at, const char *fmt, ...);
int cg_emit(FuncState *fs, uint32_t instr);
int cg_pc(FuncState *fs);
int cg_alloc_reg(FuncState *fs);
int cg_alloc_regs(FuncState *fs, int n);
void cg_free_to(FuncState *fs, int reg);
int cg_const(FuncState *fs, Value v);
int cg_const_str(FuncState *fs, const char *s, size_t len);
int cg_global_slot(FuncState *fs, Ident name);
int cg_emit_jump(FuncState *fs);                 /* an unpatched JMP */
void cg_patch(FuncState *fs, int jmp_pc, int target);
void cg_patch_list(FuncState *fs, IntList *l, int target);
void cg_jump_to(FuncState *fs, int target);
void intlist_push(FuncState *fs, IntList *l, int v);
void cg_emit_load_int(FuncState *fs, int reg, int64_t i);
void cg_emit_loadk(FuncState *fs, int reg, int k);

void block_push(FuncState *fs, Block *b, BlockKind kind);
void block_pop(FuncState *fs);
void seg_open(FuncState *fs, Block *b);
void seg_close(FuncState *fs, Block *b);
void seg_install(FuncState *fs, Block *b, int target);   /* add handler entries for b's segments */

void fs_open(Compiler *c, FuncState *fs, Scope *scope, Node *node);
ObjProto *fs_close(FuncState *fs, const char *name, int nparams, int nposonly, int nkwonly, uint16_t flags,
                   NodeList *params, int firstline);
Symbol *cg_find_symbol(FuncState *fs, const char *name, Scope **owner);

/* ---- expr.c ---- */
void expr_to(FuncState *fs, Node *e, int dst);
int expr_any(FuncState *fs, Node *e);          /* a register holding e (maybe a local, no copy) */
int expr_temp(FuncState *fs, Node *e);         /* e in a fresh temporary */
void cond_jump(FuncState *fs, Node *e, bool jump_if, IntList *jumps);
void store_name(FuncState *fs, Ident name, int src, Node *at);
void load_name(FuncState *fs, Ident name, int dst, Node *at);
void assign_to(FuncState *fs, Node *target, int src);
void compile_function_value(FuncState *fs, Node *def, int dst);
bool expr_is_const_int(Node *e, int64_t *out);

/* ---- stmt.c ---- */
void compile_stmts(FuncState *fs, NodeList *body);

#endif
