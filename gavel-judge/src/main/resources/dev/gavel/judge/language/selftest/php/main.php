<?php
$s = trim(stream_get_contents(STDIN));
if ($s === "") {
    echo "Hello, World!\n";
} elseif ($s === "re") {
    throw new RuntimeException("runtime error on purpose");
} elseif ($s === "tle") {
    $x = 0;
    while (true) {
        $x++;
    }
} elseif ($s === "mle") {
    $keep = [];
    while (true) {
        $keep[] = str_repeat("x", 1 << 20);
    }
} else {
    [$a, $b] = preg_split('/\s+/', $s);
    echo intval($a) + intval($b), "\n";
}
