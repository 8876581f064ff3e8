/* front_lexer.c - unit tests of the lexer (lexer.h): tokens and values,
 * layout (INDENT/DEDENT/NEWLINE), brackets, f-string token streams,
 * errors with their exact positions and messages, and torture inputs. */
#include "front_util.h"

/* ---- basics ------------------------------------------------------------ */

static void test_empty_and_blank(void **state)
{
    (void)state;
    assert_tokens("", "EOF");
    assert_tokens("\n\n\n", "EOF");
    assert_tokens("# only a comment", "EOF");
    assert_tokens("   # indented comment\n\n\t\n", "EOF");
    assert_tokens("  \n", "EOF");
}

static void test_simple_statement(void **state)
{
    (void)state;
    assert_token_positions("x = 1\n", "1:1:NAME:x 1:3:ASSIGN 1:5:INT:1 1:6:NEWLINE 2:1:EOF");
    assert_token_positions("x = 1", "1:1:NAME:x 1:3:ASSIGN 1:5:INT:1 1:6:NEWLINE 1:6:EOF");
}

static void test_keywords_and_names(void **state)
{
    (void)state;
    assert_tokens("False None True and as assert async await break class continue def del elif else",
                  "FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE NEWLINE EOF");
    assert_tokens("except finally for from global if import in is lambda nonlocal not or pass raise",
                  "EXCEPT FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE NEWLINE EOF");
    assert_tokens("return try while with yield", "RETURN TRY WHILE WITH YIELD NEWLINE EOF");
    assert_tokens("match case _ print Iff ifx _if",
                  "NAME:match NAME:case NAME:_ NAME:print NAME:Iff NAME:ifx NAME:_if NEWLINE EOF");
}

static void test_operators(void **state)
{
    (void)state;
    assert_tokens("+ - * / // % ** @ ~ & | ^ << >> < > <= >= == != = :=",
                  "PLUS MINUS STAR SLASH DSLASH PERCENT DSTAR AT TILDE AMP PIPE CARET LSHIFT RSHIFT LT GT LE GE "
                  "EQEQ NE ASSIGN COLONEQ NEWLINE EOF");
    assert_tokens("+= -= *= /= //= %= **= @= &= |= ^= <<= >>=",
                  "PLUSEQ MINUSEQ STAREQ SLASHEQ DSLASHEQ PERCENTEQ DSTAREQ ATEQ AMPEQ PIPEEQ CARETEQ LSHIFTEQ "
                  "RSHIFTEQ NEWLINE EOF");
    assert_tokens("( ) [ ] { } , : . ; -> ...",
                  "LPAREN RPAREN LBRACKET RBRACKET LBRACE RBRACE COMMA COLON DOT SEMI ARROW ELLIPSIS NEWLINE EOF");
    assert_tokens("a.b....c", "NAME:a DOT NAME:b ELLIPSIS DOT NAME:c NEWLINE EOF");
}

/* ---- numbers ----------------------------------------------------------- */

static void test_integers(void **state)
{
    (void)state;
    assert_tokens("0 12 1_000_000 00 0_0", "INT:0 INT:12 INT:1000000 INT:0 INT:0 NEWLINE EOF");
    assert_tokens("0xff 0XFF 0x_f_f 0o17 0O7_7 0b101 0B1_0", "INT:255 INT:255 INT:255 INT:15 INT:63 INT:5 INT:2 NEWLINE EOF");
    assert_tokens("9223372036854775807 0x7fffffffffffffff",
                  "INT:9223372036854775807 INT:9223372036854775807 NEWLINE EOF");
    /* 2**63 lexes (as INT64_MIN) so that -9223372036854775808 can be written;
     * the parser folds the minus, the compiler rejects it without one */
    assert_tokens("-9223372036854775808", "MINUS INT:-9223372036854775808 NEWLINE EOF");
    assert_tokens("x = 9223372036854775809", "NAME:x ASSIGN ERROR(1:5: integer literal is too large)");
    assert_tokens("0xffffffffffffffff", "ERROR(1:1: integer literal is too large)");
    assert_tokens("99999999999999999999999999", "ERROR(1:1: integer literal is too large)");
    assert_tokens("1if x else 2", "INT:1 IF NAME:x ELSE INT:2 NEWLINE EOF");
    assert_tokens("[0x1for x in y]", "LBRACKET INT:31 OR NAME:x IN NAME:y RBRACKET NEWLINE EOF");
}

