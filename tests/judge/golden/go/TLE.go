// An endless busy loop: killed at the CPU time limit.
package main

var counter uint64

func main() {
	for {
		counter++
	}
}
