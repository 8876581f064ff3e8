/* dis.c - `aster --dis`: a readable listing of a proto and, after it, every
 * proto nested in its constants. One line per instruction: offset, source
 * line, opcode, operands (registers as R3, constants as K5 with their value,
 * jump targets as absolute offsets), then the exception table. */
#include <string.h>

#include "compile.h"

const char *const opcode_names[OPCODE_COUNT] = {
#define OPCODE_NAME(name, fmt) #name,
    ASTER_OPCODES(OPCODE_NAME)
#undef OPCODE_NAME
};

const char *const opcode_formats[OPCODE_COUNT] = {
#define OPCODE_FMT(name, fmt) fmt,
    ASTER_OPCODES(OPCODE_FMT)
#undef OPCODE_FMT
};

static void add_const(StrBuf *b, VM *vm, Value v) {
    if (IS_A(v, OT_PROTO)) {
        sb_addf(b, "<code %s>", AS_PROTO(v)->qualname->data);
        return;
    }
    Value r = vm_repr(vm, v);
    if (IS_EXC(r)) {
        vm->exc = V_NONE;
        sb_adds(b, "?");
        return;
    }
    ObjStr *s = AS_STR(r);
    if (s->len > 40) {
        sb_add(b, s->data, 37);
        sb_adds(b, "...");
    } else {
        sb_add_str(b, s);
    }
}

static void add_operand(StrBuf *b, VM *vm, ObjProto *p, char kind, int64_t v, uint32_t pc) {
    switch (kind) {
    case 'R': sb_addf(b, " R%d", (int)v); break;
    case 'K':
        sb_addf(b, " K%d", (int)v);
        if (v < p->nk) {
            sb_addc(b, '(');
            add_const(b, vm, p->k[v]);
            sb_addc(b, ')');
        }
        break;
    case 'G':
        sb_addf(b, " G%d", (int)v);
        if (v < p->ngcache) sb_addf(b, "(%s)", p->gcache[v].name->data);
        break;
    case 'J': sb_addf(b, " ->%lld", (long long)(pc + 1 + v)); break;
    case 'I': case 'N': case 'X': sb_addf(b, " %lld", (long long)v); break;
    case 'b': sb_addf(b, " %s", v ? "true" : "false"); break;
    default: break;
    }
}

static void dis_instr(StrBuf *b, VM *vm, ObjProto *p, uint32_t pc) {
    uint32_t i = p->code[pc];
    unsigned op = INSTR_OP(i);
    const char *fmt = op < OPCODE_COUNT ? opcode_formats[op] : "";
    sb_addf(b, "%6u %5u  %-14s", pc, p->lines[pc], op < OPCODE_COUNT ? opcode_names[op] : "?");
    size_t n = strlen(fmt);
    if (n == 1 && fmt[0] == 'J') add_operand(b, vm, p, 'J', INSTR_SJ(i), pc);
    else if (n == 1 && fmt[0] == 'X') add_operand(b, vm, p, 'N', INSTR_AX(i), pc);
    else if (n == 1) add_operand(b, vm, p, fmt[0], INSTR_A(i), pc);
    else if (n == 2) {
        add_operand(b, vm, p, fmt[0], INSTR_A(i), pc);
        int64_t bx = fmt[1] == 'I' ? (int64_t)INSTR_SBX(i) : (int64_t)INSTR_BX(i);
        add_operand(b, vm, p, fmt[1], bx, pc);
        if (op == BC_FORITER) sb_addf(b, " ->%lld", (long long)(pc + 1 + INSTR_SBX(i)));
    } else if (n == 3) {
        add_operand(b, vm, p, fmt[0], INSTR_A(i), pc);
        add_operand(b, vm, p, fmt[1], INSTR_B(i), pc);
        add_operand(b, vm, p, fmt[2], INSTR_C(i), pc);
    }
    sb_addc(b, '\n');
}

static void dis_one(StrBuf *b, VM *vm, ObjProto *p) {
    sb_addf(b, "== %s (line %u): %u params, %u registers, %u constants ==\n", p->qualname->data, p->firstline,
            p->nparams + p->nkwonly, p->nregs, p->nk);
    for (uint32_t pc = 0; pc < p->ncode; pc++) dis_instr(b, vm, p, pc);
    for (uint32_t h = 0; h < p->nhandlers; h++)
        sb_addf(b, "  except [%u, %u) -> %u, exception in R%u\n", p->handlers[h].start, p->handlers[h].end,
                p->handlers[h].target, p->handlers[h].reg);
    sb_addc(b, '\n');
}

void dis_proto(VM *vm, ObjProto *p, AsterWriteFn write, void *ud) {
    StrBuf b;
    sb_init(&b, vm);
    dis_one(&b, vm, p);
    write(ud, b.data, b.len);
    sb_free(&b);
    for (uint32_t k = 0; k < p->nk; k++)
        if (IS_A(p->k[k], OT_PROTO)) dis_proto(vm, AS_PROTO(p->k[k]), write, ud);
}
