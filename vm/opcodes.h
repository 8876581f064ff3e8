/* opcodes.h - the instruction set, written once as an X-macro.
 *
 * Instructions are 32 bits: op(8) A(8) B(8) C(8), or op A Bx(16), or op sJ(24).
 * Registers are frame slots R[0..nregs); K[] is the proto's constant table.
 * The operand format string tells the disassembler how to print each field:
 *   R register, K constant index, I signed immediate, N count, b boolean,
 *   G global-cache index, J jump offset, X extra 24-bit operand, - unused.
 * Two-letter formats use A and Bx; "J" uses sJ; "X" uses Ax.
 *
 * Conditional jumps (J*, TEST, TESTSET) are always followed by a JMP: when
 * the condition equals the b operand the JMP is taken, otherwise skipped. */
#ifndef ASTER_OPCODES_H
#define ASTER_OPCODES_H

#define ASTER_OPCODES(X)                                                         \
    /* moves and constants */                                                    \
    X(MOVE, "RR")          /* R[A] = R[B] */                                     \
    X(LOADK, "RK")         /* R[A] = K[Bx] */                                    \
    X(LOADI, "RI")         /* R[A] = sBx */                                      \
    X(LOADNONE, "R")       /* R[A] = None */                                     \
    X(LOADTRUE, "R")                                                             \
    X(LOADFALSE, "R")                                                            \
    X(LOADBUILTIN, "RN")   /* R[A] = built-in object number Bx (BuiltinRef) */   \
    X(DELLOCAL, "R")       /* R[A] = unbound */                                  \
    X(CHECKBOUND, "RK")    /* unbound R[A] -> UnboundLocalError naming K[Bx] */  \
    /* variables outside the frame */                                            \
    X(GETGLOBAL, "RG")     /* R[A] = global/builtin named by cache Bx */         \
    X(SETGLOBAL, "RG")                                                           \
    X(DELGLOBAL, "RG")                                                           \
    X(GETNAME, "RK")       /* class body: namespace R[0], globals, builtins */   \
    X(SETNAME, "RK")                                                             \
    X(DELNAME, "RK")                                                             \
    X(GETFREE, "RN")       /* R[A] = closure free cell B's value */              \
    X(SETFREE, "RN")       /* free cell B's value = R[A] */                      \
    X(DELFREE, "RN")                                                             \
    X(GETCELL, "RR")       /* R[A] = value of the cell in R[B] */                \
    X(SETCELL, "RR")       /* the cell in R[B] = R[A] */                         \
    X(DELCELL, "RR")                                                             \
    X(LOADCELLREF, "RN")   /* R[A] = the cell object free[B] itself */           \
    X(NEWCELL, "R")        /* R[A] = a new empty cell (comprehension variables) */ \
    /* arithmetic: R[A] = R[B] op R[C] (K: op K[C]); I*: in-place (+=) */        \
    X(ADD, "RRR") X(SUB, "RRR") X(MUL, "RRR")                                    \
    X(DIV, "RRR") X(IDIV, "RRR") X(MOD, "RRR")                                   \
    X(ADDK, "RRK") X(SUBK, "RRK") X(MULK, "RRK")                                 \
    X(DIVK, "RRK") X(IDIVK, "RRK") X(MODK, "RRK")                                \
    X(IADD, "RRR") X(ISUB, "RRR") X(IMUL, "RRR")                                 \
    X(IADDK, "RRK") X(ISUBK, "RRK") X(IMULK, "RRK")                              \
    X(BINOP, "RRR")        /* any BinOp; EXTRA holds op | inplace << 8 */        \
    X(NEG, "RR") X(POS, "RR") X(INVERT, "RR") X(NOT, "RR")                       \
    /* comparisons producing a bool */                                           \
    X(EQ, "RRR") X(NE, "RRR") X(LT, "RRR") X(LE, "RRR") X(GT, "RRR") X(GE, "RRR") \
    X(EQK, "RRK") X(NEK, "RRK") X(LTK, "RRK") X(LEK, "RRK") X(GTK, "RRK") X(GEK, "RRK") \
    X(IS, "RRR") X(ISNOT, "RRR") X(IN, "RRR") X(NOTIN, "RRR")                    \
    /* compare and jump: if (R[A] op R[B]/K[B]) == C, take the next JMP */       \
    X(JEQ, "RRb") X(JNE, "RRb") X(JLT, "RRb") X(JLE, "RRb") X(JGT, "RRb") X(JGE, "RRb") \
    X(JEQK, "RKb") X(JNEK, "RKb") X(JLTK, "RKb") X(JLEK, "RKb") X(JGTK, "RKb") X(JGEK, "RKb") \
    X(TEST, "R-b")         /* if truth(R[A]) == C take the next JMP */           \
    X(TESTSET, "RRb")      /* if truth(R[B]) == C: R[A] = R[B], take the JMP */  \
    X(JMP, "J")                                                                  \
    /* calls */                                                                  \
    X(CALL, "RN")          /* R[A] = R[A](R[A+1..A+B]) */                        \
    X(CALLKW, "RNN")       /* + C keyword values after; the EXTRA before it: K index of names */ \
    X(CALLEX, "RN")        /* R[A] = R[A](*R[A+1], **R[A+2] if B) */             \
    X(GETMETHOD, "RRK")    /* R[A], R[A+1] = method K[C] of R[B] and its self */ \
    X(CALLMETHOD, "RN")    /* R[A] = R[A]([R[A+1]], R[A+2..A+2+B)) */            \
    X(CALLMETHODKW, "RNN") /* + C keyword values; names in the EXTRA before it */ \
    /* `await f(...)`: always followed by AWAIT A A. An async callee runs      \
       inline (no coroutine object) and the AWAIT is skipped; any other      \
       callee is called normally and the AWAIT awaits what it returned. */   \
    X(CALLAWAIT, "RN")                                                           \
    X(CALLMETHODAWAIT, "RN")                                                     \
    X(RETURN, "R")                                                               \
    X(RETURNNONE, "-")                                                           \
    /* attributes, items, slices */                                              \
    X(GETATTR, "RRK")      /* R[A] = R[B].K[C] */                                \
    X(SETATTR, "RKR")      /* R[A].K[B] = R[C] */                                \
    X(DELATTR, "RK")       /* del R[A].K[Bx] */                                  \
    X(GETITEM, "RRR")      /* R[A] = R[B][R[C]] */                               \
    X(GETITEMI, "RRN")     /* R[A] = R[B][C] */                                  \
    X(SETITEM, "RRR")      /* R[A][R[B]] = R[C] */                               \
    X(DELITEM, "RR")       /* del R[A][R[B]] */                                  \
    X(SLICE, "RR")         /* R[A] = slice(R[B], R[B+1], R[B+2]) */              \
    /* building values */                                                        \
    X(NEWLIST, "RRN")      /* R[A] = [R[B..B+C)] */                              \
    X(NEWTUPLE, "RRN")                                                           \
    X(NEWSET, "RRN")                                                             \
    X(NEWDICT, "RRN")      /* R[A] = {R[B]: R[B+1], ...} for C pairs */          \
    X(LISTAPPEND, "RR")    /* R[A].append(R[B]) */                               \
    X(LISTEXTEND, "RR")    /* R[A].extend(R[B]) */                               \
    X(LISTTOTUPLE, "RR")   /* R[A] = tuple(list R[B]) */                         \
    X(SETADD, "RR")                                                              \
    X(SETUPDATE, "RR")                                                           \
    X(DICTSET, "RRR")      /* R[A][R[B]] = R[C] (display, comprehension) */      \
    X(DICTUPDATE, "RR")    /* R[A].update(R[B]) for {**m} */                     \
    X(DICTMERGE, "RR")     /* like DICTUPDATE but duplicate keys are an error (f(**a, **b)) */ \
    X(UNPACK, "RRN")       /* R[A..A+C) = the C items of R[B] */                 \
    X(UNPACKEX, "RRN")     /* C before a *star; EXTRA: count after */            \
    X(FORMAT, "RRN")       /* R[A] = format(R[B]); C: conv 0/r/s/a, &4 spec in R[B+1], &8 int left for BUILDSTR */ \
    X(BUILDSTR, "RRN")     /* R[A] = concatenation of the C strs R[B..] */       \
    /* iteration */                                                              \
    X(GETITER, "RR")       /* R[A] = iter(R[B]) */                               \
    X(FORITER, "RI")       /* R[A+1] = next(R[A]) and jump sBx; at the end fall through */ \
    /* functions, classes, modules */                                            \
    X(CLOSURE, "RK")       /* R[A] = function of proto K[Bx]; defaults in R[A+1], R[A+2] */ \
    X(MAKECLASS, "R")      /* R[A] = class(namespace R[A], name R[A+1], base R[A+2]) */ \
    X(SUPER, "RRR")        /* R[A] = super(class R[B], self R[C]) */             \
    X(TYPEOF, "RR")        /* R[A] = type(R[B]) */                               \
    X(IMPORT, "RK")        /* R[A] = import module named K[Bx] */                \
    X(IMPORTFROM, "RRK")   /* R[A] = name K[C] from module R[B] */               \
    X(IMPORTSTAR, "R")     /* copy public names of module R[A] into globals */   \
    /* exceptions */                                                             \
    X(RAISE, "RRb")        /* raise R[A]; if C, from R[B] */                     \
    X(RERAISE, "R")        /* raise R[A] again, keeping its traceback */         \
    X(EXCMATCH, "RRR")     /* R[A] = exception R[B] is an instance of R[C] (class/tuple) */ \
    X(PUSHEXC, "RR")       /* R[A] = exception being handled; now handling R[B] */ \
    X(POPEXC, "R")         /* exception being handled = R[A] */                  \
    X(BEFOREWITH, "RR")    /* R[A] = R[B].__exit__, R[A+1] = R[B].__enter__ (bound) */ \
    X(BEFOREAWITH, "RR")   /* the same with __aexit__ / __aenter__ */            \
    /* async */                                                                  \
    X(AWAIT, "RR")         /* R[A] = await R[B] */                               \
    X(EXTRA, "X")          /* operand of the previous instruction */             \
    X(NOP, "-")