static void test_floats(void **state)
{
    (void)state;
    assert_tokens("1.5 .5 1. 1e-3 1E+3 1_0.5e+2 09.5 0e0 1e500",
                  "FLOAT:1.5 FLOAT:0.5 FLOAT:1 FLOAT:0.001 FLOAT:1000 FLOAT:1050 FLOAT:9.5 FLOAT:0 FLOAT:inf NEWLINE EOF");
    assert_tokens("1.2.3", "FLOAT:1.2 FLOAT:0.29999999999999999 NEWLINE EOF");
}

static void test_number_errors(void **state)
{
    (void)state;
    assert_tokens("x = 0777", "NAME:x ASSIGN ERROR(1:5: leading zeros in decimal integer literals are not permitted; "
                              "use an 0o prefix for octal integers)");
    assert_tokens("1__0", "ERROR(1:2: invalid decimal literal)");
    assert_tokens("1_", "ERROR(1:2: invalid decimal literal)");
    assert_tokens("5a", "ERROR(1:2: invalid decimal literal)");
    assert_tokens("1e", "ERROR(1:2: invalid decimal literal)");
    assert_tokens("1.5_", "ERROR(1:4: invalid decimal literal)");
    assert_tokens("1.e", "ERROR(1:3: invalid decimal literal)");
    assert_tokens("0x", "ERROR(1:3: invalid hexadecimal literal)");
    assert_tokens("0xfg", "ERROR(1:4: invalid hexadecimal literal)");
    assert_tokens("0b2", "ERROR(1:3: invalid digit '2' in binary literal)");
    assert_tokens("0b12", "ERROR(1:4: invalid digit '2' in binary literal)");
    assert_tokens("0o8", "ERROR(1:3: invalid digit '8' in octal literal)");
    assert_tokens("0b1_", "ERROR(1:4: invalid binary literal)");
    assert_tokens("0o_", "ERROR(1:4: invalid octal literal)");
    assert_tokens("1j", "ERROR(1:1: complex numbers are not supported)");
    assert_tokens("x = 1.5J", "NAME:x ASSIGN ERROR(1:5: complex numbers are not supported)");
    assert_tokens("1_000j", "ERROR(1:1: complex numbers are not supported)");
}

/* ---- strings ------------------------------------------------------------- */

static void test_string_forms(void **state)
{
    (void)state;
    assert_tokens("'a' \"b\" '''c''' \"\"\"d\"\"\" ''", "STRING:\"a\" STRING:\"b\" STRING:\"c\" STRING:\"d\" STRING:\"\" NEWLINE EOF");
    assert_tokens("u'a' U'b' r'c' R'd' b'e' B'f'", "STRING:\"a\" STRING:\"b\" STRING:\"c\" STRING:\"d\" BYTES:\"e\" BYTES:\"f\" NEWLINE EOF");
    assert_tokens("rb'a' Rb'b' bR'c' BR'd' br'e'", "BYTES:\"a\" BYTES:\"b\" BYTES:\"c\" BYTES:\"d\" BYTES:\"e\" NEWLINE EOF");
    assert_tokens("'it''s'", "STRING:\"it\" STRING:\"s\" NEWLINE EOF");
    assert_tokens("'\"' \"'\"", "STRING:\"\\\"\" STRING:\"'\" NEWLINE EOF");
    assert_tokens("'''a''''", "STRING:\"a\" ERROR(1:8: unterminated string literal (detected at line 1))");
    assert_tokens("'''a\nb'''", "STRING:\"a\\nb\" NEWLINE EOF");
    assert_tokens("'''a\r\nb\rc'''", "STRING:\"a\\nb\\nc\" NEWLINE EOF");
    assert_tokens("'''a ' '' b'''", "STRING:\"a ' '' b\" NEWLINE EOF");
}

static void test_string_escapes(void **state)
{
    (void)state;
    assert_tokens("'\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v'",
                  "STRING:\"\\\\ ' \\\" \\x07 \\x08 \\x0c \\n \\x0d \\x09 \\x0b\" NEWLINE EOF");
    assert_tokens("'\\0 \\12 \\141 \\1411 \\777'", "STRING:\"\\x00 \\n a a1 \xc7\xbf\" NEWLINE EOF");
    assert_tokens("'\\x41\\u00e9\\U0001F600'", "STRING:\"A\xc3\xa9\xf0\x9f\x98\x80\" NEWLINE EOF");
    assert_tokens("'\\q \\d \\8 \\{'", "STRING:\"\\\\q \\\\d \\\\8 \\\\{\" NEWLINE EOF");
    assert_tokens("'a\\\nb'", "STRING:\"ab\" NEWLINE EOF");
    assert_tokens("r'a\\\nb'", "STRING:\"a\\\\\\nb\" NEWLINE EOF");
    assert_tokens("r'\\n\\'\\\\'", "STRING:\"\\\\n\\\\'\\\\\\\\\" NEWLINE EOF");
    assert_tokens("b'\\x00\\xff\\777\\u1234\\N{x}'", "BYTES:\"\\x00\xff\xff\\\\u1234\\\\N{x}\" NEWLINE EOF");
}

