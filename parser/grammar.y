/* grammar.y - the lemon grammar of Aster (a subset of Python 3.11).
 * Edit this file, never the generated build/gen/grammar.c.
 *
 * The token declarations below fix the TK_* numbering that lexer.re relies
 * on; keep them first and in this order. */

%name AsterParse
%token_prefix TK_

%token NEWLINE INDENT DEDENT NAME INT FLOAT STRING BYTES
       FSTRING_START FSTRING_MIDDLE FSTRING_END FEXPR_START FEXPR_END FCONV FSPEC FEQ.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE
       EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE
       RETURN TRY WHILE WITH YIELD.
%token PLUS MINUS STAR SLASH DSLASH PERCENT DSTAR AT TILDE AMP PIPE CARET LSHIFT RSHIFT
       LT GT LE GE EQEQ NE ASSIGN COLONEQ
       PLUSEQ MINUSEQ STAREQ SLASHEQ DSLASHEQ PERCENTEQ DSTAREQ ATEQ AMPEQ PIPEEQ CARETEQ
       LSHIFTEQ RSHIFTEQ
       LPAREN RPAREN LBRACKET RBRACKET LBRACE RBRACE COMMA COLON DOT SEMI ARROW ELLIPSIS.

/* Made by the parse driver, never by the lexer: the `(` right after `with`
 * whose matching `)` is followed by `:` opens parenthesized with-items
 * (`with (a as b, c):`), as CPython's PEG grammar decides. */
%token WLPAREN.

/* How this grammar works
 *
 * Actions are one call to a builder (build_*.c) that makes the AST node,
 * records its position and checks what CPython checks while parsing
 * (assignment targets, argument order, parameters...). A builder that
 * finds an error longjmps out of the parser (ctx_error), so actions never
 * see a failed value.
 *
 * Memory: every node and list is allocated in the parse's arena and the
 * parser object itself lives there too, so no symbol needs a %destructor:
 * abandoning a parse at any point is one arena_free().
 *
 * Depth: the parser stack is fixed (%stack_size below); overflowing it is
 * the error "too many nested expressions". 2000 entries (about 64 bytes
 * each, in the arena): a legal program at both lexer limits, 99 nested
 * blocks around 199 nested calls f(a, f(a, ...)), needs more than 1000. Left-recursive chains (a+a+...,
 * f()()..., x.y.z...) do not grow the stack, so after parsing, parse.c
 * measures the tree without recursion and rejects one deeper than
 * PARSE_MAX_DEPTH (parse_internal.h) with the same message; consumers may
 * therefore recurse over the AST.
 *
 * Expressions follow CPython's precedence levels, one non-terminal each,
 * from namedexpr (walrus) down to atom; `**` binds tighter than a unary
 * minus on its left and is right-associative through `power ::=
 * await_primary DSTAR factor`. Targets are parsed as expressions and
 * validated by the builders. */

%include {
#include <assert.h>
#include <string.h>

#include "build.h"

struct yyParser;
static void grammar_syntax_error(ParseCtx *ctx, struct yyParser *p, int major, const PTok *tok);
}

%extra_context {ParseCtx *ctx}
%token_type {PTok}
%default_type {PExpr}
%stack_size 2000
%start_symbol module

/* Tokens own nothing either; this only keeps the otherwise empty
 * yy_destructor() from warning that it fetches ctx without using it. */
%token_destructor { (void)ctx; }

%stack_overflow {
    ctx_error(ctx, ctx->cur.sp.line, ctx->cur.sp.col, "too many nested expressions");
}

%syntax_error {
    grammar_syntax_error(ctx, yypParser, yymajor, &yyminor);
}

/* ---- module and statements ------------------------------------------- */

module ::= file_input(F).                                { ctx->module = F; }

%type file_input {NodeList*}
file_input(A) ::= .                                      { A = ast_list(ctx->arena); }
file_input(A) ::= file_input(B) stmt(S).                 { A = b_extend(ctx, B, S); }

%type stmt {NodeList*}
stmt(A) ::= simple_stmts(S).                             { A = S; }
stmt(A) ::= compound_stmt(C).                            { A = b_one(ctx, C); }

%type simple_stmts {NodeList*}
simple_stmts(A) ::= small_stmts(S) NEWLINE.              { A = S; }
simple_stmts(A) ::= small_stmts(S) SEMI NEWLINE.         { A = S; }

%type small_stmts {NodeList*}
small_stmts(A) ::= small_stmt(S).                        { A = b_one(ctx, S); }
small_stmts(A) ::= small_stmts(B) SEMI small_stmt(S).    { A = b_add(ctx, B, S); }

%type suite {NodeList*}
suite(A) ::= simple_stmts(S).                            { A = S; }
suite(A) ::= NEWLINE INDENT stmts(S) DEDENT.             { A = S; }

