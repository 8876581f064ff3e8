/* arena.c - the bump allocator behind every parse (implements arena.h).
 *
 * Blocks come from the VM's allocator. Small requests are carved from the
 * newest block; a request bigger than a quarter of the standard block size
 * gets a block of its own, linked behind the newest one so the newest
 * block's free space is not wasted. arena_grow() extends the most recent
 * allocation in place when it can (the lexer's string buffers rely on this).
 * When the allocator fails we longjmp to a->on_oom, or abort if no driver
 * installed one: callers never see NULL. */
#include "arena.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_ALIGN 16
#define ARENA_MIN_BLOCK (64 * 1024)
#define ARENA_MAX_BLOCK (1024 * 1024)

struct ArenaBlock {
    ArenaBlock *next;
    size_t size;        /* bytes of payload after the header */
    char *last;         /* start of the newest allocation in this block */
};

/* The payload starts this far into a block, keeping it 16-byte aligned. */
#define BLOCK_HEADER ((sizeof(ArenaBlock) + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1))

static size_t align_up(size_t n)
{
    return (n + (ARENA_ALIGN - 1)) & ~(size_t)(ARENA_ALIGN - 1);
}

static char *block_data(const ArenaBlock *b)
{
    return (char *)b + BLOCK_HEADER;
}

static _Noreturn void arena_out_of_memory(Arena *a)
{
    if (a->on_oom)
        longjmp(*a->on_oom, 1);
    abort();
}

void arena_init(Arena *a, AsterAllocFn alloc, void *ud)
{
    memset(a, 0, sizeof *a);
    a->alloc = alloc;
    a->ud = ud;
}

static ArenaBlock *new_block(Arena *a, size_t payload)
{
    if (payload > SIZE_MAX - BLOCK_HEADER)
        arena_out_of_memory(a);
    ArenaBlock *b = a->alloc(a->ud, NULL, 0, BLOCK_HEADER + payload);
    if (!b)
        arena_out_of_memory(a);
    b->size = payload;
    b->last = NULL;
    return b;
}

/* A block dedicated to one big request, kept behind the newest block. */
static void *alloc_dedicated(Arena *a, size_t size)
{
    ArenaBlock *b = new_block(a, size);
    b->last = block_data(b);
    if (a->blocks) {
        b->next = a->blocks->next;
        a->blocks->next = b;
    } else {
        b->next = NULL;
        a->blocks = b;
        a->cur = a->end = block_data(b) + size;
    }
    return block_data(b);
}

static void start_block(Arena *a, size_t size)
{
    size_t want = a->blocks ? a->blocks->size * 2 : ARENA_MIN_BLOCK;
    if (want > ARENA_MAX_BLOCK)
        want = ARENA_MAX_BLOCK;
    if (want < size)
        want = size;
    ArenaBlock *b = new_block(a, want);
    b->next = a->blocks;
    a->blocks = b;
    a->cur = block_data(b);
    a->end = a->cur + want;
}

static void *alloc_raw(Arena *a, size_t size)
{
    if (size > SIZE_MAX - ARENA_ALIGN)
        arena_out_of_memory(a);
    size = align_up(size ? size : 1);
    if (size > ARENA_MIN_BLOCK / 4)
        return alloc_dedicated(a, size);
    if (!a->blocks || (size_t)(a->end - a->cur) < size)
        start_block(a, size);
    char *p = a->cur;
    a->cur += size;
    a->blocks->last = p;
    return p;
}

void *arena_alloc(Arena *a, size_t size)
{
    void *p = alloc_raw(a, size);
    memset(p, 0, size);
    return p;
}

/* True when `old` is the newest allocation of the newest block. */
static bool is_top_allocation(const Arena *a, const void *old)
{
    return a->blocks && a->blocks->last == old && (const char *)old >= block_data(a->blocks) &&
           (const char *)old < a->end;
}

void *arena_grow(Arena *a, void *old, size_t old_size, size_t new_size)
{
    if (!old)
        return arena_alloc(a, new_size);
    if (new_size <= old_size)
        return old;
    if (is_top_allocation(a, old) && new_size <= (size_t)(a->end - (char *)old)) {
        size_t grown = align_up(new_size);
        if (grown <= (size_t)(a->end - (char *)old)) {
            memset((char *)old + old_size, 0, new_size - old_size);
            a->cur = (char *)old + grown;
            return old;
        }
    }
    void *p = alloc_raw(a, new_size);
    memcpy(p, old, old_size);
    memset((char *)p + old_size, 0, new_size - old_size);
    return p;
}

char *arena_strdup(Arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        arena_out_of_memory(a);
    char *p = alloc_raw(a, len + 1);
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

void arena_free(Arena *a)
{
    ArenaBlock *b = a->blocks;
    while (b) {
        ArenaBlock *next = b->next;
        a->alloc(a->ud, b, BLOCK_HEADER + b->size, 0);
        b = next;
    }
    a->blocks = NULL;
    a->cur = a->end = NULL;
}