static void test_string_errors(void **state)
{
    (void)state;
    assert_tokens("x = 'abc", "NAME:x ASSIGN ERROR(1:5: unterminated string literal (detected at line 1))");
    assert_tokens("x = 'abc\ny", "NAME:x ASSIGN ERROR(1:5: unterminated string literal (detected at line 1))");
    assert_tokens("x = '''abc\n\n", "NAME:x ASSIGN ERROR(1:5: unterminated triple-quoted string literal (detected at line 2))");
    assert_tokens("x = \"\"\"abc\ndef", "NAME:x ASSIGN ERROR(1:5: unterminated triple-quoted string literal (detected at line 2))");
    assert_tokens("'\\N{DASH}'", "ERROR(1:1: \\N{...} escapes are not supported)");
    assert_tokens("'\\ud800'", "ERROR(1:1: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: "
                               "surrogate code points are not supported)");
    assert_tokens("'\\U0000DFFF'", "ERROR(1:1: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
                                   "surrogate code points are not supported)");
    assert_tokens("'ab\\U00110000'", "ERROR(1:1: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-11: "
                                     "illegal Unicode character)");
    assert_tokens("'\\x4'", "ERROR(1:1: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
                            "truncated \\xXX escape)");
    assert_tokens("'\\u12'", "ERROR(1:1: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: "
                             "truncated \\uXXXX escape)");
    assert_tokens("'\\U'", "ERROR(1:1: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
                           "truncated \\UXXXXXXXX escape)");
    assert_tokens("b'\\x'", "ERROR(1:1: (value error) invalid \\x escape at position 0)");
    assert_tokens("b'\xc3\xa9'", "ERROR(1:1: bytes can only contain ASCII literal characters)");
    assert_tokens("b'\\\xc3\xa9'", "ERROR(1:1: bytes can only contain ASCII literal characters)");
}

/* ---- layout ---------------------------------------------------------------- */

static void test_indentation(void **state)
{
    (void)state;
    assert_tokens("if x:\n    y\nz\n", "IF NAME:x COLON NEWLINE INDENT NAME:y NEWLINE DEDENT NAME:z NEWLINE EOF");
    assert_tokens("if a:\n  if b:\n    c\nd", "IF NAME:a COLON NEWLINE INDENT IF NAME:b COLON NEWLINE INDENT NAME:c "
                                              "NEWLINE DEDENT DEDENT NAME:d NEWLINE EOF");
    assert_tokens("if a:\n  b", "IF NAME:a COLON NEWLINE INDENT NAME:b NEWLINE DEDENT EOF");
    assert_tokens("if a:\n  b\n\n  # c\n\n  d\n", "IF NAME:a COLON NEWLINE INDENT NAME:b NEWLINE NAME:d NEWLINE DEDENT EOF");
    assert_tokens("if a:\n\tb\n        c\n", "IF NAME:a COLON NEWLINE INDENT NAME:b NEWLINE ERROR(3:9: inconsistent use of tabs and spaces in indentation)");
    assert_tokens("if a:\n        b\n\tc\n", "IF NAME:a COLON NEWLINE INDENT NAME:b NEWLINE ERROR(3:2: inconsistent use of tabs and spaces in indentation)");
    assert_tokens("if a:\n\tb\n\tc\n", "IF NAME:a COLON NEWLINE INDENT NAME:b NEWLINE NAME:c NEWLINE DEDENT EOF");
    assert_tokens("if a:\n  b\n c\n", "IF NAME:a COLON NEWLINE INDENT NAME:b NEWLINE ERROR(3:2: unindent does not match any outer indentation level)");
    assert_tokens(" x", "INDENT NAME:x NEWLINE DEDENT EOF");
    assert_token_positions("if a:\n   b\n", "1:1:IF 1:4:NAME:a 1:5:COLON 1:6:NEWLINE 2:4:INDENT 2:4:NAME:b 2:5:NEWLINE "
                                          "3:1:DEDENT 3:1:EOF");
}