%type stmts {NodeList*}
stmts(A) ::= stmt(S).                                    { A = S; }
stmts(A) ::= stmts(B) stmt(S).                           { A = b_extend(ctx, B, S); }

/* ---- simple statements ----------------------------------------------- */

%type small_stmt {Node*}
small_stmt(A) ::= expr_stmt(S).                          { A = S; }
small_stmt(A) ::= PASS(T).                               { A = b_keyword_stmt(ctx, S_PASS, &T); }
small_stmt(A) ::= BREAK(T).                              { A = b_keyword_stmt(ctx, S_BREAK, &T); }
small_stmt(A) ::= CONTINUE(T).                           { A = b_keyword_stmt(ctx, S_CONTINUE, &T); }
small_stmt(A) ::= RETURN(T).                             { A = b_return(ctx, &T, NULL); }
small_stmt(A) ::= RETURN(T) star_exprs(E).               { A = b_return(ctx, &T, &E); }
small_stmt(A) ::= RAISE(T).                              { A = b_raise(ctx, &T, NULL, NULL); }
small_stmt(A) ::= RAISE(T) test(E).                      { A = b_raise(ctx, &T, &E, NULL); }
small_stmt(A) ::= RAISE(T) test(E) FROM test(C).         { A = b_raise(ctx, &T, &E, &C); }
small_stmt(A) ::= GLOBAL(T) name_list(L).                { A = b_names_stmt(ctx, S_GLOBAL, &T, L); }
small_stmt(A) ::= NONLOCAL(T) name_list(L).              { A = b_names_stmt(ctx, S_NONLOCAL, &T, L); }
small_stmt(A) ::= DEL(T) expr_items(L).                  { A = b_del(ctx, &T, L, NULL); }
small_stmt(A) ::= DEL(T) expr_items(L) COMMA(C).         { A = b_del(ctx, &T, L, &C); }
small_stmt(A) ::= ASSERT(T) test(E).                     { A = b_assert(ctx, &T, E, NULL); }
small_stmt(A) ::= ASSERT(T) test(E) COMMA test(M).       { A = b_assert(ctx, &T, E, &M); }
small_stmt(A) ::= import_stmt(S).                        { A = S; }

%type expr_stmt {Node*}
expr_stmt(A) ::= star_exprs(E).                          { A = b_expr_stmt(ctx, E); }
expr_stmt(A) ::= star_exprs(T) assign_chain(C).          { A = b_assign(ctx, T, C); }
expr_stmt(A) ::= star_exprs(T) augassign(O) star_exprs(V). { A = b_augassign(ctx, T, O, V); }
expr_stmt(A) ::= star_exprs(T) COLON test(N).            { A = b_annassign(ctx, T, N, NULL); }
expr_stmt(A) ::= star_exprs(T) COLON test(N) ASSIGN star_exprs(V). { A = b_annassign(ctx, T, N, &V); }

%type assign_chain {PChain}
assign_chain(A) ::= ASSIGN star_exprs(V).                { A = b_chain(ctx, NULL, V); }
assign_chain(A) ::= assign_chain(B) ASSIGN star_exprs(V). { A = b_chain(ctx, &B, V); }

%type augassign {int}
augassign(A) ::= PLUSEQ.                                 { A = OP_ADD; }
augassign(A) ::= MINUSEQ.                                { A = OP_SUB; }
augassign(A) ::= STAREQ.                                 { A = OP_MUL; }
augassign(A) ::= SLASHEQ.                                { A = OP_DIV; }
augassign(A) ::= DSLASHEQ.                               { A = OP_FLOORDIV; }
augassign(A) ::= PERCENTEQ.                              { A = OP_MOD; }
augassign(A) ::= DSTAREQ.                                { A = OP_POW; }
augassign(A) ::= ATEQ.                                   { A = OP_MATMUL; }
augassign(A) ::= AMPEQ.                                  { A = OP_BITAND; }
augassign(A) ::= PIPEEQ.                                 { A = OP_BITOR; }
augassign(A) ::= CARETEQ.                                { A = OP_BITXOR; }
augassign(A) ::= LSHIFTEQ.                               { A = OP_LSHIFT; }
augassign(A) ::= RSHIFTEQ.                               { A = OP_RSHIFT; }

%type name_list {NodeList*}
name_list(A) ::= NAME(N).                                { A = b_one(ctx, b_name(ctx, &N).n); }
name_list(A) ::= name_list(B) COMMA NAME(N).             { A = b_add(ctx, B, b_name(ctx, &N).n); }

/* ---- imports --------------------------------------------------------- */

