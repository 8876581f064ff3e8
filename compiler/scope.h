/* scope.h - name resolution: which names are locals, cells, free
 * variables, globals or class-namespace names, computed before codegen.
 *
 * There is one Scope per module, class body, function, lambda and
 * comprehension. Comprehensions are compiled inline in the enclosing frame,
 * so for closures they are transparent: their variables live in registers
 * of the nearest enclosing non-comprehension frame. */
#ifndef ASTER_SCOPE_H
#define ASTER_SCOPE_H

#include "ast.h"
#include "compile.h"

typedef enum ScopeKind { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_COMPREHENSION } ScopeKind;

typedef enum SymKind {
    SYM_LOCAL,    /* a register */
    SYM_CELL,     /* a register holding a cell (captured by an inner function) */
    SYM_FREE,     /* a cell captured from an enclosing function */
    SYM_GLOBAL,   /* module globals (then builtins) */
    SYM_NAME      /* class body: namespace, then globals, then builtins */
} SymKind;

enum {
    SF_BOUND = 1,      /* assigned, imported, def'd, a loop target, ... here */
    SF_USED = 2,       /* read here */
    SF_PARAM = 4,
    SF_GLOBAL = 8,     /* declared `global` */
    SF_NONLOCAL = 16,  /* declared `nonlocal` */
    SF_CAPTURED = 32   /* an inner scope reads it as a free variable */
};

typedef struct Symbol {
    Ident name;
    uint16_t flags;
    uint8_t kind;        /* SymKind, after resolution */
    int16_t reg;         /* LOCAL/CELL: register, assigned by codegen (-1 until then) */
    int16_t free_index;  /* FREE: index in the closure's free cells */
    int line, col;       /* first occurrence, for messages */
} Symbol;

typedef struct Scope Scope;
struct Scope {
    ScopeKind kind;
    Node *node;            /* the def/lambda/class/comprehension node (NULL for the module) */
    Scope *parent;
    Scope **children;
    int nchildren, capchildren;
    Symbol **syms;         /* hash table by name */
    int nsyms, capsyms;
    Symbol **order;        /* symbols in order of first appearance */
    int norder, caporder;
    Symbol **frees;        /* SYM_FREE symbols in free-index order */
    int nfrees, capfrees;
    const char *qualname;
    bool is_async;
    bool has_class_cell;   /* class scope whose methods use super() / __class__ */
};

/* Analyse a module. On error fills *err and returns NULL. Memory comes
 * from the arena. */
Scope *scope_analyze(Arena *a, NodeList *module, CompileError *err);

Scope *scope_child(Scope *s, const Node *node);
Symbol *scope_lookup(Scope *s, const char *name);

/* Python's private names: inside a class (its body and the functions in
 * it), __spam that does not end in __ stands for _Class__spam. */
Ident scope_mangle(Arena *a, const Scope *s, Ident name);

/* The nearest enclosing scope that owns a frame (skips comprehensions). */
Scope *scope_frame_owner(Scope *s);

#endif
