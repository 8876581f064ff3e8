/* operators.h - the operator vocabulary shared by the AST and the VM:
 * binary, unary, boolean and comparison operators. The VM's generic
 * operations (vm_binop, vm_compare) take these same numbers. */
#ifndef ASTER_OPERATORS_H
#define ASTER_OPERATORS_H

typedef enum BinOp {
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_FLOORDIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITAND, OP_BITOR, OP_BITXOR, OP_MATMUL,
    BINOP_COUNT
} BinOp;

typedef enum UnaryOp { UOP_NEG, UOP_POS, UOP_INVERT, UOP_NOT } UnaryOp;

typedef enum BoolOpKind { BOOL_AND, BOOL_OR } BoolOpKind;

typedef enum CmpOp {
    CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE,
    CMP_IS, CMP_ISNOT, CMP_IN, CMP_NOTIN
} CmpOp;

#endif