static void test_form_feed_and_line_endings(void **state)
{
    (void)state;
    assert_tokens("x\n\f  y\n", "NAME:x NEWLINE INDENT NAME:y NEWLINE DEDENT EOF");
    assert_tokens("if a:\n    \fb\n", "IF NAME:a COLON NEWLINE NAME:b NEWLINE EOF");
    assert_token_positions("a\r\nb\rc\n", "1:1:NAME:a 1:2:NEWLINE 2:1:NAME:b 2:2:NEWLINE 3:1:NAME:c 3:2:NEWLINE 4:1:EOF");
    assert_token_positions("\xef\xbb\xbfx", "1:1:NAME:x 1:2:NEWLINE 1:2:EOF");
    assert_tokens("if a:\r\n    b\r\n", "IF NAME:a COLON NEWLINE INDENT NAME:b NEWLINE DEDENT EOF");
}

static void test_implicit_and_explicit_joining(void **state)
{
    (void)state;
    assert_tokens("x = (1,\n  2)\n", "NAME:x ASSIGN LPAREN INT:1 COMMA INT:2 RPAREN NEWLINE EOF");
    assert_tokens("x = [\n\n# c\n]\n", "NAME:x ASSIGN LBRACKET RBRACKET NEWLINE EOF");
    assert_tokens("x = 1 + \\\n    2\n", "NAME:x ASSIGN INT:1 PLUS INT:2 NEWLINE EOF");
    assert_tokens("x = 1 + \\", "NAME:x ASSIGN INT:1 PLUS ERROR(1:10: unexpected EOF while parsing)");
    assert_tokens("x = 1 + \\\n", "NAME:x ASSIGN INT:1 PLUS ERROR(2:1: unexpected EOF while parsing)");
    assert_tokens("x = 1 \\ 2", "NAME:x ASSIGN INT:1 ERROR(1:8: unexpected character after line continuation character)");
}

static void test_too_deep_indentation(void **state)
{
    (void)state;
    char *src = NULL;
    Text t = {0};
    for (int i = 0; i < 150; i++) {
        for (int j = 0; j < i; j++)
            text_add(&t, " ", 1);
        text_add(&t, "if x:\n", 6);
    }
    src = t.s;
    char *got = lex_string(src, strlen(src), false);
    assert_non_null(strstr(got, "ERROR(101:101: too many levels of indentation)"));
    free(got);
    free(src);
}

/* ---- brackets ------------------------------------------------------------ */

static void test_brackets(void **state)
{
    (void)state;
    assert_tokens("x = [1)", "NAME:x ASSIGN LBRACKET INT:1 ERROR(1:7: closing parenthesis ')' does not match opening parenthesis '[')");
    assert_tokens("x = [1,\n2)", "NAME:x ASSIGN LBRACKET INT:1 COMMA INT:2 ERROR(2:2: closing parenthesis ')' does not match "
                                "opening parenthesis '[' on line 1)");
    assert_tokens("x = 1)", "NAME:x ASSIGN INT:1 ERROR(1:6: unmatched ')')");
    assert_tokens("}", "ERROR(1:1: unmatched '}')");
    assert_tokens("x = (1,\n", "NAME:x ASSIGN LPAREN INT:1 COMMA ERROR(1:5: '(' was never closed)");
    assert_tokens("f(a, [b,\n {c", "NAME:f LPAREN NAME:a COMMA LBRACKET NAME:b COMMA LBRACE NAME:c ERROR(2:2: '{' was never closed)");
    char *deep = repeat("", "(", 200, "");
    char *got = lex_string(deep, strlen(deep), false);
    assert_non_null(strstr(got, "ERROR(1:200: '(' was never closed)"));
    free(got);
    free(deep);
    deep = repeat("", "(", 201, "");
    got = lex_string(deep, strlen(deep), false);
    assert_non_null(strstr(got, "ERROR(1:201: too many nested parentheses)"));
    free(got);
    free(deep);
}

/* ---- f-strings --------------------------------------------------------------- */

