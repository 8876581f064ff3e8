// 300k template literals joined with "," and split again: string building and splitting.
function main() {
  const parts = [];
  let i = 0;
  while (i < 300000) {
    parts.push(`item${i}:${i * 2}`);
    i += 1;
  }
  const s = parts.join(",");
  const back = s.split(",");
  console.log(`strings ${parts.length} ${s.length} ${back.length} ${back[123456]}`);
}

main();
