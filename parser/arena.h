/* arena.h - bump allocation for everything that lives exactly as long as one
 * parse: tokens' decoded literals, AST nodes, lists, identifiers.
 *
 * Memory comes in blocks from the VM's allocator; arena_free() returns them
 * all. Running out of memory longjmps to the jmp_buf the parse driver
 * installed, so builders never check for NULL. */
#ifndef ASTER_ARENA_H
#define ASTER_ARENA_H

#include <setjmp.h>
#include <stddef.h>

#include "aster.h"

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    AsterAllocFn alloc;   /* the VM's allocator (realloc-style, see aster.h) */
    void *ud;
    ArenaBlock *blocks;   /* newest first */
    char *cur, *end;      /* free space in the newest block */
    jmp_buf *on_oom;      /* where to longjmp when the allocator fails */
} Arena;

void arena_init(Arena *a, AsterAllocFn alloc, void *ud);
void *arena_alloc(Arena *a, size_t size);           /* 16-byte aligned, zeroed */
void *arena_grow(Arena *a, void *old, size_t old_size, size_t new_size);
char *arena_strdup(Arena *a, const char *s, size_t len); /* NUL-terminated copy */
void arena_free(Arena *a);

#endif