static void test_fstring_stream(void **state)
{
    (void)state;
    assert_tokens("f\"a{x!r:>{w}}b\"",
                  "FSTRING_START FSTRING_MIDDLE:\"a\" FEXPR_START NAME:x FCONV:r FSPEC FSTRING_MIDDLE:\">\" "
                  "FEXPR_START NAME:w FEXPR_END FEXPR_END FSTRING_MIDDLE:\"b\" FSTRING_END NEWLINE EOF");
    assert_tokens("f''", "FSTRING_START FSTRING_END NEWLINE EOF");
    assert_tokens("f'{{}}{{x}}'", "FSTRING_START FSTRING_MIDDLE:\"{}{x}\" FSTRING_END NEWLINE EOF");
    assert_tokens("f'{x}'", "FSTRING_START FEXPR_START NAME:x FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("F'a\\n{x:\\t}'", "FSTRING_START FSTRING_MIDDLE:\"a\\n\" FEXPR_START NAME:x FSPEC "
                                    "FSTRING_MIDDLE:\"\\x09\" FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("rf'\\n{x}\\{y}'", "FSTRING_START FSTRING_MIDDLE:\"\\\\n\" FEXPR_START NAME:x FEXPR_END "
                                     "FSTRING_MIDDLE:\"\\\\\" FEXPR_START NAME:y FEXPR_END FSTRING_END NEWLINE EOF");
    assert_token_positions("f'a{x}b'", "1:1:FSTRING_START 1:3:FSTRING_MIDDLE:\"a\" 1:4:FEXPR_START 1:5:NAME:x "
                                       "1:6:FEXPR_END 1:7:FSTRING_MIDDLE:\"b\" 1:8:FSTRING_END 1:9:NEWLINE 1:9:EOF");
}

static void test_fstring_debug_and_conversions(void **state)
{
    (void)state;
    assert_tokens("f'{x = }'", "FSTRING_START FEXPR_START NAME:x FEQ:\"x = \" FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{x=!s:>5}'", "FSTRING_START FEXPR_START NAME:x FEQ:\"x=\" FCONV:s FSPEC FSTRING_MIDDLE:\">5\" "
                                  "FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{a + b=}'", "FSTRING_START FEXPR_START NAME:a PLUS NAME:b FEQ:\"a + b=\" FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{x!a}'", "FSTRING_START FEXPR_START NAME:x FCONV:a FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{a!=b}'", "FSTRING_START FEXPR_START NAME:a NE NAME:b FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{a==b}'", "FSTRING_START FEXPR_START NAME:a EQEQ NAME:b FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{x:=5}'", "FSTRING_START FEXPR_START NAME:x FSPEC FSTRING_MIDDLE:\"=5\" FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{(x:=5)}'", "FSTRING_START FEXPR_START LPAREN NAME:x COLONEQ INT:5 RPAREN FEXPR_END FSTRING_END NEWLINE EOF");
}

static void test_fstring_brackets_inside_fields(void **state)
{
    (void)state;
    assert_tokens("f\"{d['a']}\"", "FSTRING_START FEXPR_START NAME:d LBRACKET STRING:\"a\" RBRACKET FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{x[1:2]}'", "FSTRING_START FEXPR_START NAME:x LBRACKET INT:1 COLON INT:2 RBRACKET FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{ {1: 2}[1] }'", "FSTRING_START FEXPR_START LBRACE INT:1 COLON INT:2 RBRACE LBRACKET INT:1 RBRACKET "
                                      "FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{(lambda x: x)(1)}'", "FSTRING_START FEXPR_START LPAREN LAMBDA NAME:x COLON NAME:x RPAREN LPAREN INT:1 "
                                           "RPAREN FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{f(a=1)}'", "FSTRING_START FEXPR_START NAME:f LPAREN NAME:a ASSIGN INT:1 RPAREN FEXPR_END FSTRING_END NEWLINE EOF");
}

static void test_fstring_pep701_quotes(void **state)
{
    (void)state;
    assert_tokens("f\"{\"a\"}\"", "FSTRING_START FEXPR_START STRING:\"a\" FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'{f'{x}'}'", "FSTRING_START FEXPR_START FSTRING_START FEXPR_START NAME:x FEXPR_END FSTRING_END "
                                 "FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f\"\"\"{\nx\n}\"\"\"", "FSTRING_START FEXPR_START NAME:x FEXPR_END FSTRING_END NEWLINE EOF");
    assert_tokens("f'''a\n{x}\nb'''", "FSTRING_START FSTRING_MIDDLE:\"a\\n\" FEXPR_START NAME:x FEXPR_END "
                                      "FSTRING_MIDDLE:\"\\nb\" FSTRING_END NEWLINE EOF");
    assert_tokens("f'{'\\n'}'", "FSTRING_START FEXPR_START STRING:\"\\n\" FEXPR_END FSTRING_END NEWLINE EOF");
}

static char *nested_fstrings(int levels)
{
    Text t = {0};
    for (int i = 0; i < levels; i++)
        text_add(&t, "f'{", 3);
    text_add(&t, "x", 1);
    for (int i = 0; i < levels; i++)
        text_add(&t, "}'", 2);
    return t.s;
}