%type import_stmt {Node*}
import_stmt(A) ::= IMPORT(T) dotted_as_names(L).         { A = b_import(ctx, &T, L); }
import_stmt(A) ::= FROM(T) from_module(M) IMPORT import_targets(L). { A = b_import_from(ctx, &T, M, L); }

%type dotted_as_names {NodeList*}
dotted_as_names(A) ::= dotted_as_name(N).                { A = b_one(ctx, N); }
dotted_as_names(A) ::= dotted_as_names(B) COMMA dotted_as_name(N). { A = b_add(ctx, B, N); }

%type dotted_as_name {Node*}
dotted_as_name(A) ::= dotted_name(D).                    { A = b_alias(ctx, D, NULL); }
dotted_as_name(A) ::= dotted_name(D) AS NAME(N).         { A = b_alias(ctx, D, &N); }

%type dotted_name {PDotted}
dotted_name(A) ::= NAME(N).                              { A = b_dotted(ctx, NULL, &N); }
dotted_name(A) ::= dotted_name(B) DOT NAME(N).           { A = b_dotted(ctx, &B, &N); }

%type from_module {PFrom}
from_module(A) ::= dotted_name(D).                       { A = b_from_module(ctx, 0, &D); }
from_module(A) ::= dots(L).                              { A = b_from_module(ctx, L, NULL); }
from_module(A) ::= dots(L) dotted_name(D).               { A = b_from_module(ctx, L, &D); }

%type dots {int}
dots(A) ::= DOT.                                         { A = 1; }
dots(A) ::= ELLIPSIS.                                    { A = 3; }
dots(A) ::= dots(B) DOT.                                 { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS.                            { A = B + 3; }

%type import_targets {PList}
import_targets(A) ::= STAR(S).                           { A = b_list(ctx, NULL, b_wrap(b_alias_star(ctx, &S))); }
import_targets(A) ::= import_as_names(L).                { A = L; }
import_targets ::= import_as_names COMMA.                { b_error_here(ctx, "trailing comma not allowed without surrounding parentheses"); }
import_targets(A) ::= LPAREN(P) import_as_names(L) RPAREN(R). { A = b_parens_list(L, &P, &R); }
import_targets(A) ::= LPAREN(P) import_as_names(L) COMMA RPAREN(R). { A = b_parens_list(L, &P, &R); }

%type import_as_names {PList}
import_as_names(A) ::= import_as_name(N).                { A = b_list(ctx, NULL, N); }
import_as_names(A) ::= import_as_names(B) COMMA import_as_name(N). { A = b_list(ctx, &B, N); }

import_as_name(A) ::= NAME(N).                           { A = b_wrap(b_alias(ctx, b_dotted(ctx, NULL, &N), NULL)); }
import_as_name(A) ::= NAME(N) AS NAME(M).                { A = b_wrap(b_alias(ctx, b_dotted(ctx, NULL, &N), &M)); }

/* ---- compound statements --------------------------------------------- */

%type compound_stmt {Node*}
compound_stmt(A) ::= if_stmt(S).                         { A = S; }
compound_stmt(A) ::= while_stmt(S).                      { A = S; }
compound_stmt(A) ::= for_stmt(S).                        { A = S; }
compound_stmt(A) ::= try_stmt(S).                        { A = S; }
compound_stmt(A) ::= with_stmt(S).                       { A = S; }
compound_stmt(A) ::= funcdef(S).                         { A = S; }
compound_stmt(A) ::= classdef(S).                        { A = S; }
compound_stmt(A) ::= ASYNC(T) funcdef(S).                { A = b_async(ctx, &T, S); }
compound_stmt(A) ::= ASYNC(T) with_stmt(S).              { A = b_async(ctx, &T, S); }

%type if_stmt {Node*}
if_stmt(A) ::= if_chain(C).                              { A = b_if_end(ctx, C, NULL); }
if_stmt(A) ::= if_chain(C) ELSE COLON suite(E).          { A = b_if_end(ctx, C, E); }

%type if_chain {PIfChain}
if_chain(A) ::= IF(T) namedexpr(E) COLON suite(B).       { A = b_if(ctx, NULL, &T, E, B); }
if_chain(A) ::= if_chain(C) ELIF(T) namedexpr(E) COLON suite(B). { A = b_if(ctx, &C, &T, E, B); }

%type while_stmt {Node*}
while_stmt(A) ::= WHILE(T) namedexpr(E) COLON suite(B).  { A = b_while(ctx, &T, E, B, NULL); }
while_stmt(A) ::= WHILE(T) namedexpr(E) COLON suite(B) ELSE COLON suite(O). { A = b_while(ctx, &T, E, B, O); }

%type for_stmt {Node*}
for_stmt(A) ::= FOR(T) exprlist(X) IN star_exprs(I) COLON suite(B). { A = b_for(ctx, &T, X, I, B, NULL); }
for_stmt(A) ::= FOR(T) exprlist(X) IN star_exprs(I) COLON suite(B) ELSE COLON suite(O). { A = b_for(ctx, &T, X, I, B, O); }

%type try_stmt {Node*}
try_stmt(A) ::= TRY(T) COLON suite(B) handlers(H).       { A = b_try(ctx, &T, B, H, NULL, NULL); }
try_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) ELSE COLON suite(O). { A = b_try(ctx, &T, B, H, O, NULL); }
try_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) FINALLY COLON suite(F). { A = b_try(ctx, &T, B, H, NULL, F); }
try_stmt(A) ::= TRY(T) COLON suite(B) handlers(H) ELSE COLON suite(O) FINALLY COLON suite(F). { A = b_try(ctx, &T, B, H, O, F); }
try_stmt(A) ::= TRY(T) COLON suite(B) FINALLY COLON suite(F). { A = b_try(ctx, &T, B, NULL, NULL, F); }

