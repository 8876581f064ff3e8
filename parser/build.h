/* build.h - the AST builders the grammar's actions call.
 *
 * Each builder makes one node (or extends a list), sets its position from
 * the extents of its parts, and performs the checks CPython makes while
 * parsing, reporting errors through ctx_error (which does not return).
 *   build_expr.c    atoms, operators, displays, comprehensions, calls
 *   build_str.c     string concatenation and f-strings
 *   build_stmt.c    statements
 *   build_params.c  def/lambda parameter lists
 *   build_check.c   assignment, del and for targets; expression names */
#ifndef ASTER_BUILD_H
#define ASTER_BUILD_H

#include "parse_internal.h"

/* ---- lists and positions (build_expr.c) ---- */
_Noreturn void b_error_at(ParseCtx *ctx, const Span *at, const char *msg);
_Noreturn void b_error_here(ParseCtx *ctx, const char *msg);   /* at the lookahead token, as CPython's RAISE_SYNTAX_ERROR */
NodeList *b_one(ParseCtx *ctx, Node *n);
NodeList *b_add(ParseCtx *ctx, NodeList *list, Node *n);
NodeList *b_extend(ParseCtx *ctx, NodeList *list, NodeList *more);
PExpr b_nothing(void);
PExpr b_wrap(Node *n);
PList b_parens_list(PList items, const PTok *open, const PTok *close);
PTok b_no_token(void);
Node *b_node(ParseCtx *ctx, NodeKind kind, Span sp);   /* a node covering sp */
Span span_join(Span from, Span to);
void node_set_span(Node *n, Span sp);
Span node_span(const Node *n);

/* ---- expressions (build_expr.c) ---- */
PExpr b_name(ParseCtx *ctx, const PTok *t);
PExpr b_constant(ParseCtx *ctx, const PTok *t, NodeKind kind);
PList b_list(ParseCtx *ctx, const PList *prev, PExpr e);
PList b_list2(ParseCtx *ctx, PExpr a, PExpr b);
PExpr b_tuple_or_single(ParseCtx *ctx, PList items);
PExpr b_tuple(ParseCtx *ctx, PList items, const PTok *comma);
PExpr b_index(ParseCtx *ctx, PList items);
PExpr b_group(ParseCtx *ctx, const PTok *l, PList items, const PTok *r);
PExpr b_display(ParseCtx *ctx, NodeKind kind, const PTok *l, const PList *items, const PTok *r);
PDict b_dict_items(ParseCtx *ctx, const PDict *prev, PPair pair);
PExpr b_dict(ParseCtx *ctx, const PTok *l, const PDict *items, const PTok *r);
PExpr b_comp(ParseCtx *ctx, NodeKind kind, const PTok *l, PExpr elt, const PExpr *value, NodeList *gens,
             const PTok *r);
Node *b_comp_for(ParseCtx *ctx, const PTok *t, PExpr target, PExpr iter);
NodeList *b_comp_if(ParseCtx *ctx, NodeList *gens, PExpr cond);
PExpr b_starred(ParseCtx *ctx, const PTok *star, PExpr e);
PExpr b_walrus(ParseCtx *ctx, PExpr target, PExpr value);
PExpr b_ifexp(ParseCtx *ctx, PExpr body, PExpr test, PExpr orelse);
PExpr b_lambda(ParseCtx *ctx, const PTok *t, const PParams *params, PExpr body);
PExpr b_boolop(ParseCtx *ctx, PList values, BoolOpKind op);
PExpr b_compare(ParseCtx *ctx, PExpr left, int op, PExpr right);
PExpr b_binop(ParseCtx *ctx, PExpr left, BinOp op, PExpr right);
PExpr b_unary(ParseCtx *ctx, const PTok *op, UnaryOp uop, PExpr e);
PExpr b_await(ParseCtx *ctx, const PTok *t, PExpr e);
PExpr b_attr(ParseCtx *ctx, PExpr value, const PTok *name);
PExpr b_call(ParseCtx *ctx, PExpr func, const PTok *l, const PArgs *args, const PTok *r);
PExpr b_subscript(ParseCtx *ctx, PExpr value, PExpr index, const PTok *r);
PExpr b_slice(ParseCtx *ctx, PExpr lo, const PTok *colon1, PExpr hi, const PTok *colon2, PExpr step);
PArg b_arg(ParseCtx *ctx, ArgKind kind, const PTok *star, PExpr e);
PArg b_arg_keyword(ParseCtx *ctx, PExpr key, PExpr value);
PArg b_arg_genexp(ParseCtx *ctx, PExpr elt, NodeList *gens);
PArgs b_args(ParseCtx *ctx, const PArgs *prev, PArg arg);
PArgs b_args_end(ParseCtx *ctx, PArgs args, bool trailing_comma);

