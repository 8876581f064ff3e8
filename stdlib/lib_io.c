/* lib_io.c - files: the open() built-in and the objects it returns
 * (TextIOWrapper for text, BufferedReader / BufferedWriter for binary), and
 * sys.stdin / stdout / stderr, which are the same kind of object over the
 * VM's output writers (so an embedding host receives the text) and the
 * process's standard input.
 *
 * Reads go through a buffer of our own rather than stdio's line functions
 * because text mode translates newlines the way Python's does: with
 * newline=None, "\r\n" and a lone "\r" both end a line and read as "\n".
 * Text is decoded per line or per read, and a line never ends inside a
 * UTF-8 character, so the decoder always sees whole characters. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib.h"

#define NATIVE(name) static Value name(VM *vm, int argc, Value *argv, ObjTuple *kwnames)
#define UNUSED_ARGS (void)argc, (void)argv, (void)kwnames

enum {
    IO_READ = 1, IO_WRITE = 2, IO_BINARY = 4, IO_CLOSED = 8, IO_STD = 16, IO_LAST_WRITE = 32
};

/* How lines end (the newline= argument of open()). */
typedef enum Newline { NL_TRANSLATE, NL_UNIVERSAL, NL_LF, NL_CR, NL_CRLF } Newline;

#define IO_BUFSIZE 8192

typedef struct IOFile {
    FILE *fp;               /* NULL for stdout/stderr (VM writers) and once closed */
    int fd;                 /* 0, 1, 2 for the standard streams */
    uint16_t flags;         /* IO_* */
    uint8_t newline;        /* Newline */
    bool skip_lf;           /* a "\r" was read as "\n": drop a "\n" right after it */
    Value encoding, errors; /* VT_UNDEF: UTF-8, strict */
    char *buf;              /* read buffer: buf[pos..len) not yet consumed */
    size_t pos, len;
} IOFile;

static void io_mark(VM *vm, void *payload) {
    IOFile *f = payload;
    gc_mark_value(vm, f->encoding);
    gc_mark_value(vm, f->errors);
}

static void io_finalize(VM *vm, void *payload) {
    IOFile *f = payload;
    if (f->fp && !(f->flags & IO_STD)) fclose(f->fp);
    f->fp = NULL;
    vm_free_raw(vm, f->buf, f->buf ? IO_BUFSIZE : 0);
    f->buf = NULL;
}

static const CDataType io_ctype = {"file", io_mark, io_finalize, NULL};

static IOFile *file_of(VM *vm, Value self) {
    if (IS_A(self, OT_CDATA) && ((ObjCData *)AS_OBJ(self))->ctype == &io_ctype)
        return (IOFile *)((ObjCData *)AS_OBJ(self))->payload;
    vm_raise(vm, EXC_TypeError, "descriptor requires a file object but received a '%T'", self);
    return NULL;
}

static void set_attr(VM *vm, Value self, const char *name, Value v) {
    dict_set_str(vm, vm_instance_dict(self), str_intern(vm, name, strlen(name)), v);
}

static Value unsupported(VM *vm, const char *what) {
    return vm_raise(vm, EXC_UnsupportedOperation, "%s", what);
}

/* The file of self, checked to be open (and readable / writable). */
static IOFile *open_file(VM *vm, Value self, int need) {
    IOFile *f = file_of(vm, self);
    if (!f) return NULL;
    if (f->flags & IO_CLOSED) {
        vm_raise(vm, EXC_ValueError, "I/O operation on closed file.");
        return NULL;
    }
    if ((need & IO_READ) && !(f->flags & IO_READ)) {
        unsupported(vm, "not readable");
        return NULL;
    }
    if ((need & IO_WRITE) && !(f->flags & IO_WRITE)) {
        unsupported(vm, "not writable");
        return NULL;
    }
    return f;
}

#define FILE_SELF(f, need)                       \
    IOFile *f = open_file(vm, argv[0], (need)); \
    if (!f) return V_EXC

/* ------------------------------------------------------------- reading */

