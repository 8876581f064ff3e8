/* front_parser.c - unit tests of parse_source() (parse.h): the AST shapes
 * the compiler relies on, syntax errors with exact messages, positions and
 * the `incomplete` flag, out-of-memory handling, and torture inputs. The
 * broad CPython comparison is in tests/front (golden dumps). */
#include "front_util.h"
#include "parse_internal.h"   /* PARSE_MAX_DEPTH */

#define assert_dump(src, expected)                                     \
    do {                                                               \
        char *got_ = parse_string((src), NULL);                        \
        assert_string_equal(got_, (expected));                         \
        free(got_);                                                    \
    } while (0)

static bool incomplete(const char *src)
{
    SyntaxError err;
    char *got = parse_string(src, &err);
    bool failed = strncmp(got, "error:", 6) == 0;
    free(got);
    return failed && err.incomplete;
}

/* ---- AST conventions ------------------------------------------------------ */

static void test_empty_module(void **state)
{
    (void)state;
    assert_dump("", "");
    assert_dump("# nothing\n\n", "");
}

static void test_elif_is_nested_if(void **state)
{
    (void)state;
    assert_dump("if a:\n  pass\nelif b:\n  pass\nelse:\n  x\n",
                "body[0]: S_IF @1:1-6:4\n"
                "  test: E_NAME a @1:4-1:5\n"
                "  body[0]: S_PASS @2:3-2:7\n"
                "  orelse[0]: S_IF @3:1-6:4\n"
                "    test: E_NAME b @3:6-3:7\n"
                "    body[0]: S_PASS @4:3-4:7\n"
                "    orelse[0]: S_EXPR @6:3-6:4\n"
                "      value: E_NAME x @6:3-6:4\n");
}

static void test_genexp_argument_spans_call_parens(void **state)
{
    (void)state;
    assert_dump("f(x for x in y)\n",
                "body[0]: S_EXPR @1:1-1:16\n"
                "  value: E_CALL @1:1-1:16\n"
                "    func: E_NAME f @1:1-1:2\n"
                "    args[0]: E_GENEXP @1:2-1:16\n"
                "      elt: E_NAME x @1:3-1:4\n"
                "      gens[0]: E_COMPFOR\n"
                "        target: E_NAME x @1:9-1:10\n"
                "        iter: E_NAME y @1:14-1:15\n");
}

static void test_string_concatenation(void **state)
{
    (void)state;
    assert_dump("'a' \"b\" '''c'''\n", "body[0]: S_EXPR @1:1-1:16\n  value: E_STR \"abc\" @1:1-1:16\n");
    assert_dump("b'a' b'b'\n", "body[0]: S_EXPR @1:1-1:10\n  value: E_BYTES b\"ab\" @1:1-1:10\n");
    assert_dump("'a' f'b{x}' 'c' f''\n",
                "body[0]: S_EXPR @1:1-1:20\n"
                "  value: E_FSTRING @1:1-1:20\n"
                "    parts[0]: E_STR \"ab\"\n"
                "    parts[1]: E_FORMATTED\n"
                "      value: E_NAME x @1:9-1:10\n"
                "    parts[2]: E_STR \"c\"\n");
    assert_parse_error("x = b'a' 'b'\n", "error: 1:13: cannot mix bytes and nonbytes literals");
    assert_parse_error("x = 'a' f'' b''\n", "error: 1:16: cannot mix bytes and nonbytes literals");
}

static void test_fstring_debug_parts(void **state)
{
    (void)state;
    assert_dump("f'{x = }{y=:>4}{z=!s}'\n",
                "body[0]: S_EXPR @1:1-1:23\n"
                "  value: E_FSTRING @1:1-1:23\n"
                "    parts[0]: E_STR \"x = \"\n"
                "    parts[1]: E_FORMATTED conv=r\n"
                "      value: E_NAME x @1:4-1:5\n"
                "    parts[2]: E_STR \"y=\"\n"
                "    parts[3]: E_FORMATTED\n"
                "      value: E_NAME y @1:10-1:11\n"
                "      spec: E_FSTRING\n"
                "        parts[0]: E_STR \">4\"\n"
                "    parts[4]: E_STR \"z=\"\n"
                "    parts[5]: E_FORMATTED conv=s\n"
                "      value: E_NAME z @1:17-1:18\n");
}