%type handlers {NodeList*}
handlers(A) ::= handler(H).                              { A = b_one(ctx, H); }
handlers(A) ::= handlers(B) handler(H).                  { A = b_add(ctx, B, H); }

%type handler {Node*}
handler(A) ::= EXCEPT(T) COLON suite(B).                 { A = b_handler(ctx, &T, NULL, NULL, B); }
handler(A) ::= EXCEPT(T) test(E) COLON suite(B).         { A = b_handler(ctx, &T, &E, NULL, B); }
handler(A) ::= EXCEPT(T) test(E) AS NAME(N) COLON suite(B). { A = b_handler(ctx, &T, &E, &N, B); }
handler ::= EXCEPT test(E) COMMA.                        { b_error_at(ctx, &E.sp, "multiple exception types must be parenthesized"); }
handler ::= EXCEPT(T) STAR.                              { b_error_at(ctx, &T.sp, "'except*' is not supported"); }

%type with_stmt {Node*}
with_stmt(A) ::= WITH(T) with_items(L) COLON suite(B).   { A = b_with(ctx, &T, L, B); }
with_stmt(A) ::= WITH(T) WLPAREN with_items(L) RPAREN COLON suite(B). { A = b_with(ctx, &T, L, B); }
with_stmt(A) ::= WITH(T) WLPAREN with_items(L) COMMA RPAREN COLON suite(B). { A = b_with(ctx, &T, L, B); }
with_stmt(A) ::= WITH(T) WLPAREN(P) namedexpr(E) comp_for(G) RPAREN(R) COLON suite(B).
    { A = b_with(ctx, &T, b_one(ctx, b_withitem(ctx, b_comp(ctx, E_GENEXP, &P, E, NULL, G, &R), NULL)), B); }

%type with_items {NodeList*}
with_items(A) ::= with_item(W).                          { A = b_one(ctx, W); }
with_items(A) ::= with_items(B) COMMA with_item(W).      { A = b_add(ctx, B, W); }

%type with_item {Node*}
with_item(A) ::= test(E).                                { A = b_withitem(ctx, E, NULL); }
with_item(A) ::= test(E) AS expr(X).                     { A = b_withitem(ctx, E, &X); }

%type funcdef {Node*}
funcdef(A) ::= DEF(T) NAME(N) LPAREN params(P) RPAREN COLON suite(B). { A = b_funcdef(ctx, &T, &N, P, NULL, B); }
funcdef(A) ::= DEF(T) NAME(N) LPAREN params(P) RPAREN ARROW test(R) COLON suite(B). { A = b_funcdef(ctx, &T, &N, P, &R, B); }

