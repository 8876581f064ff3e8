// Idle memory: N tasks (argv, default 1M) all sleeping at the same time. The
// runner measures peak RSS with N tasks and with 0 tasks and reports the
// difference divided by N: the memory of one sleeping task (its async function
// frame, promises, timer and the array slot that holds it).
"use strict";

const N = process.argv.length > 2 ? Number(process.argv[2]) : 1000000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function sleeper(i) {
  await sleep(500);
  return i % 7;
}

async function main() {
  const tasks = [];
  for (let i = 0; i < N; i++) tasks.push(sleeper(i));
  let total = 0;
  for (const t of tasks) total += await t;
  console.log(`idle_memory ${tasks.length} tasks, checksum ${total}`);
}

main();
