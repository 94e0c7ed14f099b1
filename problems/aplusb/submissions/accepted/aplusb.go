// @EXPECTED_RESULTS@: CORRECT
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var a, b int64
	if _, err := fmt.Fscan(bufio.NewReader(os.Stdin), &a, &b); err != nil {
		os.Exit(1)
	}
	fmt.Println(a + b)
}
