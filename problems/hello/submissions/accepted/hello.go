// @EXPECTED_RESULTS@: CORRECT
package main

import "fmt"

func main() {
	fmt.Println("Hello, World!")
}
