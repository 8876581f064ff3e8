/* vm_run.c - what aster_run_string/aster_run_file report to a host: the
 * status, aster_exit_code, what goes to the output and error hooks (syntax
 * errors with file:line:col, tracebacks), sys.exit. */
#include "vm_util.h"

static int setup(void **state)
{
    *state = host_new();
    return 0;
}

static int teardown(void **state)
{
    host_free(*state);
    return 0;
}

/* ---------------------------------------------------------------- success */

static void test_ok_status(void **state)
{
    Host *h = *state;
    RUN_EXPECT(h, "x = 6 * 7\nprint(x, 'answer', sep=': ')\n", "42: answer\n");
    assert_int_equal(aster_exit_code(h->vm), 0);
}

/* The length argument is what counts: nothing past len is run. */
static void test_run_string_uses_len(void **state)
{
    Host *h = *state;
    const char src[] = "print('first')\nprint('second')\n";
    host_clear(h);
    assert_int_equal(aster_run_string(h->vm, "<t>", src, 15), ASTER_OK);
    assert_string_equal(text_str(&h->out), "first\n");
    host_clear(h);
    assert_int_equal(aster_run_string(h->vm, "<t>", "print(1)", 0), ASTER_OK);
    assert_string_equal(text_str(&h->out), "");
    assert_string_equal(text_str(&h->err), "");
}

/* ... and no NUL terminator is needed: the source ends right before a
 * guard page, so reading src[len] faults. */
