// Spectral norm of an infinite matrix (after the Computer Language Benchmarks Game):
// tight nested loops, small function calls, float arithmetic and array indexing.
function evalA(i, j) {
  return 1.0 / (Math.floor((i + j) * (i + j + 1) / 2) + i + 1);
}

function mulAv(v, av, n) {
  for (let i = 0; i < n; i++) {
    let s = 0.0;
    for (let j = 0; j < n; j++) s += evalA(i, j) * v[j];
    av[i] = s;
  }
}

function mulAtv(v, atv, n) {
  for (let i = 0; i < n; i++) {
    let s = 0.0;
    for (let j = 0; j < n; j++) s += evalA(j, i) * v[j];
    atv[i] = s;
  }
}

function mulAtAv(v, out, tmp, n) {
  mulAv(v, tmp, n);
  mulAtv(tmp, out, n);
}

function main() {
  const n = 200;
  const u = new Array(n).fill(1.0);
  const v = new Array(n).fill(0.0);
  const tmp = new Array(n).fill(0.0);
  for (let k = 0; k < 10; k++) {
    mulAtAv(u, v, tmp, n);
    mulAtAv(v, u, tmp, n);
  }
  let vbv = 0.0, vv = 0.0;
  for (let i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  console.log(`spectral_norm ${Math.sqrt(vbv / vv).toFixed(9)}`);
}

main();
