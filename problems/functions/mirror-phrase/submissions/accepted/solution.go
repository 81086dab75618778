import "unicode"

func isMirrorPhrase(s string) bool {
    keep := func(c byte) bool {
        return unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
    }
    i, j := 0, len(s)-1
    for i < j {
        if !keep(s[i]) {
            i++
        } else if !keep(s[j]) {
            j--
        } else {
            if unicode.ToLower(rune(s[i])) != unicode.ToLower(rune(s[j])) {
                return false
            }
            i++
            j--
        }
    }
    return true
}