ISOLATED_TEST(test_run_string_unterminated, 10)
{
    long page = sysconf(_SC_PAGESIZE);
    char *mem = mmap(NULL, (size_t)page * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ICHECK(mem != MAP_FAILED, "mmap");
    ICHECK(mprotect(mem + page, (size_t)page, PROT_NONE) == 0, "mprotect");
    const char text[] = "print(6 * 7)\n";
    size_t n = sizeof text - 1;
    char *src = mem + page - n;
    memcpy(src, text, n);
    Host *h = ihost_new();
    host_clear(h);
    AsterStatus st = aster_run_string(h->vm, "<t>", src, n);
    ICHECK(st == ASTER_OK && strcmp(text_str(&h->out), "42\n") == 0, "status %d out %s err %s", st,
           text_str(&h->out), text_str(&h->err));
    /* a syntax error right at the end of an unterminated buffer */
    const char bad[] = "x = (1 +";
    src = mem + page - (sizeof bad - 1);
    memcpy(src, bad, sizeof bad - 1);
    st = aster_run_string(h->vm, "<t>", src, sizeof bad - 1);
    ICHECK(st == ASTER_SYNTAX_ERROR, "status %d", st);
    IHOST_FREE(h);
    munmap(mem, (size_t)page * 2);
}

/* ----------------------------------------------------------- syntax errors */

static void test_syntax_error(void **state)
{
    Host *h = *state;
    host_clear(h);
    const char *src = "print('not run')\nif x\n    pass\n";
    assert_int_equal(aster_run_string(h->vm, "prog.as", src, strlen(src)), ASTER_SYNTAX_ERROR);
    /* nothing ran */
    assert_string_equal(text_str(&h->out), "");
    assert_string_equal(text_str(&h->err),
                        "prog.as:2:5: SyntaxError: expected ':'\n"
                        "    if x\n"
                        "        ^\n");
    assert_int_equal(aster_exit_code(h->vm), 2);
}

static void test_syntax_error_unclosed(void **state)
{
    Host *h = *state;
    host_clear(h);
    const char *src = "a = 1\nx = (1 +\ny = 2\n";
    assert_int_equal(aster_run_string(h->vm, "<string>", src, strlen(src)), ASTER_SYNTAX_ERROR);
    assert_string_equal(text_str(&h->err),
                        "<string>:2:5: SyntaxError: '(' was never closed\n"
                        "    x = (1 +\n"
                        "        ^\n");
    assert_int_equal(aster_exit_code(h->vm), 2);
}

/* Errors the compiler (not the parser) finds are syntax errors too. */
static void test_syntax_error_from_compiler(void **state)
{
    Host *h = *state;
    static const char *const bad[] = {
        "return 5\n",
        "break\n",
        "def f():\n    nonlocal q\n",
        "x = 1\ndef g():\n    yield_ = await foo()\n",   /* await outside async def */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        host_clear(h);
        AsterStatus st = aster_run_string(h->vm, "c.as", bad[i], strlen(bad[i]));
        if (st != ASTER_SYNTAX_ERROR) print_error("program %zu: status %d, err: %s\n", i, st, text_str(&h->err));
        assert_int_equal(st, ASTER_SYNTAX_ERROR);
        assert_true(strncmp(text_str(&h->err), "c.as:", 5) == 0);
        assert_contains(&h->err, ": SyntaxError: ");
        assert_int_equal(aster_exit_code(h->vm), 2);
    }
}

/* A tab or a multi-byte character before the error: the caret lines up. */
static void test_syntax_error_caret_utf8(void **state)
{
    Host *h = *state;
    host_clear(h);
    const char *src = "s = 'é' +\n";
    assert_int_equal(aster_run_string(h->vm, "u.as", src, strlen(src)), ASTER_SYNTAX_ERROR);
    assert_contains(&h->err, "u.as:1:");
    assert_contains(&h->err, "    s = 'é' +\n");
}

/* ------------------------------------------------------------- tracebacks */

static void test_runtime_error_traceback(void **state)
{
    Host *h = *state;
    host_clear(h);
    const char *src =
        "def f(x):\n"
        "    return 1 / x\n"
        "def g():\n"
        "    return f(0)\n"
        "print('before')\n"
        "g()\n"
        "print('after')\n";
    assert_int_equal(aster_run_string(h->vm, "<string>", src, strlen(src)), ASTER_ERROR);
    assert_string_equal(text_str(&h->out), "before\n");
    assert_string_equal(text_str(&h->err),
                        "Traceback (most recent call last):\n"
                        "  File \"<string>\", line 6, in <module>\n"
                        "  File \"<string>\", line 4, in g\n"
                        "  File \"<string>\", line 2, in f\n"
                        "ZeroDivisionError: division by zero\n");
    assert_int_equal(aster_exit_code(h->vm), 1);
}

static void test_traceback_chained(void **state)
{
    Host *h = *state;
    host_clear(h);
    const char *src =
        "class AppError(Exception):\n"
        "    pass\n"
        "try:\n"
        "    {}['k']\n"
        "except KeyError as e:\n"
        "    raise AppError('wrapped') from e\n";
    assert_int_equal(aster_run_string(h->vm, "<s>", src, strlen(src)), ASTER_ERROR);
    assert_string_equal(text_str(&h->err),
                        "Traceback (most recent call last):\n"
                        "  File \"<s>\", line 4, in <module>\n"
                        "KeyError: 'k'\n"
                        "\n"
                        "The above exception was the direct cause of the following exception:\n"
                        "\n"
                        "Traceback (most recent call last):\n"
                        "  File \"<s>\", line 6, in <module>\n"
                        "AppError: wrapped\n");
}

/* Through aster_run_file the traceback shows the source lines. */
static void test_run_file_traceback_with_source(void **state)
{
    Host *h = *state;
    char path[] = "/tmp/aster_vm_run_XXXXXX.as";
    int fd = mkstemps(path, 3);
    assert_true(fd >= 0);
    const char *src = "def f(x):\n    return 1/x\n\nf(0)\n";
    assert_int_equal(write(fd, src, strlen(src)), (ssize_t)strlen(src));
    close(fd);
    host_clear(h);
    assert_int_equal(aster_run_file(h->vm, path), ASTER_ERROR);
    char expect[512];
    snprintf(expect, sizeof expect,
             "Traceback (most recent call last):\n"
             "  File \"%s\", line 4, in <module>\n"
             "    f(0)\n"
             "  File \"%s\", line 2, in f\n"
             "    return 1/x\n"
             "ZeroDivisionError: division by zero\n",
             path, path);
    assert_string_equal(text_str(&h->err), expect);
    unlink(path);
}

static void test_run_file_missing(void **state)
{
    Host *h = *state;
    host_clear(h);
    AsterStatus st = aster_run_file(h->vm, "/nonexistent/dir/prog.as");
    assert_int_not_equal(st, ASTER_OK);
    assert_contains(&h->err, "/nonexistent/dir/prog.as");
    assert_int_equal(aster_exit_code(h->vm), 2);
    assert_string_equal(text_str(&h->out), "");
}

static void test_disassemble_to_out_hook(void **state)
{
    Host *h = *state;
    char path[] = "/tmp/aster_vm_dis_XXXXXX.as";
    int fd = mkstemps(path, 3);
    assert_true(fd >= 0);
    const char *src = "def f(x):\n    return x + 1\nprint(f(1))\n";
    assert_int_equal(write(fd, src, strlen(src)), (ssize_t)strlen(src));
    close(fd);
    host_clear(h);
    assert_int_equal(aster_disassemble_file(h->vm, path), ASTER_OK);
    assert_true(h->out.len > 0);            /* the listing went to the out hook */
    assert_string_equal(text_str(&h->err), "");
    assert_contains(&h->out, "== <module> (line 1)");
    assert_contains(&h->out, "== f (line 1)");
    assert_false(strncmp(text_str(&h->out), "2\n", 2) == 0);   /* listed, not run */
    unlink(path);
}

/* An error does not stick: the next run is clean, its exit code 0. */
static void test_error_then_ok(void **state)
{
    Host *h = *state;
    host_clear(h);
    assert_int_equal(host_run(h, "raise ValueError('x')\n"), ASTER_ERROR);
    assert_int_equal(aster_exit_code(h->vm), 1);
    RUN_EXPECT(h, "print('clean')\n", "clean\n");
    /* aster.h: the exit status the program asked for, or 1 after an uncaught
     * exception, 2 after a syntax error - a run that succeeded asked for 0. */
    assert_int_equal(aster_exit_code(h->vm), 0);
}

/* ------------------------------------------------------------- sys.exit */

typedef struct ExitCase {
    const char *src;
    int code;
    const char *out;
    const char *err;
} ExitCase;

static void test_sys_exit_codes(void **state)
{
    Host *h = *state;
    static const ExitCase cases[] = {
        {"import sys\nsys.exit()\n", 0, "", ""},
        {"import sys\nsys.exit(0)\n", 0, "", ""},
        {"import sys\nsys.exit(3)\n", 3, "", ""},
        {"import sys\nsys.exit(None)\n", 0, "", ""},
        {"import sys\nsys.exit('bye')\n", 1, "", "bye\n"},
        {"raise SystemExit(4)\n", 4, "", ""},
        {"exit(5)\n", 5, "", ""},
        {"import sys\ntry:\n    sys.exit(6)\nfinally:\n    print('finally ran')\n", 6, "finally ran\n", ""},
        {"import sys\ndef f():\n    sys.exit(7)\nprint('a')\nf()\nprint('b')\n", 7, "a\n", ""},
        {"import sys\ntry:\n    sys.exit(8)\nexcept SystemExit as e:\n    print('caught', e.code)\n", -1, "caught 8\n", ""},
        {"import sys, asyncio\nasync def main():\n    await asyncio.sleep(0)\n    sys.exit(9)\nasyncio.run(main())\n",
         9, "", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const ExitCase *c = &cases[i];
        host_clear(h);
        AsterStatus st = host_run(h, c->src);
        AsterStatus want = c->code < 0 ? ASTER_OK : ASTER_EXIT;
        if (st != want || strcmp(text_str(&h->err), c->err) != 0)
            print_error("case %zu: status %d, exit %d, stderr: %s\n", i, st, aster_exit_code(h->vm), text_str(&h->err));
        assert_int_equal(st, want);
        if (c->code >= 0) assert_int_equal(aster_exit_code(h->vm), c->code);
        assert_string_equal(text_str(&h->out), c->out);
        assert_string_equal(text_str(&h->err), c->err);
    }
}

/* An uncaught KeyboardInterrupt is an error with the shell's code 130. */
static void test_keyboard_interrupt_exit_code(void **state)
{
    Host *h = *state;
    host_clear(h);
    assert_int_equal(host_run(h, "raise KeyboardInterrupt\n"), ASTER_ERROR);
    assert_int_equal(aster_exit_code(h->vm), 130);
    assert_contains(&h->err, "KeyboardInterrupt\n");
}

/* An exception escaping asyncio.run is reported with the task's frames. */
static void test_async_traceback(void **state)
{
    Host *h = *state;
    host_clear(h);
    const char *src =
        "import asyncio\n"
        "async def inner():\n"
        "    await asyncio.sleep(0)\n"
        "    raise RuntimeError('in task')\n"
        "async def main():\n"
        "    await asyncio.create_task(inner())\n"
        "asyncio.run(main())\n";
    assert_int_equal(aster_run_string(h->vm, "<a>", src, strlen(src)), ASTER_ERROR);
    assert_contains(&h->err, "Traceback (most recent call last):\n");
    assert_contains(&h->err, "  File \"<a>\", line 4, in inner\n");
    assert_contains(&h->err, "RuntimeError: in task\n");
    assert_int_equal(aster_exit_code(h->vm), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_ok_status, setup, teardown),
        cmocka_unit_test_setup_teardown(test_run_string_uses_len, setup, teardown),
        cmocka_unit_test(test_run_string_unterminated),
        cmocka_unit_test_setup_teardown(test_syntax_error, setup, teardown),
        cmocka_unit_test_setup_teardown(test_syntax_error_unclosed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_syntax_error_from_compiler, setup, teardown),
        cmocka_unit_test_setup_teardown(test_syntax_error_caret_utf8, setup, teardown),
        cmocka_unit_test_setup_teardown(test_runtime_error_traceback, setup, teardown),
        cmocka_unit_test_setup_teardown(test_traceback_chained, setup, teardown),
        cmocka_unit_test_setup_teardown(test_run_file_traceback_with_source, setup, teardown),
        cmocka_unit_test_setup_teardown(test_run_file_missing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_disassemble_to_out_hook, setup, teardown),
        cmocka_unit_test_setup_teardown(test_error_then_ok, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sys_exit_codes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_keyboard_interrupt_exit_code, setup, teardown),
        cmocka_unit_test_setup_teardown(test_async_traceback, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, host_group_teardown);
}