static FILE *read_stream(IOFile *f) { return f->fd == 0 && (f->flags & IO_STD) ? stdin : f->fp; }

/* Switching from writing to reading needs a flush (C stdio's rule). */
static void prepare_read(IOFile *f) {
    if (f->flags & IO_LAST_WRITE) {
        fflush(f->fp);
        f->flags &= (uint16_t)~IO_LAST_WRITE;
    }
}

/* The next byte of the file, or EOF; peek leaves it in the buffer. */
static int peek_byte(VM *vm, IOFile *f) {
    if (f->pos == f->len) {
        if (!f->buf) f->buf = vm_alloc_raw(vm, IO_BUFSIZE);
        FILE *in = read_stream(f);
        /* stdin reads what is available line by line, so prompts interleave */
        f->len = f->fd == 0 && (f->flags & IO_STD) ? (fgets(f->buf, IO_BUFSIZE, in) ? strlen(f->buf) : 0)
                                                   : fread(f->buf, 1, IO_BUFSIZE, in);
        f->pos = 0;
        if (f->len == 0) return EOF;
    }
    return (unsigned char)f->buf[f->pos];
}

static int next_byte(VM *vm, IOFile *f) {
    int c = peek_byte(vm, f);
    if (c != EOF) f->pos++;
    return c;
}

/* The next character-byte of text after newline translation. Sets
 * *line_end when it completes a line. */
static int next_text_byte(VM *vm, IOFile *f, bool *line_end) {
    int c = next_byte(vm, f);
    if (f->skip_lf) {
        f->skip_lf = false;
        if (c == '\n') c = next_byte(vm, f);
    }
    *line_end = false;
    if (f->flags & IO_BINARY) {
        *line_end = c == '\n';
        return c;
    }
    switch ((Newline)f->newline) {
    case NL_TRANSLATE:
        if (c == '\r') {
            f->skip_lf = true;
            c = '\n';
        }
        *line_end = c == '\n';
        break;
    case NL_UNIVERSAL:
        /* "\r\n" stays two bytes; the line ends after the "\n" */
        *line_end = c == '\n' || (c == '\r' && peek_byte(vm, f) != '\n');
        break;
    case NL_LF: *line_end = c == '\n'; break;
    case NL_CR: *line_end = c == '\r'; break;
    case NL_CRLF: *line_end = false; break;   /* read_text looks for the "\r\n" pair */
    }
    return c;
}

/* Whether the byte starts a character (is not a UTF-8 continuation byte). */
static bool starts_char(int c) { return (c & 0xC0) != 0x80; }

static Value finish_read(VM *vm, IOFile *f, StrBuf *b) {
    if (f->flags & IO_BINARY) {
        Value r = v_obj(bytes_new(vm, b->data ? b->data : "", b->len));
        sb_free(b);
        return r;
    }
    Value r = text_decode(vm, (const uint8_t *)(b->data ? b->data : ""), b->len, f->encoding, f->errors);
    sb_free(b);
    return r;
}

/* Up to `limit` characters (bytes in binary mode; < 0: no limit), stopping
 * after a line end if `one_line`. */
static Value read_text(VM *vm, IOFile *f, int64_t limit, bool one_line) {
    prepare_read(f);
    StrBuf b;
    sb_init(&b, vm);
    int64_t count = 0;
    bool counts_bytes = (f->flags & IO_BINARY) != 0;
    for (;;) {
        int p = peek_byte(vm, f);
        if (p == EOF && !f->skip_lf) break;
        if (limit >= 0 && count >= limit && (counts_bytes || starts_char(p))) break;
        bool line_end;
        int c = next_text_byte(vm, f, &line_end);
        if (c == EOF) break;
        if (counts_bytes || starts_char(c)) count++;
        sb_addc(&b, (char)c);
        if (f->newline == NL_CRLF && !counts_bytes && c == '\n' && b.len >= 2 && b.data[b.len - 2] == '\r')
            line_end = true;
        if (one_line && line_end) break;
    }
    return finish_read(vm, f, &b);
}