%type classdef {Node*}
classdef(A) ::= CLASS(T) NAME(N) COLON suite(B).         { A = b_classdef(ctx, &T, &N, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAREN RPAREN COLON suite(B). { A = b_classdef(ctx, &T, &N, NULL, B); }
classdef(A) ::= CLASS(T) NAME(N) LPAREN args(G) RPAREN COLON suite(B). { A = b_classdef(ctx, &T, &N, &G, B); }

/* ---- parameters (def and lambda) ------------------------------------- */

%type params {PParams}
params(A) ::= .                                          { A = b_params(ctx, NULL, NULL); }
params(A) ::= param_items(L).                            { A = L; }
params(A) ::= param_items(L) COMMA.                      { A = L; }

%type param_items {PParams}
param_items(A) ::= param(P).                             { A = b_params(ctx, NULL, &P); }
param_items(A) ::= param_items(B) COMMA param(P).        { A = b_params(ctx, &B, &P); }

%type param {PParam}
param(A) ::= tname(P).                                   { A = b_param(P); }
param(A) ::= tname(P) ASSIGN test(D).                    { A = b_param(b_param_default(ctx, P, D)); }
param(A) ::= STAR(S).                                    { A = b_param_star(ctx, &S, PARAM_VARARGS, NULL); }
param(A) ::= STAR(S) tname(P).                           { A = b_param_star(ctx, &S, PARAM_VARARGS, P); }
param(A) ::= DSTAR(S) tname(P).                          { A = b_param_star(ctx, &S, PARAM_VARKW, P); }
param(A) ::= SLASH(S).                                   { A = b_param_slash(ctx, &S); }
param ::= STAR tname ASSIGN(Q) test.                     { b_error_at(ctx, &Q.sp, "var-positional argument cannot have default value"); }
param ::= DSTAR tname ASSIGN(Q) test.                    { b_error_at(ctx, &Q.sp, "var-keyword argument cannot have default value"); }

%type tname {Node*}
tname(A) ::= NAME(N).                                    { A = b_param_name(ctx, &N, NULL); }
tname(A) ::= NAME(N) COLON test(T).                      { A = b_param_name(ctx, &N, &T); }

%type lparams {PParams}
lparams(A) ::= lparam_items(L).                          { A = L; }
lparams(A) ::= lparam_items(L) COMMA.                    { A = L; }

%type lparam_items {PParams}
lparam_items(A) ::= lparam(P).                           { A = b_params(ctx, NULL, &P); }
lparam_items(A) ::= lparam_items(B) COMMA lparam(P).     { A = b_params(ctx, &B, &P); }

%type lparam {PParam}
lparam(A) ::= lname(P).                                  { A = b_param(P); }
lparam(A) ::= lname(P) ASSIGN test(D).                   { A = b_param(b_param_default(ctx, P, D)); }
lparam(A) ::= STAR(S).                                   { A = b_param_star(ctx, &S, PARAM_VARARGS, NULL); }
lparam(A) ::= STAR(S) lname(P).                          { A = b_param_star(ctx, &S, PARAM_VARARGS, P); }
lparam(A) ::= DSTAR(S) lname(P).                         { A = b_param_star(ctx, &S, PARAM_VARKW, P); }
lparam(A) ::= SLASH(S).                                  { A = b_param_slash(ctx, &S); }
lparam ::= STAR lname ASSIGN(Q) test.                    { b_error_at(ctx, &Q.sp, "var-positional argument cannot have default value"); }
lparam ::= DSTAR lname ASSIGN(Q) test.                   { b_error_at(ctx, &Q.sp, "var-keyword argument cannot have default value"); }

%type lname {Node*}
lname(A) ::= NAME(N).                                    { A = b_param_name(ctx, &N, NULL); }

/* ---- expression lists ------------------------------------------------- */

/* star_expressions: a value or target list; commas make a tuple */
star_exprs(A) ::= star_items(L).                         { A = b_tuple_or_single(ctx, L); }
star_exprs(A) ::= star_items(L) COMMA(C).                { A = b_tuple(ctx, L, &C); }

%type star_items {PList}
star_items(A) ::= star_item(E).                          { A = b_list(ctx, NULL, E); }
star_items(A) ::= star_items(B) COMMA star_item(E).      { A = b_list(ctx, &B, E); }

star_item(A) ::= test(E).                                { A = E; }
star_item(A) ::= star_expr(E).                           { A = E; }

/* for-loop and comprehension targets, del targets: no comparisons, so
 * the `in` that follows is not swallowed */
exprlist(A) ::= expr_items(L).                           { A = b_tuple_or_single(ctx, L); }
exprlist(A) ::= expr_items(L) COMMA(C).                  { A = b_tuple(ctx, L, &C); }

%type expr_items {PList}
expr_items(A) ::= expr_item(E).                          { A = b_list(ctx, NULL, E); }
expr_items(A) ::= expr_items(B) COMMA expr_item(E).      { A = b_list(ctx, &B, E); }

expr_item(A) ::= expr(E).                                { A = E; }
expr_item(A) ::= star_expr(E).                           { A = E; }

/* elements of (...), [...] and {...} displays */
%type elts {PList}
elts(A) ::= elt(E).                                      { A = b_list(ctx, NULL, E); }
elts(A) ::= elts(B) COMMA elt(E).                        { A = b_list(ctx, &B, E); }

elt(A) ::= namedexpr(E).                                 { A = E; }
elt(A) ::= star_expr(E).                                 { A = E; }

star_expr(A) ::= STAR(S) expr(E).                        { A = b_starred(ctx, &S, E); }

/* ---- expressions, loosest to tightest -------------------------------- */

namedexpr(A) ::= test(E).                                { A = E; }
namedexpr(A) ::= test(T) COLONEQ test(V).                { A = b_walrus(ctx, T, V); }

test(A) ::= or_test(E).                                  { A = E; }
test(A) ::= or_test(B) IF or_test(C) ELSE test(O).       { A = b_ifexp(ctx, B, C, O); }
test(A) ::= lambdef(E).                                  { A = E; }

lambdef(A) ::= LAMBDA(T) COLON test(B).                  { A = b_lambda(ctx, &T, NULL, B); }
lambdef(A) ::= LAMBDA(T) lparams(P) COLON test(B).       { A = b_lambda(ctx, &T, &P, B); }

or_test(A) ::= and_test(E).                              { A = E; }
or_test(A) ::= or_chain(L).                              { A = b_boolop(ctx, L, BOOL_OR); }

%type or_chain {PList}
or_chain(A) ::= and_test(X) OR and_test(Y).              { A = b_list2(ctx, X, Y); }
or_chain(A) ::= or_chain(B) OR and_test(Y).              { A = b_list(ctx, &B, Y); }

and_test(A) ::= not_test(E).                             { A = E; }
and_test(A) ::= and_chain(L).                            { A = b_boolop(ctx, L, BOOL_AND); }

%type and_chain {PList}
and_chain(A) ::= not_test(X) AND not_test(Y).            { A = b_list2(ctx, X, Y); }
and_chain(A) ::= and_chain(B) AND not_test(Y).           { A = b_list(ctx, &B, Y); }

not_test(A) ::= NOT(T) not_test(E).                      { A = b_unary(ctx, &T, UOP_NOT, E); }
not_test(A) ::= comparison(E).                           { A = E; }

comparison(A) ::= expr(E).                               { A = E; }
comparison(A) ::= comparison_chain(E).                   { A = E; }

comparison_chain(A) ::= expr(L) comp_op(O) expr(R).      { A = b_compare(ctx, L, O, R); }
comparison_chain(A) ::= comparison_chain(L) comp_op(O) expr(R). { A = b_compare(ctx, L, O, R); }

%type comp_op {int}
comp_op(A) ::= LT.                                       { A = CMP_LT; }
comp_op(A) ::= GT.                                       { A = CMP_GT; }
comp_op(A) ::= EQEQ.                                     { A = CMP_EQ; }
comp_op(A) ::= GE.                                       { A = CMP_GE; }
comp_op(A) ::= LE.                                       { A = CMP_LE; }
comp_op(A) ::= NE.                                       { A = CMP_NE; }
comp_op(A) ::= IN.                                       { A = CMP_IN; }
comp_op(A) ::= NOT IN.                                   { A = CMP_NOTIN; }
comp_op(A) ::= IS.                                       { A = CMP_IS; }
comp_op(A) ::= IS NOT.                                   { A = CMP_ISNOT; }

expr(A) ::= xor_expr(E).                                 { A = E; }
expr(A) ::= expr(L) PIPE xor_expr(R).                    { A = b_binop(ctx, L, OP_BITOR, R); }

xor_expr(A) ::= and_expr(E).                             { A = E; }
xor_expr(A) ::= xor_expr(L) CARET and_expr(R).           { A = b_binop(ctx, L, OP_BITXOR, R); }

and_expr(A) ::= shift_expr(E).                           { A = E; }
and_expr(A) ::= and_expr(L) AMP shift_expr(R).           { A = b_binop(ctx, L, OP_BITAND, R); }

shift_expr(A) ::= arith_expr(E).                         { A = E; }
shift_expr(A) ::= shift_expr(L) LSHIFT arith_expr(R).    { A = b_binop(ctx, L, OP_LSHIFT, R); }
shift_expr(A) ::= shift_expr(L) RSHIFT arith_expr(R).    { A = b_binop(ctx, L, OP_RSHIFT, R); }

arith_expr(A) ::= term(E).                               { A = E; }
arith_expr(A) ::= arith_expr(L) PLUS term(R).            { A = b_binop(ctx, L, OP_ADD, R); }
arith_expr(A) ::= arith_expr(L) MINUS term(R).           { A = b_binop(ctx, L, OP_SUB, R); }

term(A) ::= factor(E).                                   { A = E; }
term(A) ::= term(L) STAR factor(R).                      { A = b_binop(ctx, L, OP_MUL, R); }
term(A) ::= term(L) SLASH factor(R).                     { A = b_binop(ctx, L, OP_DIV, R); }
term(A) ::= term(L) DSLASH factor(R).                    { A = b_binop(ctx, L, OP_FLOORDIV, R); }
term(A) ::= term(L) PERCENT factor(R).                   { A = b_binop(ctx, L, OP_MOD, R); }
term(A) ::= term(L) AT factor(R).                        { A = b_binop(ctx, L, OP_MATMUL, R); }

factor(A) ::= PLUS(T) factor(E).                         { A = b_unary(ctx, &T, UOP_POS, E); }
factor(A) ::= MINUS(T) factor(E).                        { A = b_unary(ctx, &T, UOP_NEG, E); }
factor(A) ::= TILDE(T) factor(E).                        { A = b_unary(ctx, &T, UOP_INVERT, E); }
factor(A) ::= power(E).                                  { A = E; }

power(A) ::= await_primary(E).                           { A = E; }
power(A) ::= await_primary(L) DSTAR factor(R).           { A = b_binop(ctx, L, OP_POW, R); }

await_primary(A) ::= AWAIT(T) primary(E).                { A = b_await(ctx, &T, E); }
await_primary(A) ::= primary(E).                         { A = E; }

primary(A) ::= atom(E).                                  { A = E; }
primary(A) ::= primary(V) DOT NAME(N).                   { A = b_attr(ctx, V, &N); }
primary(A) ::= primary(F) LPAREN(L) RPAREN(R).           { A = b_call(ctx, F, &L, NULL, &R); }
primary(A) ::= primary(F) LPAREN(L) args(G) RPAREN(R).   { A = b_call(ctx, F, &L, &G, &R); }
primary(A) ::= primary(V) LBRACKET subscripts(I) RBRACKET(R). { A = b_subscript(ctx, V, I, &R); }

/* ---- call arguments -------------------------------------------------- */

%type args {PArgs}
args(A) ::= arg_items(L).                                { A = b_args_end(ctx, L, false); }
args(A) ::= arg_items(L) COMMA.                          { A = b_args_end(ctx, L, true); }

%type arg_items {PArgs}
arg_items(A) ::= arg(X).                                 { A = b_args(ctx, NULL, X); }
arg_items(A) ::= arg_items(B) COMMA arg(X).              { A = b_args(ctx, &B, X); }

%type arg {PArg}
arg(A) ::= namedexpr(E).                                 { A = b_arg(ctx, ARG_POS, NULL, E); }
arg(A) ::= STAR(S) test(E).                              { A = b_arg(ctx, ARG_STAR, &S, E); }
arg(A) ::= DSTAR(S) test(E).                             { A = b_arg(ctx, ARG_DSTAR, &S, E); }
arg(A) ::= test(K) ASSIGN test(V).                       { A = b_arg_keyword(ctx, K, V); }
arg(A) ::= test(E) comp_for(G).                          { A = b_arg_genexp(ctx, E, G); }

/* ---- subscripts ------------------------------------------------------ */

subscripts(A) ::= sub_items(L).                          { A = b_index(ctx, L); }
subscripts(A) ::= sub_items(L) COMMA(C).                 { A = b_tuple(ctx, L, &C); }

%type sub_items {PList}
sub_items(A) ::= subscript(E).                           { A = b_list(ctx, NULL, E); }
sub_items(A) ::= sub_items(B) COMMA subscript(E).        { A = b_list(ctx, &B, E); }

subscript(A) ::= namedexpr(E).                           { A = E; }
subscript(A) ::= star_expr(E).                           { A = E; }
subscript(A) ::= opt_test(L) COLON(C) opt_test(H).       { A = b_slice(ctx, L, &C, H, NULL, b_nothing()); }
subscript(A) ::= opt_test(L) COLON(C) opt_test(H) COLON(D) opt_test(S). { A = b_slice(ctx, L, &C, H, &D, S); }

opt_test(A) ::= .                                        { A = b_nothing(); }
opt_test(A) ::= test(E).                                 { A = E; }

/* ---- atoms ------------------------------------------------------------ */

atom(A) ::= NAME(T).                                     { A = b_name(ctx, &T); }
atom(A) ::= INT(T).                                      { A = b_constant(ctx, &T, E_INT); }
atom(A) ::= FLOAT(T).                                    { A = b_constant(ctx, &T, E_FLOAT); }
atom(A) ::= NONE(T).                                     { A = b_constant(ctx, &T, E_NONE); }
atom(A) ::= TRUE(T).                                     { A = b_constant(ctx, &T, E_TRUE); }
atom(A) ::= FALSE(T).                                    { A = b_constant(ctx, &T, E_FALSE); }
atom(A) ::= ELLIPSIS(T).                                 { A = b_constant(ctx, &T, E_ELLIPSIS); }
atom(A) ::= strings(S).                                  { A = b_strings(ctx, S); }

atom(A) ::= LPAREN(L) RPAREN(R).                         { A = b_display(ctx, E_TUPLE, &L, NULL, &R); }
atom(A) ::= LPAREN(L) elts(E) RPAREN(R).                 { A = b_group(ctx, &L, E, &R); }
atom(A) ::= LPAREN(L) elts(E) COMMA RPAREN(R).           { A = b_display(ctx, E_TUPLE, &L, &E, &R); }
atom(A) ::= LPAREN(L) namedexpr(E) comp_for(G) RPAREN(R). { A = b_comp(ctx, E_GENEXP, &L, E, NULL, G, &R); }

atom(A) ::= LBRACKET(L) RBRACKET(R).                     { A = b_display(ctx, E_LIST, &L, NULL, &R); }
atom(A) ::= LBRACKET(L) elts(E) RBRACKET(R).             { A = b_display(ctx, E_LIST, &L, &E, &R); }
atom(A) ::= LBRACKET(L) elts(E) COMMA RBRACKET(R).       { A = b_display(ctx, E_LIST, &L, &E, &R); }
atom(A) ::= LBRACKET(L) namedexpr(E) comp_for(G) RBRACKET(R). { A = b_comp(ctx, E_LISTCOMP, &L, E, NULL, G, &R); }

atom(A) ::= LBRACE(L) RBRACE(R).                         { A = b_dict(ctx, &L, NULL, &R); }
atom(A) ::= LBRACE(L) dict_items(D) RBRACE(R).           { A = b_dict(ctx, &L, &D, &R); }
atom(A) ::= LBRACE(L) dict_items(D) COMMA RBRACE(R).     { A = b_dict(ctx, &L, &D, &R); }
atom(A) ::= LBRACE(L) elts(E) RBRACE(R).                 { A = b_display(ctx, E_SET, &L, &E, &R); }
atom(A) ::= LBRACE(L) elts(E) COMMA RBRACE(R).           { A = b_display(ctx, E_SET, &L, &E, &R); }
atom(A) ::= LBRACE(L) namedexpr(E) comp_for(G) RBRACE(R). { A = b_comp(ctx, E_SETCOMP, &L, E, NULL, G, &R); }
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_for(G) RBRACE(R). { A = b_comp(ctx, E_DICTCOMP, &L, K, &V, G, &R); }

%type dict_items {PDict}
dict_items(A) ::= dict_item(P).                          { A = b_dict_items(ctx, NULL, P); }
dict_items(A) ::= dict_items(B) COMMA dict_item(P).      { A = b_dict_items(ctx, &B, P); }

%type dict_item {PPair}
dict_item(A) ::= test(K) COLON test(V).                  { A = (PPair){K.n, V.n}; }
dict_item(A) ::= DSTAR expr(V).                          { A = (PPair){NULL, V.n}; }

/* ---- comprehensions --------------------------------------------------- */

%type comp_for {NodeList*}
comp_for(A) ::= comp_clause(C).                          { A = b_one(ctx, C); }
comp_for(A) ::= comp_for(B) comp_clause(C).              { A = b_add(ctx, B, C); }
comp_for(A) ::= comp_for(B) IF or_test(E).               { A = b_comp_if(ctx, B, E); }

%type comp_clause {Node*}
comp_clause(A) ::= FOR(T) exprlist(X) IN or_test(I).     { A = b_comp_for(ctx, &T, X, I); }

/* ---- strings and f-strings -------------------------------------------- */

%type strings {PStr}
strings(A) ::= string(S).                                { A = S; }
strings(A) ::= strings(B) string(S).                     { A = b_str_concat(ctx, B, S); }

%type string {PStr}
string(A) ::= STRING(T).                                 { A = b_str_literal(ctx, &T); }
string(A) ::= BYTES(T).                                  { A = b_str_literal(ctx, &T); }
string(A) ::= FSTRING_START(S) fparts(P) FSTRING_END(E). { A = b_fstring(ctx, &S, P, &E); }

%type fparts {NodeList*}
fparts(A) ::= .                                          { A = ast_list(ctx->arena); }
fparts(A) ::= fparts(B) FSTRING_MIDDLE(T).               { A = b_fpart_text(ctx, B, &T); }
fparts(A) ::= fparts(B) FEXPR_START(L) fexpr(E) opt_feq(Q) opt_conv(C) opt_spec(S) FEXPR_END(R).
    { A = b_fpart_field(ctx, B, &L, E, &Q, &C, S, &R); }

fexpr(A) ::= star_exprs(E).                              { A = b_field_value(ctx, E); }

%type opt_feq {PTok}
opt_feq(A) ::= .                                         { A = b_no_token(); }
opt_feq(A) ::= FEQ(T).                                   { A = T; }

%type opt_conv {PTok}
opt_conv(A) ::= .                                        { A = b_no_token(); }
opt_conv(A) ::= FCONV(T).                                { A = T; }

%type opt_spec {Node*}
opt_spec(A) ::= .                                        { A = NULL; }
opt_spec(A) ::= FSPEC(T) fparts(P).                      { A = b_fspec(ctx, &T, P); }

%code {

#include "grammar_errors.inc"

size_t grammar_parser_size(void)
{
    return sizeof(yyParser);
}

}
