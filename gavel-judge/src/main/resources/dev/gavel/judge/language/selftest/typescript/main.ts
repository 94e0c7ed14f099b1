import * as fs from "fs";

function sum(a: bigint, b: bigint): bigint {
  return a + b;
}

const data: string = fs.readFileSync(0, "utf8").trim();
if (data === "") {
  console.log("Hello, World!");
} else if (data === "re") {
  throw new Error("runtime error on purpose");
} else if (data === "tle") {
  let x = 0;
  for (;;) x++;
} else if (data === "mle") {
  const keep: number[][] = [];
  for (;;) keep.push(new Array<number>(1 << 17).fill(1.5));
} else {
  const [a, b] = data.split(/\s+/).map((t: string) => BigInt(t));
  console.log(String(sum(a, b)));
}
