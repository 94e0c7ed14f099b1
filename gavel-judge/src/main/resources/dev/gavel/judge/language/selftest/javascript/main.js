"use strict";
const data = require("fs").readFileSync(0, "utf8").trim();
if (data === "") {
  console.log("Hello, World!");
} else if (data === "re") {
  throw new Error("runtime error on purpose");
} else if (data === "tle") {
  let x = 0;
  for (;;) x++;
} else if (data === "mle") {
  const keep = [];
  for (;;) keep.push(new Array(1 << 17).fill(1.5));
} else {
  const [a, b] = data.split(/\s+/).map(BigInt);
  console.log(String(a + b));
}