static bool size_arg(VM *vm, int argc, Value *argv, int64_t *size) {
    *size = -1;
    if (argc < 2 || IS_NONE(argv[1])) return true;
    return !IS_EXC(vm_index_value(vm, argv[1], size));
}

NATIVE(io_read) {
    (void)kwnames;
    FILE_SELF(f, IO_READ);
    int64_t size;
    if (!size_arg(vm, argc, argv, &size)) return V_EXC;
    return read_text(vm, f, size, false);
}

NATIVE(io_readline) {
    (void)kwnames;
    FILE_SELF(f, IO_READ);
    int64_t size;
    if (!size_arg(vm, argc, argv, &size)) return V_EXC;
    return read_text(vm, f, size, true);
}

static size_t value_len(Value v) { return IS_STR(v) ? AS_STR(v)->len : AS_BYTES(v)->len; }

NATIVE(io_readlines) {
    (void)kwnames;
    FILE_SELF(f, IO_READ);
    int64_t hint;
    if (!size_arg(vm, argc, argv, &hint)) return V_EXC;
    ObjList *lines = list_new(vm, 0);
    size_t total = 0;
    for (;;) {
        Value line = read_text(vm, f, -1, true);
        if (IS_EXC(line)) return line;
        if (value_len(line) == 0) break;
        list_append(vm, lines, line);
        total += value_len(line);
        if (hint > 0 && total >= (size_t)hint) break;
    }
    return v_obj(lines);
}

NATIVE(io_iter) {
    UNUSED_ARGS;
    FILE_SELF(f, 0);
    (void)f;
    return argv[0];
}

NATIVE(io_next) {
    UNUSED_ARGS;
    FILE_SELF(f, IO_READ);
    Value line = read_text(vm, f, -1, true);
    if (IS_EXC(line) || value_len(line)) return line;
    return vm_raise_value(vm, exc_new(vm, vm->exc_classes[EXC_StopIteration], NULL));
}

/* ------------------------------------------------------------- writing */

/* Unread buffered input must be given back before writing (C stdio's rule
 * for files open for update). */
static void prepare_write(IOFile *f) {
    if (f->fp && f->pos < f->len) fseek(f->fp, -(long)(f->len - f->pos), SEEK_CUR);
    f->pos = f->len = 0;
    f->flags |= IO_LAST_WRITE;
}

static Value write_bytes(VM *vm, IOFile *f, const char *data, size_t len) {
    if (f->flags & IO_STD) {
        (f->fd == 1 ? vm_write_out : vm_write_err)(vm, data, len);
        return V_NONE;
    }
    prepare_write(f);
    if (len && fwrite(data, 1, len, f->fp) != len) return vm_raise_os_error(vm, errno ? errno : EIO, V_UNDEF);
    return V_NONE;
}

static Value write_text(VM *vm, IOFile *f, ObjStr *s) {
    bool utf8 = IS_UNDEF(f->encoding) || strcmp(codec_canonical(AS_STR(f->encoding)->data), "utf-8") == 0;
    const char *nl = f->newline == NL_CR ? "\r" : f->newline == NL_CRLF ? "\r\n" : NULL;
    if (utf8 && !nl) return write_bytes(vm, f, s->data, s->len);
    ObjStr *text = s;
    if (nl) {
        StrBuf b;
        sb_init(&b, vm);
        for (size_t i = 0; i < s->len; i++) {
            if (s->data[i] == '\n') sb_adds(&b, nl);
            else sb_addc(&b, s->data[i]);
        }
        text = sb_finish(&b);
    }
    if (utf8) return write_bytes(vm, f, text->data, text->len);
    Value enc = str_encode_value(vm, text, f->encoding, f->errors, "write");
    if (IS_EXC(enc)) return enc;
    return write_bytes(vm, f, (const char *)AS_BYTES(enc)->data, AS_BYTES(enc)->len);
}

