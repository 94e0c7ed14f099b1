package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

var sink int

func main() {
	b, _ := io.ReadAll(os.Stdin)
	s := strings.TrimSpace(string(b))
	switch s {
	case "":
		fmt.Println("Hello, World!")
	case "re":
		var a []int
		fmt.Println(a[len(s)])
	case "tle":
		for {
			sink++
		}
	case "mle":
		keep := [][]byte{}
		for {
			c := make([]byte, 1<<20)
			for i := range c {
				c[i] = 1
			}
			keep = append(keep, c)
		}
	default:
		var a, c int64
		fmt.Sscan(s, &a, &c)
		fmt.Println(a + c)
	}
}