static void test_fstring_pep701(void **state)
{
    (void)state;
    assert_dump("f\"{d[\"k\"]}{f\"{x}\"}\"\n",
                "body[0]: S_EXPR @1:1-1:20\n"
                "  value: E_FSTRING @1:1-1:20\n"
                "    parts[0]: E_FORMATTED\n"
                "      value: E_SUBSCRIPT @1:4-1:10\n"
                "        value: E_NAME d @1:4-1:5\n"
                "        index: E_STR \"k\" @1:6-1:9\n"
                "    parts[1]: E_FORMATTED\n"
                "      value: E_FSTRING @1:12-1:18\n"
                "        parts[0]: E_FORMATTED\n"
                "          value: E_NAME x @1:15-1:16\n");
    assert_dump("f'{x,}'\n",
                "body[0]: S_EXPR @1:1-1:8\n"
                "  value: E_FSTRING @1:1-1:8\n"
                "    parts[0]: E_FORMATTED\n"
                "      value: E_TUPLE @1:4-1:6\n"
                "        elts[0]: E_NAME x @1:4-1:5\n");
    assert_parse_error("f'{*x}'\n", "error: 1:4: f-string: can't use starred expression here");
    assert_parse_error("f'{a b}'\n", "error: 1:4: f-string: invalid syntax. Perhaps you forgot a comma?");
    assert_parse_error("f'{x:=}' f'{lambda x:1}'\n", "error: 1:21: f-string: invalid syntax");
}

static void test_lambda_and_params(void **state)
{
    (void)state;
    assert_dump("lambda a, /, b=1, *c, d, **e: a\n",
                "body[0]: S_EXPR @1:1-1:32\n"
                "  value: E_LAMBDA @1:1-1:32\n"
                "    params[0]: N_PARAM a POSONLY @1:8-1:9\n"
                "    params[1]: N_PARAM b NORMAL @1:14-1:15\n"
                "      default: E_INT 1 @1:16-1:17\n"
                "    params[2]: N_PARAM c VARARGS @1:20-1:21\n"
                "    params[3]: N_PARAM d KWONLY @1:23-1:24\n"
                "    params[4]: N_PARAM e VARKW @1:28-1:29\n"
                "    body: E_NAME a @1:31-1:32\n");
    assert_dump("def f(*, a: int = 1) -> str: pass\n",
                "body[0]: S_FUNCDEF f @1:1-1:34\n"
                "  params[0]: N_PARAM a KWONLY @1:10-1:16\n"
                "    annotation: E_NAME int @1:13-1:16\n"
                "    default: E_INT 1 @1:19-1:20\n"
                "  returns: E_NAME str @1:25-1:28\n"
                "  body[0]: S_PASS @1:30-1:34\n");
}

static void test_targets_and_slices(void **state)
{
    (void)state;
    assert_dump("*a, b = x[1:, ::2]\n",
                "body[0]: S_ASSIGN @1:1-1:19\n"
                "  targets[0]: E_TUPLE @1:1-1:6\n"
                "    elts[0]: E_STARRED @1:1-1:3\n"
                "      operand: E_NAME a @1:2-1:3\n"
                "    elts[1]: E_NAME b @1:5-1:6\n"
                "  value: E_SUBSCRIPT @1:9-1:19\n"
                "    value: E_NAME x @1:9-1:10\n"
                "    index: E_TUPLE @1:11-1:18\n"
                "      elts[0]: E_SLICE @1:11-1:13\n"
                "        lo: E_INT 1 @1:11-1:12\n"
                "      elts[1]: E_SLICE @1:15-1:18\n"
                "        step: E_INT 2 @1:17-1:18\n");
    assert_dump("a = b = 1\n",
                "body[0]: S_ASSIGN @1:1-1:10\n"
                "  targets[0]: E_NAME a @1:1-1:2\n"
                "  targets[1]: E_NAME b @1:5-1:6\n"
                "  value: E_INT 1 @1:9-1:10\n");
}