NATIVE(io_write) {
    UNUSED_ARGS;
    FILE_SELF(f, IO_WRITE);
    Value v = argv[1];
    if (f->flags & IO_BINARY) {
        if (!IS_BYTES(v)) return vm_raise(vm, EXC_TypeError, "a bytes-like object is required, not '%T'", v);
        Value r = write_bytes(vm, f, (const char *)AS_BYTES(v)->data, AS_BYTES(v)->len);
        return IS_EXC(r) ? r : v_int((int64_t)AS_BYTES(v)->len);
    }
    if (!IS_STR(v))
        return vm_raise(vm, EXC_TypeError, "write() argument must be str, not %s", IS_NONE(v) ? "None" : vm_type_name(vm, v));
    Value r = write_text(vm, f, AS_STR(v));
    return IS_EXC(r) ? r : v_int(AS_STR(v)->nchars);
}

NATIVE(io_writelines) {
    UNUSED_ARGS;
    Value it = vm_iter(vm, argv[1]);
    if (IS_EXC(it)) return it;
    for (;;) {
        Value line = vm_next(vm, it);
        if (IS_UNDEF(line) || IS_EXC(line)) return IS_EXC(line) ? line : V_NONE;
        Value args[2] = {argv[0], line};
        if (IS_EXC(io_write(vm, 2, args, NULL))) return V_EXC;
    }
}

NATIVE(io_flush) {
    UNUSED_ARGS;
    FILE_SELF(f, 0);
    if (f->flags & IO_STD) fflush(f->fd == 2 ? stderr : stdout);
    else fflush(f->fp);
    return V_NONE;
}

/* ------------------------------------------------------------ the rest */

static Value close_file(VM *vm, Value self) {
    IOFile *f = file_of(vm, self);
    if (!f) return V_EXC;
    if (f->flags & IO_CLOSED) return V_NONE;
    int failed = 0;
    if (f->fp && !(f->flags & IO_STD)) failed = fclose(f->fp);
    f->fp = NULL;
    f->flags |= IO_CLOSED;
    set_attr(vm, self, "closed", V_TRUE);
    return failed ? vm_raise_os_error(vm, errno ? errno : EIO, V_UNDEF) : V_NONE;
}

NATIVE(io_close) {
    UNUSED_ARGS;
    return close_file(vm, argv[0]);
}

NATIVE(io_enter) {
    UNUSED_ARGS;
    FILE_SELF(f, 0);
    (void)f;
    return argv[0];
}

NATIVE(io_exit) {
    UNUSED_ARGS;
    Value r = close_file(vm, argv[0]);
    return IS_EXC(r) ? r : V_NONE;
}

NATIVE(io_fileno) {
    UNUSED_ARGS;
    FILE_SELF(f, 0);
    return v_int(f->flags & IO_STD ? f->fd : fileno(f->fp));
}

NATIVE(io_isatty) {
    UNUSED_ARGS;
    FILE_SELF(f, 0);
    return v_bool(isatty(f->flags & IO_STD ? f->fd : fileno(f->fp)));
}

NATIVE(io_readable) {
    UNUSED_ARGS;
    FILE_SELF(f, 0);
    return v_bool(f->flags & IO_READ);
}

NATIVE(io_writable) {
    UNUSED_ARGS;
    FILE_SELF(f, 0);
    return v_bool(f->flags & IO_WRITE);
}

NATIVE(io_seekable) {
    UNUSED_ARGS;
    FILE_SELF(f, 0);
    return v_bool(!(f->flags & IO_STD) && ftell(f->fp) >= 0);
}

static long file_tell(IOFile *f) { return ftell(f->fp) - (long)(f->len - f->pos); }

NATIVE(io_tell) {
    UNUSED_ARGS;
    FILE_SELF(f, 0);
    if (f->flags & IO_STD) return unsupported(vm, "underlying stream is not seekable");
    if (f->flags & IO_LAST_WRITE) fflush(f->fp);
    long pos = file_tell(f);
    return pos < 0 ? vm_raise_os_error(vm, errno, V_UNDEF) : v_int(pos);
}

