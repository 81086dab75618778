package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func depth(s []byte) int {
	stack := make([]byte, 0, len(s))
	best := 0
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			stack = append(stack, c)
			if len(stack) > best {
				best = len(stack)
			}
		case ')', ']', '}':
			var want byte = '('
			if c == ']' {
				want = '['
			} else if c == '}' {
				want = '{'
			}
			if len(stack) == 0 || stack[len(stack)-1] != want {
				return -1
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) != 0 {
		return -1
	}
	return best
}

func main() {
	data, err := io.ReadAll(os.Stdin)
	if err != nil {
		panic(err)
	}
	fmt.Println(depth(bytes.TrimSpace(data)))
}