static void test_async_statements(void **state)
{
    (void)state;
    assert_dump("async def f():\n  async with a as b, c: await d\n",
                "body[0]: S_FUNCDEF f async @1:1-2:32\n"
                "  body[0]: S_WITH async @2:3-2:32\n"
                "    items[0]: S_WITHITEM\n"
                "      context: E_NAME a @2:14-2:15\n"
                "      target: E_NAME b @2:19-2:20\n"
                "    items[1]: S_WITHITEM\n"
                "      context: E_NAME c @2:22-2:23\n"
                "    body[0]: S_EXPR @2:25-2:32\n"
                "      value: E_AWAIT @2:25-2:32\n"
                "        operand: E_NAME d @2:31-2:32\n");
    assert_dump("await x\n", "body[0]: S_EXPR @1:1-1:8\n  value: E_AWAIT @1:1-1:8\n    operand: E_NAME x @1:7-1:8\n");
}

static void test_power_and_unary(void **state)
{
    (void)state;
    assert_dump("-2**-1\n",
                "body[0]: S_EXPR @1:1-1:7\n"
                "  value: E_UNARY USub @1:1-1:7\n"
                "    operand: E_BINOP Pow @1:2-1:7\n"
                "      left: E_INT 2 @1:2-1:3\n"
                "      right: E_UNARY USub @1:5-1:7\n"
                "        operand: E_INT 1 @1:6-1:7\n");
    assert_dump("not a in b\n",
                "body[0]: S_EXPR @1:1-1:11\n"
                "  value: E_UNARY Not @1:1-1:11\n"
                "    operand: E_COMPARE In @1:5-1:11\n"
                "      left: E_NAME a @1:5-1:6\n"
                "      rest[0]: E_NAME b @1:10-1:11\n");
}

/* ---- errors -------------------------------------------------------------- */

static void test_target_errors(void **state)
{
    (void)state;
    assert_parse_error("1 = x\n", "error: 1:1: cannot assign to literal here. Maybe you meant '==' instead of '='?");
    assert_parse_error("f() = 1\n", "error: 1:1: cannot assign to function call here. Maybe you meant '==' instead of '='?");
    assert_parse_error("f() += 1\n", "error: 1:1: 'function call' is an illegal expression for augmented assignment");
    assert_parse_error("del f()\n", "error: 1:5: cannot delete function call");
    assert_parse_error("for x.y() in z: pass\n", "error: 1:5: cannot assign to function call");
    assert_parse_error("with a as (b, c()): pass\n", "error: 1:15: cannot assign to function call");
    assert_parse_error("[x for f() in y]\n", "error: 1:8: cannot assign to function call");
    assert_parse_error("x = 1 = 2\n", "error: 1:5: cannot assign to literal");
    assert_parse_error("*a = 1\n", "error: 1:1: starred assignment target must be in a list or tuple");
    assert_parse_error("a, *b, *c = 1\n", "error: 1:1: multiple starred expressions in assignment");
    assert_parse_error("x = *a\n", "error: 1:5: can't use starred expression here");
    assert_parse_error("(a.b := 1)\n", "error: 1:2: cannot use assignment expressions with attribute");
}

static void test_call_and_param_errors(void **state)
{
    (void)state;
    assert_parse_error("f(a=1, b)\n", "error: 1:9: positional argument follows keyword argument");
    assert_parse_error("f(**a, b)\n", "error: 1:9: positional argument follows keyword argument unpacking");
    assert_parse_error("f(**a, *b)\n", "error: 1:8: iterable argument unpacking follows keyword argument unpacking");
    assert_parse_error("f(x=1, x=2)\n", "error: 1:8: keyword argument repeated: x");
    assert_parse_error("f(1, x for x in y)\n", "error: 1:6: Generator expression must be parenthesized");
    assert_parse_error("def f(a=1, b): pass\n", "error: 1:12: non-default argument follows default argument");
    assert_parse_error("def f(x, y, x): pass\n", "error: 1:13: duplicate argument 'x' in function definition");
    assert_parse_error("lambda x, **x: 0\n", "error: 1:13: duplicate argument 'x' in function definition");
    assert_parse_error("def f(*): pass\n", "error: 1:7: named arguments must follow bare *");
    assert_parse_error("try:\n  pass\nexcept A, B:\n  pass\n", "error: 3:8: multiple exception types must be parenthesized");
}