NATIVE(io_seek) {
    (void)kwnames;
    FILE_SELF(f, 0);
    if (f->flags & IO_STD) return unsupported(vm, "underlying stream is not seekable");
    int64_t offset, whence = 0;
    if (IS_EXC(vm_index_value(vm, argv[1], &offset))) return V_EXC;
    if (argc > 2 && IS_EXC(vm_index_value(vm, argv[2], &whence))) return V_EXC;
    if (whence < 0 || whence > 2) return vm_raise(vm, EXC_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    if (!(f->flags & IO_BINARY) && ((whence == 1 && offset != 0) || (whence == 2 && offset != 0)))
        return unsupported(vm, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    if (whence == 1) {
        offset += file_tell(f);
        whence = 0;
    }
    f->pos = f->len = 0;
    f->skip_lf = false;
    if (fseek(f->fp, (long)offset, (int)whence) != 0) return vm_raise_os_error(vm, errno, V_UNDEF);
    return v_int(ftell(f->fp));
}

NATIVE(io_repr) {
    UNUSED_ARGS;
    IOFile *f = file_of(vm, argv[0]);
    if (!f) return V_EXC;
    Dict *attrs = vm_instance_dict(argv[0]);
    Value name = V_NONE, mode = V_NONE;
    dict_get_str(attrs, str_intern(vm, "name", 4), &name);
    dict_get_str(attrs, str_intern(vm, "mode", 4), &mode);
    ObjClass *cls = vm_class_of(vm, argv[0]);
    if (f->flags & IO_CLOSED) return v_obj(str_printf(vm, "<_io.%s [closed]>", cls->name->data));
    if (f->flags & IO_BINARY) return v_obj(str_printf(vm, "<_io.%s name=%R>", cls->name->data, name));
    return v_obj(str_printf(vm, "<_io.%s name=%R mode=%R encoding=%R>", cls->name->data, name, mode,
                            IS_UNDEF(f->encoding) ? v_obj(str_from_cstr(vm, "utf-8")) : f->encoding));
}

/* --------------------------------------------------------------- open() */

typedef struct OpenMode {
    const char *fopen_mode;
    uint16_t flags;
} OpenMode;

/* Python's mode string rules; false after raising ValueError. */
static bool parse_mode(VM *vm, ObjStr *mode, OpenMode *out) {
    int rwxa = 0, plus = 0, text = 0, binary = 0;
    char kind = 0;
    for (size_t i = 0; i < mode->len; i++) {
        char c = mode->data[i];
        const char *seen = memchr(mode->data, c, i);
        if (!strchr("rwxa+tb", c) || seen) {
            vm_raise(vm, EXC_ValueError, "invalid mode: '%s'", mode->data);
            return false;
        }
        if (strchr("rwxa", c)) rwxa++, kind = c;
        plus += c == '+';
        text += c == 't';
        binary += c == 'b';
    }
    if (text && binary) {
        vm_raise(vm, EXC_ValueError, "can't have text and binary mode at once");
        return false;
    }
    if (rwxa != 1) {
        vm_raise(vm, EXC_ValueError, rwxa ? "must have exactly one of create/read/write/append mode"
                                          : "Must have exactly one of create/read/write/append mode and at most one plus");
        return false;
    }
    static const char *const modes[4][2] = {{"r", "r+"}, {"w", "w+"}, {"wx", "w+x"}, {"a", "a+"}};
    int k = kind == 'r' ? 0 : kind == 'w' ? 1 : kind == 'x' ? 2 : 3;
    out->fopen_mode = modes[k][plus];
    out->flags = (uint16_t)((kind == 'r' || plus ? IO_READ : 0) | (kind != 'r' || plus ? IO_WRITE : 0) |
                            (binary ? IO_BINARY : 0));
    return true;
}

static bool parse_newline(VM *vm, Value v, Newline *out) {
    if (IS_UNDEF(v) || IS_NONE(v)) {
        *out = NL_TRANSLATE;
        return true;
    }
    if (!IS_STR(v)) {
        vm_raise(vm, EXC_TypeError, "open() argument 'newline' must be str or None, not %T", v);
        return false;
    }
    static const char *const names[] = {"", "\n", "\r", "\r\n"};
    for (int i = 0; i < 4; i++)
        if (strcmp(AS_STR(v)->data, names[i]) == 0) {
            *out = (Newline)(NL_UNIVERSAL + i);
            return true;
        }
    Value r = vm_repr(vm, v);
    if (!IS_EXC(r)) vm_raise(vm, EXC_ValueError, "illegal newline value: %s", AS_STR(r)->data);
    return false;
}

static Value new_file(VM *vm, ObjClass *cls, FILE *fp, int fd, uint16_t flags) {
    ObjCData *c = (ObjCData *)vm_alloc_obj(vm, OT_CDATA, sizeof(ObjCData) + sizeof(IOFile));
    c->obj.extra = sizeof(IOFile);
    c->cls = cls;
    c->ctype = &io_ctype;
    dict_init(&c->attrs);
    IOFile *f = (IOFile *)c->payload;
    memset(f, 0, sizeof *f);
    f->fp = fp;
    f->fd = fd;
    f->flags = flags;
    f->encoding = f->errors = V_UNDEF;
    return v_obj(c);
}

static ObjClass *file_class(VM *vm, uint16_t flags) {
    if (!(flags & IO_BINARY)) return vm->classes[CLS_TextIOWrapper];
    if (flags & IO_WRITE) return vm->classes[(flags & IO_READ) ? CLS_BufferedRandom : CLS_BufferedWriter];
    return vm->classes[CLS_BufferedReader];
}

/* Check the text-only arguments and remember encoding/errors. */
static bool text_args(VM *vm, IOFile *f, Value encoding, Value errors, Value newline) {
    const char *names[3] = {"encoding", "errors", "newline"};
    Value a[3] = {encoding, errors, newline};
    for (int i = 0; i < 3; i++) {
        if (IS_UNDEF(a[i]) || IS_NONE(a[i])) continue;
        if (f->flags & IO_BINARY) {
            vm_raise(vm, EXC_ValueError, "binary mode doesn't take %s %s argument", i == 2 ? "a" : "an", names[i]);
            return false;
        }
        if (i < 2 && !IS_STR(a[i])) {
            vm_raise(vm, EXC_TypeError, "open() argument '%s' must be str or None, not %T", names[i], a[i]);
            return false;
        }
    }
    if (!IS_UNDEF(encoding) && !IS_NONE(encoding)) {
        if (!codec_canonical(AS_STR(encoding)->data)) {
            vm_raise(vm, EXC_LookupError, "unknown encoding: %s", AS_STR(encoding)->data);
            return false;
        }
        f->encoding = encoding;
    }
    if (!IS_UNDEF(errors) && !IS_NONE(errors)) f->errors = errors;
    Newline nl;
    if (!parse_newline(vm, newline, &nl)) return false;
    f->newline = (uint8_t)nl;
    return true;
}

NATIVE(b_open) {
    static const char *const params[] = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};
    Value a[8];
    if (!lib_bind(vm, "open", argc, argv, kwnames, params, 8, ARGS_CLINIC, a)) return V_EXC;
    if (IS_UNDEF(a[0])) return vm_raise(vm, EXC_TypeError, "open() missing required argument 'file' (pos 1)");
    if (!IS_STR(a[0])) return vm_raise(vm, EXC_TypeError, "expected str, bytes or os.PathLike object, not %T", a[0]);
    ObjStr *mode = str_from_cstr(vm, "r");
    if (!IS_UNDEF(a[1])) {
        if (!IS_STR(a[1])) return vm_raise(vm, EXC_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
        mode = AS_STR(a[1]);
    }
    OpenMode om;
    if (!parse_mode(vm, mode, &om)) return V_EXC;
    Value file = new_file(vm, file_class(vm, om.flags), NULL, -1, om.flags);
    IOFile *f = file_of(vm, file);
    if (!text_args(vm, f, a[3], a[4], a[5])) return V_EXC;
    ObjStr *path = AS_STR(a[0]);
    if (strlen(path->data) != path->len) return vm_raise(vm, EXC_ValueError, "embedded null character");
    f->fp = fopen(path->data, om.fopen_mode);
    struct stat st;
    if (f->fp && fstat(fileno(f->fp), &st) == 0 && S_ISDIR(st.st_mode)) {   /* fopen(dir, "r") succeeds */
        fclose(f->fp);
        f->fp = NULL;
        errno = EISDIR;
    }
    if (!f->fp) {
        f->flags |= IO_CLOSED;
        return vm_raise_os_error(vm, errno, a[0]);
    }
    set_attr(vm, file, "name", a[0]);
    set_attr(vm, file, "mode", v_obj(mode));
    set_attr(vm, file, "closed", V_FALSE);
    if (!(om.flags & IO_BINARY))
        set_attr(vm, file, "encoding", IS_UNDEF(f->encoding) ? v_obj(str_from_cstr(vm, "utf-8")) : f->encoding);
    return file;
}

Value io_std_stream(VM *vm, int fd) {
    static const char *const names[3] = {"<stdin>", "<stdout>", "<stderr>"};
    uint16_t flags = (uint16_t)(IO_STD | (fd == 0 ? IO_READ : IO_WRITE));
    Value s = new_file(vm, vm->classes[CLS_TextIOWrapper], NULL, fd, flags);
    set_attr(vm, s, "name", v_obj(str_from_cstr(vm, names[fd])));
    set_attr(vm, s, "mode", v_obj(str_from_cstr(vm, fd ? "w" : "r")));
    set_attr(vm, s, "closed", V_FALSE);
    set_attr(vm, s, "encoding", v_obj(str_from_cstr(vm, "utf-8")));
    return s;
}

/* -------------------------------------------------------------- install */

static const LibFn io_methods[] = {
    {"read", io_read, 1, 2, 0},         {"readline", io_readline, 1, 2, 0}, {"readlines", io_readlines, 1, 2, 0},
    {"write", io_write, 2, 2, 0},       {"writelines", io_writelines, 2, 2, 0}, {"flush", io_flush, 1, 1, 0},
    {"close", io_close, 1, 1, 0},       {"fileno", io_fileno, 1, 1, 0},     {"isatty", io_isatty, 1, 1, 0},
    {"readable", io_readable, 1, 1, 0}, {"writable", io_writable, 1, 1, 0}, {"seekable", io_seekable, 1, 1, 0},
    {"tell", io_tell, 1, 1, 0},         {"seek", io_seek, 2, 3, 0},         {"__enter__", io_enter, 1, 1, 0},
    {"__exit__", io_exit, 1, -1, 0},    {"__iter__", io_iter, 1, 1, 0},     {"__next__", io_next, 1, 1, 0},
    {"__repr__", io_repr, 1, 1, 0},
};

void lib_io_open(VM *vm) {
    static const BuiltinClass classes[] = {CLS_TextIOWrapper, CLS_BufferedReader, CLS_BufferedWriter,
                                           CLS_BufferedRandom};
    ObjStr *modname = str_intern(vm, "_io", 3);
    for (size_t k = 0; k < sizeof classes / sizeof classes[0]; k++) {
        ObjClass *cls = vm->classes[classes[k]];
        /* not CLASS_BUILTIN: the VM has no built-in behaviour for these
         * objects, so their special methods must count as overrides */
        cls->cflags = (uint16_t)((cls->cflags & ~CLASS_BUILTIN) | CLASS_ABSTRACT | CLASS_FINAL);
        dict_set_str(vm, &cls->dict->d, vm->names[NAME___module__], v_obj(modname));
        lib_add_methods(vm, cls, io_methods, LIB_COUNT(io_methods));
    }
    ObjClass *unsupported_op = vm->exc_classes[EXC_UnsupportedOperation];
    dict_set_str(vm, &unsupported_op->dict->d, vm->names[NAME___module__], v_obj(str_intern(vm, "io", 2)));
    ObjNative *open = native_new(vm, "open", b_open, 0, -1, NATIVE_KW);
    dict_set_str(vm, &vm->builtins->d, str_intern(vm, "open", 4), v_obj(open));
}
