func firstRepeated(s string) byte {
    var count [128]int
    for i := 0; i < len(s); i++ {
        count[s[i]]++
    }
    for i := 0; i < len(s); i++ {
        if count[s[i]] > 1 {
            return s[i]
        }
    }
    return 0
}
