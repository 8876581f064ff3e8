// Await chain: 1M awaits of an async function that returns at once (no
// suspension), in one task. The cost of creating, starting and finishing a
// coroutine (in Node, an async function call and a resolved promise).
"use strict";

const N = 1000000;

async function leaf(i) {
  return i % 7;
}

async function main() {
  let total = 0;
  for (let i = 0; i < N; i++) total += await leaf(i);
  console.log(`chain ${N} awaits, checksum ${total}`);
}

main();
