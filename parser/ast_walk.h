/* ast_walk.h - generic traversal of AST nodes, private to the front end.
 *
 * ast_children() names every child of a node in a fixed order (the order
 * ast_dump prints them); the dump and the parser's depth check are both
 * written on top of it, so adding a node kind means updating one switch. */
#ifndef ASTER_AST_WALK_H
#define ASTER_AST_WALK_H

#include "ast.h"

/* index is -1 for a single child, else the position in a list; child may
 * be NULL inside a list (a dict's ** entry has no key). */
typedef void (*AstChildFn)(void *ud, const char *field, int index, const Node *child);

void ast_children(const Node *n, AstChildFn fn, void *ud);

/* Deepest nesting of the tree (a module's statements are at depth 1),
 * computed without recursion. Stops early and returns limit + 1, with
 * *deepest set to the first node found below `limit`, if the tree is
 * deeper than that. */
int ast_depth(Arena *a, const NodeList *module, int limit, const Node **deepest);

#endif