typedef enum Opcode {
#define OPCODE_ENUM(name, fmt) BC_##name,
    ASTER_OPCODES(OPCODE_ENUM)
#undef OPCODE_ENUM
    OPCODE_COUNT
} Opcode;

#define INSTR_OP(i) ((i) & 0xFFu)
#define INSTR_A(i) (((i) >> 8) & 0xFFu)
#define INSTR_B(i) (((i) >> 16) & 0xFFu)
#define INSTR_C(i) ((i) >> 24)
#define INSTR_BX(i) ((i) >> 16)
#define INSTR_SBX(i) ((int32_t)((i) >> 16) - 32768)
#define INSTR_SJ(i) ((int32_t)((i) >> 8) - (1 << 23))
#define INSTR_AX(i) ((i) >> 8)

#define MK_ABC(op, a, b, c) ((uint32_t)(op) | (uint32_t)(a) << 8 | (uint32_t)(b) << 16 | (uint32_t)(c) << 24)
#define MK_ABX(op, a, bx) ((uint32_t)(op) | (uint32_t)(a) << 8 | (uint32_t)(bx) << 16)
#define MK_ASBX(op, a, sbx) MK_ABX(op, a, (uint32_t)((sbx) + 32768))
#define MK_SJ(op, sj) ((uint32_t)(op) | (uint32_t)((sj) + (1 << 23)) << 8)
#define MK_AX(op, ax) ((uint32_t)(op) | (uint32_t)(ax) << 8)

#define SBX_MAX 32767
#define SJ_MAX ((1 << 23) - 1)

/* Objects LOADBUILTIN can name. */
typedef enum BuiltinRef {
    BREF_ASSERTION_ERROR,
    BREF_DISPLAYHOOK,      /* the REPL's echo of expression statements */
    BREF_SLEEP,            /* asyncio.sleep */
    BREF_GATHER_CALLBACK,  /* gather's per-child done callback */
    BREF_AWAIT_NATIVE,     /* `async def _(c): return await c`, for create_task(sleep(1)) */
    BREF_COUNT
} BuiltinRef;

extern const char *const opcode_names[OPCODE_COUNT];
extern const char *const opcode_formats[OPCODE_COUNT];

#endif
