// A panic: the Go runtime exits with status 2.
package main

func main() {
	panic("golden RE")
}