static void test_fstring_nesting_limit(void **state)
{
    (void)state;
    char *ok = nested_fstrings(LEX_MAX_FSTRING);
    char *got = lex_string(ok, strlen(ok), false);
    assert_null(strstr(got, "ERROR"));
    free(got);
    free(ok);
    char *deep = nested_fstrings(50);
    got = lex_string(deep, strlen(deep), false);
    assert_non_null(strstr(got, "ERROR(1:61: f-string: expressions nested too deeply)"));
    free(got);
    free(deep);
}

static void test_fstring_errors(void **state)
{
    (void)state;
    assert_tokens("f'{}'", "FSTRING_START ERROR(1:4: f-string: empty expression not allowed)");
    assert_tokens("f'{ }'", "FSTRING_START ERROR(1:5: f-string: empty expression not allowed)");
    assert_tokens("f'{!r}'", "FSTRING_START ERROR(1:4: f-string: expression required before '!')");
    assert_tokens("f'}'", "FSTRING_START ERROR(1:3: f-string: single '}' is not allowed)");
    assert_tokens("f'{x!z}'", "FSTRING_START FEXPR_START NAME:x ERROR(1:6: f-string: invalid conversion character: "
                              "expected 's', 'r', or 'a')");
    assert_tokens("f'{x!}'", "FSTRING_START FEXPR_START NAME:x ERROR(1:6: f-string: invalid conversion character: "
                             "expected 's', 'r', or 'a')");
    assert_tokens("f'{x!r=}'", "FSTRING_START FEXPR_START NAME:x ERROR(1:7: f-string: expecting '}')");
    assert_tokens("f'{x:abc'", "FSTRING_START FEXPR_START NAME:x FSPEC ERROR(1:9: f-string: expecting '}')");
    assert_tokens("f'{x'", "FSTRING_START FEXPR_START NAME:x ERROR(1:5: f-string: expecting '}')");
    assert_tokens("f'{#}'", "FSTRING_START FEXPR_START ERROR(1:4: f-string expression part cannot include '#')");
    assert_tokens("f'{x\\\n}'", "FSTRING_START FEXPR_START NAME:x ERROR(1:5: f-string expression part cannot include a backslash)");
    assert_tokens("f'{x:{y:{z}}}'", "FSTRING_START FEXPR_START NAME:x FSPEC FEXPR_START NAME:y FSPEC "
                                    "ERROR(1:9: f-string: expressions nested too deeply)");
    assert_tokens("f'{x)}'", "FSTRING_START FEXPR_START NAME:x ERROR(1:5: f-string: unmatched ')')");
    assert_tokens("f'abc", "FSTRING_START ERROR(1:1: unterminated string literal (detected at line 1))");
    assert_tokens("f'{x\n}'", "FSTRING_START FEXPR_START NAME:x ERROR(1:1: unterminated string literal (detected at line 1))");
    assert_tokens("f'{x", "FSTRING_START FEXPR_START NAME:x ERROR(1:1: unterminated string literal (detected at line 1))");
    assert_tokens("f'''{x", "FSTRING_START FEXPR_START NAME:x ERROR(1:1: unterminated triple-quoted string literal (detected at line 1))");
}

/* ---- characters, UTF-8 and identifiers ------------------------------------ */