/* ---- strings (build_str.c) ---- */
PStr b_str_literal(ParseCtx *ctx, const PTok *t);
PStr b_fstring(ParseCtx *ctx, const PTok *start, NodeList *parts, const PTok *end);
PStr b_str_concat(ParseCtx *ctx, PStr a, PStr b);
PExpr b_strings(ParseCtx *ctx, PStr s);
NodeList *b_fpart_text(ParseCtx *ctx, NodeList *parts, const PTok *t);
NodeList *b_fpart_field(ParseCtx *ctx, NodeList *parts, const PTok *open, PExpr value, const PTok *feq,
                        const PTok *conv, Node *spec, const PTok *close);
PExpr b_field_value(ParseCtx *ctx, PExpr e);
Node *b_fspec(ParseCtx *ctx, const PTok *colon, NodeList *parts);

/* ---- statements (build_stmt.c) ---- */
Node *b_keyword_stmt(ParseCtx *ctx, NodeKind kind, const PTok *t);
Node *b_expr_stmt(ParseCtx *ctx, PExpr e);
PChain b_chain(ParseCtx *ctx, const PChain *prev, PExpr value);
Node *b_assign(ParseCtx *ctx, PExpr first, PChain chain);
Node *b_augassign(ParseCtx *ctx, PExpr target, int op, PExpr value);
Node *b_annassign(ParseCtx *ctx, PExpr target, PExpr annotation, const PExpr *value);
Node *b_return(ParseCtx *ctx, const PTok *t, const PExpr *value);
Node *b_raise(ParseCtx *ctx, const PTok *t, const PExpr *exc, const PExpr *cause);
Node *b_names_stmt(ParseCtx *ctx, NodeKind kind, const PTok *t, NodeList *names);
Node *b_del(ParseCtx *ctx, const PTok *t, PList targets, const PTok *comma);
Node *b_assert(ParseCtx *ctx, const PTok *t, PExpr test, const PExpr *msg);
Node *b_import(ParseCtx *ctx, const PTok *t, NodeList *aliases);
Node *b_import_from(ParseCtx *ctx, const PTok *t, PFrom from, PList names);
Node *b_alias(ParseCtx *ctx, PDotted name, const PTok *asname);
Node *b_alias_star(ParseCtx *ctx, const PTok *star);
PDotted b_dotted(ParseCtx *ctx, const PDotted *prev, const PTok *name);
PFrom b_from_module(ParseCtx *ctx, int level, const PDotted *name);
PIfChain b_if(ParseCtx *ctx, const PIfChain *prev, const PTok *t, PExpr test, NodeList *body);
Node *b_if_end(ParseCtx *ctx, PIfChain chain, NodeList *orelse);
Node *b_while(ParseCtx *ctx, const PTok *t, PExpr test, NodeList *body, NodeList *orelse);
Node *b_for(ParseCtx *ctx, const PTok *t, PExpr target, PExpr iter, NodeList *body, NodeList *orelse);
Node *b_try(ParseCtx *ctx, const PTok *t, NodeList *body, NodeList *handlers, NodeList *orelse,
            NodeList *finalbody);
Node *b_handler(ParseCtx *ctx, const PTok *t, const PExpr *type, const PTok *name, NodeList *body);
Node *b_with(ParseCtx *ctx, const PTok *t, NodeList *items, NodeList *body);
Node *b_withitem(ParseCtx *ctx, PExpr context, const PExpr *target);
Node *b_async(ParseCtx *ctx, const PTok *t, Node *stmt);
Node *b_funcdef(ParseCtx *ctx, const PTok *t, const PTok *name, PParams params, const PExpr *returns,
                NodeList *body);
Node *b_classdef(ParseCtx *ctx, const PTok *t, const PTok *name, const PArgs *args, NodeList *body);

/* ---- parameters (build_params.c) ---- */
Node *b_param_name(ParseCtx *ctx, const PTok *name, const PExpr *annotation);
Node *b_param_default(ParseCtx *ctx, Node *param, PExpr def);
PParam b_param(Node *param);
PParam b_param_star(ParseCtx *ctx, const PTok *star, ParamKind kind, Node *param);
PParam b_param_slash(ParseCtx *ctx, const PTok *slash);
PParams b_params(ParseCtx *ctx, const PParams *prev, const PParam *param);
NodeList *b_params_done(ParseCtx *ctx, PParams params);

/* ---- targets and names (build_check.c) ---- */
typedef enum TargetKind { TARGET_STORE, TARGET_FOR, TARGET_DEL } TargetKind;
const char *b_expr_name(const Node *e);
void b_check_target(ParseCtx *ctx, const Node *target, TargetKind kind);
void b_check_assign(ParseCtx *ctx, PExpr target, const PExpr *single_value);
void b_check_not_starred(ParseCtx *ctx, const Node *e);

/* A set of identifiers (duplicate parameter and keyword names), hashed so
 * that huge argument lists stay linear. */
NameSet *name_set_new(ParseCtx *ctx);
bool name_set_add(ParseCtx *ctx, NameSet *set, Ident name);   /* false if already there */

#endif