static void test_block_errors(void **state)
{
    (void)state;
    assert_parse_error("if x\n  pass\n", "error: 1:5: expected ':'");
    assert_parse_error("x = 1\nif x:\n  y\n  if z:\n  w\n",
                       "error: 5:3: expected an indented block after 'if' statement on line 4");
    assert_parse_error("class A:\npass\n", "error: 2:1: expected an indented block after class definition on line 1");
    assert_parse_error("async def f():\npass\n", "error: 2:1: expected an indented block after function definition on line 1");
    assert_parse_error("x = 1\n  y = 2\n", "error: 2:3: unexpected indent");
    assert_parse_error("try:\n  x\ny\n", "error: 3:1: expected 'except' or 'finally' block");
    assert_parse_error("x = (1,\n", "error: 1:5: '(' was never closed");
    assert_parse_error("if x = 1: pass\n", "error: 1:4: invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    assert_parse_error("x = 1 +\n", "error: 1:8: invalid syntax");
}

static void test_unsupported_constructs(void **state)
{
    (void)state;
    assert_parse_error("@d\ndef f(): pass\n", "error: 1:1: decorators are not supported");
    assert_parse_error("class A:\n  @property\n  def f(self): pass\n", "error: 2:3: decorators are not supported");
    assert_parses("x = a @ b\nx @= c\n");   /* matrix multiplication is an operator, not a decorator */
    assert_parse_error("async def f():\n  async for x in y: pass\n", "error: 2:3: 'async for' is not supported");
    assert_parse_error("async def f(): return [x async for x in y]\n", "error: 1:26: 'async for' is not supported");
    assert_parse_error("def f(): yield 1\n", "error: 1:10: 'yield' is not supported");
    assert_parse_error("x = (yield)\n", "error: 1:6: 'yield' is not supported");
    assert_parse_error("try:\n  pass\nexcept* E:\n  pass\n", "error: 3:1: 'except*' is not supported");
}

static void test_incomplete_flag(void **state)
{
    (void)state;
    assert_true(incomplete("if x:\n"));
    assert_true(incomplete("if x:"));
    assert_true(incomplete("def f():\n  if y:\n"));
    assert_true(incomplete("x = (1,\n"));
    assert_true(incomplete("x = '''\n"));
    assert_true(incomplete("x = 1 + \\\n"));
    assert_true(incomplete("try:\n  x\n"));
    assert_true(incomplete("for x in y:\n  pass\nelse:\n"));
    assert_false(incomplete("x = 1 +\n"));
    assert_false(incomplete("x = )\n"));
    assert_false(incomplete("x = 'abc\n"));
    assert_false(incomplete("if x pass\n"));
}

/* ---- torture ------------------------------------------------------------- */

static void assert_too_deep(const char *prefix, const char *unit, size_t n, const char *suffix)
{
    char *src = repeat(prefix, unit, n, suffix);
    char *got = parse_string(src, NULL);
    assert_non_null(strstr(got, "too many nested expressions"));
    free(got);
    free(src);
}

static void test_long_flat_chains_parse(void **state)
{
    (void)state;
    char *src = repeat("x = a", " < a", 100000, "\n");      /* one E_COMPARE */
    assert_parses(src);
    free(src);
    src = repeat("x = a", " or a", 100000, "\n");           /* one E_BOOLOP */
    assert_parses(src);
    free(src);
    src = repeat("if a: pass\n", "elif a: pass\n", 20000, "else: pass\n");
    char *got = parse_string(src, NULL);                       /* elif nests, so this is deep */
    assert_non_null(strstr(got, "too many nested expressions"));
    free(got);
    free(src);
}

static void test_deep_trees_are_rejected(void **state)
{
    (void)state;
    assert_too_deep("x = ", "a+", 100000, "a\n");
    assert_too_deep("x = ", "-", 100000, "a\n");
    assert_too_deep("x = f", "()", 100000, "\n");
    assert_too_deep("x = a", ".b", 100000, "\n");
    assert_too_deep("x = a", "[0]", 100000, "\n");
    assert_too_deep("x = ", "not ", 100000, "a\n");
    assert_too_deep("x = ", "2**", 100000, "2\n");
    assert_too_deep("x = ", "lambda: ", 100000, "0\n");
    assert_too_deep("x = ", "a if b else ", 100000, "c\n");
}

static void test_depth_limit_boundary(void **state)
{
    (void)state;
    char *src = repeat("x = ", "-", PARSE_MAX_DEPTH - 3, "a\n");   /* S_ASSIGN + unaries + E_NAME */
    char *got = parse_string(src, NULL);
    assert_null(strstr(got, "error"));
    free(got);
    free(src);
    src = repeat("x = ", "-", PARSE_MAX_DEPTH - 1, "a\n");
    got = parse_string(src, NULL);
    assert_string_equal(got, "error: 1:1004: too many nested expressions");
    free(got);
    free(src);
}

static void test_nesting_limits(void **state)
{
    (void)state;
    char *src = repeat("x = ", "(", 500, "");
    char *got = parse_string(src, NULL);
    assert_string_equal(got, "error: 1:205: too many nested parentheses");
    free(got);
    free(src);

    Text t = {0};
    for (int i = 0; i < 150; i++) {
        for (int j = 0; j < i; j++)
            text_add(&t, "  ", 2);
        text_add(&t, "if x:\n", 6);
    }
    got = parse_string(t.s, NULL);
    assert_string_equal(got, "error: 101:201: too many levels of indentation");
    free(got);
    free(t.s);

    Text f = {0};
    for (int i = 0; i < 50; i++)
        text_add(&f, "f'{", 3);
    text_add(&f, "x", 1);
    for (int i = 0; i < 50; i++)
        text_add(&f, "}'", 2);
    got = parse_string(f.s, NULL);
    assert_string_equal(got, "error: 1:61: f-string: expressions nested too deeply");
    free(got);
    free(f.s);
}

static void test_legal_deep_nesting(void **state)
{
    (void)state;
    Text t = {0};
    for (int i = 0; i < 99; i++) {
        for (int j = 0; j < i; j++)
            text_add(&t, " ", 1);
        text_add(&t, "if x:\n", 6);
    }
    for (int j = 0; j < 99; j++)
        text_add(&t, " ", 1);
    char *call = repeat("y = ", "f(a, ", 199, "1");
    text_add(&t, call, strlen(call));
    for (int i = 0; i < 199; i++)
        text_add(&t, ")", 1);
    text_add(&t, "\n", 1);
    assert_parses(t.s);
    free(call);
    free(t.s);

    Text f = {0};
    for (int i = 0; i < LEX_MAX_FSTRING; i++)
        text_add(&f, "f'{", 3);
    text_add(&f, "x", 1);
    for (int i = 0; i < LEX_MAX_FSTRING; i++)
        text_add(&f, "}'", 2);
    assert_parses(f.s);
    free(f.s);
}

static void test_huge_inputs(void **state)
{
    (void)state;
    char *src = repeat("x = [", "1,", 500000, "]\n");            /* a 1 MB line */
    assert_parses(src);
    free(src);
    src = repeat("x = '", "a", 1000000, "'\n");
    assert_parses(src);
    free(src);
    src = repeat("x = ", "'a' ", 250000, "\n");                 /* many adjacent literals */
    assert_parses(src);
    free(src);
    src = repeat("def f(", "a, ", 1, "b): pass\n");
    assert_parses(src);
    free(src);
    src = repeat("if x:\n", "    y = 1\n", 100000, "");
    assert_parses(src);
    free(src);
}

static void test_many_names_stay_linear(void **state)
{
    (void)state;
    Text t = {0};
    text_add(&t, "f(", 2);
    for (int i = 0; i < 50000; i++)
        text_printf(&t, "k%d=1, ", i);
    text_add(&t, ")\n", 2);
    assert_parses(t.s);
    t.len = 0;
    text_add(&t, "def f(", 6);
    for (int i = 0; i < 50000; i++)
        text_printf(&t, "p%d, ", i);
    text_add(&t, "): pass\n", 8);
    assert_parses(t.s);
    t.len = 0;
    text_add(&t, "import a", 8);
    for (int i = 0; i < 50000; i++)
        text_add(&t, ".b", 2);
    text_add(&t, "\n", 1);
    assert_parses(t.s);
    free(t.s);
}

static void test_bad_bytes(void **state)
{
    (void)state;
    assert_parse_error("x = 1 \xff\n", "error: 1:7: invalid UTF-8 byte 0xFF");
    assert_parse_error("x = '\xed\xa0\x80'\n", "error: 1:6: invalid UTF-8 byte 0xED");
    assert_parse_error("x = '\\ud800'\n", "error: 1:5: (unicode error) 'unicodeescape' codec can't decode bytes in "
                                          "position 0-5: surrogate code points are not supported");
    char *got = parse_string_n("x = 1\0\ny = 2\n", 12, NULL);
    assert_string_equal(got, "error: 1:6: invalid non-printable character U+0000");
    free(got);
}

/* Every allocation failing in turn: no crash, no leak, "out of memory". */
static void test_out_of_memory(void **state)
{
    (void)state;
    const char *src = "def f(a, *b, **c):\n    return [x for x in a if x] + f'{b!r:>{c}}'\n"
                      "class A(B):\n    x: int = 1\n";
    CountingAlloc probe = {.fail_after = -1};
    ParseResult result;
    SyntaxError err;
    assert_true(parse_source(counting_alloc, &probe, src, strlen(src), &result, &err));
    parse_result_free(&result);
    assert_int_equal(probe.live_blocks, 0);
    for (long i = 0; i < probe.allocations; i++) {
        CountingAlloc c = {.fail_after = i};
        assert_false(parse_source(counting_alloc, &c, src, strlen(src), &result, &err));
        assert_string_equal(err.msg, "out of memory");
        assert_int_equal(c.live_blocks, 0);
        assert_null(result.body);
    }
}

static void test_default_allocator(void **state)
{
    (void)state;
    ParseResult result;
    SyntaxError err;
    assert_true(parse_source(NULL, NULL, "x = 1\n", 6, &result, &err));
    assert_int_equal(result.body->len, 1);
    assert_int_equal(result.body->items[0]->kind, S_ASSIGN);
    parse_result_free(&result);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_module),
        cmocka_unit_test(test_elif_is_nested_if),
        cmocka_unit_test(test_genexp_argument_spans_call_parens),
        cmocka_unit_test(test_string_concatenation),
        cmocka_unit_test(test_fstring_debug_parts),
        cmocka_unit_test(test_fstring_pep701),
        cmocka_unit_test(test_lambda_and_params),
        cmocka_unit_test(test_targets_and_slices),
        cmocka_unit_test(test_async_statements),
        cmocka_unit_test(test_power_and_unary),
        cmocka_unit_test(test_target_errors),
        cmocka_unit_test(test_call_and_param_errors),
        cmocka_unit_test(test_block_errors),
        cmocka_unit_test(test_unsupported_constructs),
        cmocka_unit_test(test_incomplete_flag),
        cmocka_unit_test(test_long_flat_chains_parse),
        cmocka_unit_test(test_deep_trees_are_rejected),
        cmocka_unit_test(test_depth_limit_boundary),
        cmocka_unit_test(test_nesting_limits),
        cmocka_unit_test(test_legal_deep_nesting),
        cmocka_unit_test(test_huge_inputs),
        cmocka_unit_test(test_many_names_stay_linear),
        cmocka_unit_test(test_bad_bytes),
        cmocka_unit_test(test_out_of_memory),
        cmocka_unit_test(test_default_allocator),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