static void test_invalid_characters(void **state)
{
    (void)state;
    assert_tokens("x = \xe2\x82\xac", "NAME:x ASSIGN ERROR(1:5: invalid character '\xe2\x82\xac' (U+20AC))");
    assert_tokens("ab\xe2\x82\xac = 1", "ERROR(1:3: invalid character '\xe2\x82\xac' (U+20AC))");
    assert_tokens("x = \xe2\x80\x8b", "NAME:x ASSIGN ERROR(1:5: invalid non-printable character U+200B)");
    assert_tokens("x = \xc2\xa0", "NAME:x ASSIGN ERROR(1:5: invalid non-printable character U+00A0)");
    assert_tokens("x = \x01", "NAME:x ASSIGN ERROR(1:5: invalid non-printable character U+0001)");
    assert_tokens("x = $", "NAME:x ASSIGN ERROR(1:5: invalid syntax)");
    assert_tokens("x = ?", "NAME:x ASSIGN ERROR(1:5: invalid syntax)");
    assert_tokens("x = !a", "NAME:x ASSIGN ERROR(1:5: invalid syntax)");
    assert_tokens("\xd9\xa3 = 1", "ERROR(1:1: invalid character '\xd9\xa3' (U+0663))");
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    assert_tokens("x = \xff", "NAME:x ASSIGN ERROR(1:5: invalid UTF-8 byte 0xFF)");
    assert_tokens("x = \xc0\x80", "NAME:x ASSIGN ERROR(1:5: invalid UTF-8 byte 0xC0)");
    assert_tokens("x = \xed\xa0\x80", "NAME:x ASSIGN ERROR(1:5: invalid UTF-8 byte 0xED)");
    assert_tokens("x = 'a\xff'", "NAME:x ASSIGN ERROR(1:7: invalid UTF-8 byte 0xFF)");
    assert_tokens("# \xff\n", "ERROR(1:3: invalid UTF-8 byte 0xFF)");
    assert_tokens("\xe2\x82", "ERROR(1:1: invalid UTF-8 byte 0xE2)");
    assert_tokens("x\x80", "NAME:x ERROR(1:2: invalid UTF-8 byte 0x80)");
    assert_tokens_n("x = 1\0 + 2", 10, "NAME:x ASSIGN INT:1 ERROR(1:6: invalid non-printable character U+0000)");
    assert_tokens_n("x = '\0'", 7, "NAME:x ASSIGN ERROR(1:6: invalid non-printable character U+0000)");
    assert_tokens_n("# a\0b\nx", 7, "ERROR(1:4: invalid non-printable character U+0000)");
}

static void test_unicode_identifiers(void **state)
{
    (void)state;
    assert_tokens("caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac", "NAME:caf\xc3\xa9 NAME:\xe6\x97\xa5\xe6\x9c\xac NEWLINE EOF");
    assert_tokens("\xef\xac\x81le \xe2\x84\x8c", "NAME:file NAME:H NEWLINE EOF");     /* NFKC: ﬁ -> fi, ℌ -> H */
    assert_tokens("e\xcc\x81", "NAME:\xc3\xa9 NEWLINE EOF");                          /* e + combining acute -> é */
    assert_token_positions("\xc3\xa9t\xc3\xa9 = '\xe6\x97\xa5' + x", "1:1:NAME:\xc3\xa9t\xc3\xa9 1:5:ASSIGN "
                                                                      "1:7:STRING:\"\xe6\x97\xa5\" 1:11:PLUS 1:13:NAME:x "
                                                                      "1:14:NEWLINE 1:14:EOF");
}

/* ---- REPL support and line text ------------------------------------------- */

static bool incomplete_after_lexing(const char *src)
{
    Arena arena;
    CountingAlloc counter = {.fail_after = -1};
    arena_init(&arena, counting_alloc, &counter);
    Lexer *lx = lexer_new(&arena, src, strlen(src));
    Token t;
    LexError e;
    int type;
    while ((type = lexer_next(lx, &t, &e)) != 0 && type != TK_LEX_ERROR) {
    }
    bool incomplete = lexer_at_incomplete_eof(lx);
    arena_free(&arena);
    return incomplete;
}

static void test_incomplete_eof(void **state)
{
    (void)state;
    assert_true(incomplete_after_lexing("x = (1,\n"));
    assert_true(incomplete_after_lexing("x = '''abc\n"));
    assert_true(incomplete_after_lexing("if x:\n"));
    assert_true(incomplete_after_lexing("x = 1 + \\\n"));
    assert_true(incomplete_after_lexing("f'''{x\n"));
    assert_false(incomplete_after_lexing("x = 1\n"));
    assert_false(incomplete_after_lexing("x = 'abc\n"));
    assert_false(incomplete_after_lexing("x = )\n"));
    assert_false(incomplete_after_lexing("if x: pass\n"));
}

static void test_line_text(void **state)
{
    (void)state;
    const char *src = "one\ntwo\r\nthree\rfour";
    size_t n;
    const char *p = lexer_line_text(src, strlen(src), 1, &n);
    assert_int_equal(n, 3);
    assert_memory_equal(p, "one", 3);
    p = lexer_line_text(src, strlen(src), 2, &n);
    assert_int_equal(n, 3);
    assert_memory_equal(p, "two", 3);
    p = lexer_line_text(src, strlen(src), 3, &n);
    assert_int_equal(n, 5);
    assert_memory_equal(p, "three", 5);
    p = lexer_line_text(src, strlen(src), 4, &n);
    assert_int_equal(n, 4);
    assert_memory_equal(p, "four", 4);
    p = lexer_line_text(src, strlen(src), 9, &n);
    assert_int_equal(n, 0);
}

