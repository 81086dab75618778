// Prints 2 MiB, twice the problem's 1 MiB output limit, and ends.
package main

import (
	"bufio"
	"os"
	"strings"
)

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	line := strings.Repeat("0123456789", 100) + "\n"
	for i := 0; i < 2048; i++ {
		out.WriteString(line)
	}
}