static void test_error_is_sticky(void **state)
{
    (void)state;
    Arena arena;
    CountingAlloc counter = {.fail_after = -1};
    arena_init(&arena, counting_alloc, &counter);
    const char *src = "x = $ y";
    Lexer *lx = lexer_new(&arena, src, strlen(src));
    Token t;
    LexError e;
    assert_int_equal(lexer_next(lx, &t, &e), TK_NAME);
    assert_int_equal(lexer_next(lx, &t, &e), TK_ASSIGN);
    assert_int_equal(lexer_next(lx, &t, &e), TK_LEX_ERROR);
    memset(&e, 0, sizeof e);
    assert_int_equal(lexer_next(lx, &t, &e), TK_LEX_ERROR);
    assert_string_equal(e.msg, "invalid syntax");
    arena_free(&arena);
}

static void test_eof_repeats(void **state)
{
    (void)state;
    Arena arena;
    CountingAlloc counter = {.fail_after = -1};
    arena_init(&arena, counting_alloc, &counter);
    const char *src = "if x:\n  y";
    Lexer *lx = lexer_new(&arena, src, strlen(src));
    Token t;
    LexError e;
    int types[16], n = 0;
    for (int i = 0; i < 10; i++)
        types[n++] = lexer_next(lx, &t, &e);
    int want[] = {TK_IF, TK_NAME, TK_COLON, TK_NEWLINE, TK_INDENT, TK_NAME, TK_NEWLINE, TK_DEDENT, 0, 0};
    assert_memory_equal(types, want, sizeof want);
    arena_free(&arena);
}

/* ---- torture ------------------------------------------------------------- */

static void test_megabyte_line(void **state)
{
    (void)state;
    char *src = repeat("x = ", "a+", 500000, "a");
    char *got = lex_string(src, strlen(src), true);
    assert_non_null(strstr(got, "1:1000005:NAME:a 1:1000006:NEWLINE 1:1000006:EOF"));
    free(got);
    free(src);
    src = repeat("x = '", "\xc3\xa9", 500000, "'");
    Arena arena;
    CountingAlloc counter = {.fail_after = -1};
    arena_init(&arena, counting_alloc, &counter);
    Lexer *lx = lexer_new(&arena, src, strlen(src));
    Token t;
    LexError e;
    lexer_next(lx, &t, &e);
    lexer_next(lx, &t, &e);
    assert_int_equal(lexer_next(lx, &t, &e), TK_STRING);
    assert_int_equal(t.v.str.len, 1000000);
    assert_int_equal(lexer_next(lx, &t, &e), TK_NEWLINE);
    assert_int_equal(t.col, 500007);
    arena_free(&arena);
    free(src);
}

static void test_many_lines(void **state)
{
    (void)state;
    char *src = repeat("", "x = 1\n", 100000, "");
    char *got = lex_string(src, strlen(src), true);
    assert_non_null(strstr(got, "100000:1:NAME:x 100000:3:ASSIGN 100000:5:INT:1 100000:6:NEWLINE 100001:1:EOF"));
    free(got);
    free(src);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_and_blank),
        cmocka_unit_test(test_simple_statement),
        cmocka_unit_test(test_keywords_and_names),
        cmocka_unit_test(test_operators),
        cmocka_unit_test(test_integers),
        cmocka_unit_test(test_floats),
        cmocka_unit_test(test_number_errors),
        cmocka_unit_test(test_string_forms),
        cmocka_unit_test(test_string_escapes),
        cmocka_unit_test(test_string_errors),
        cmocka_unit_test(test_indentation),
        cmocka_unit_test(test_form_feed_and_line_endings),
        cmocka_unit_test(test_implicit_and_explicit_joining),
        cmocka_unit_test(test_too_deep_indentation),
        cmocka_unit_test(test_brackets),
        cmocka_unit_test(test_fstring_stream),
        cmocka_unit_test(test_fstring_debug_and_conversions),
        cmocka_unit_test(test_fstring_brackets_inside_fields),
        cmocka_unit_test(test_fstring_pep701_quotes),
        cmocka_unit_test(test_fstring_nesting_limit),
        cmocka_unit_test(test_fstring_errors),
        cmocka_unit_test(test_invalid_characters),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_unicode_identifiers),
        cmocka_unit_test(test_incomplete_eof),
        cmocka_unit_test(test_line_text),
        cmocka_unit_test(test_error_is_sticky),
        cmocka_unit_test(test_eof_repeats),
        cmocka_unit_test(test_megabyte_line),
        cmocka_unit_test(test_many_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
