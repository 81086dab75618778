func bucketAnagrams(words []string) [][]string {
    index := make(map[[26]byte]int)
    var buckets [][]string
    for _, w := range words {
        var key [26]byte
        for i := 0; i < len(w); i++ {
            key[w[i]-'a']++
        }
        if at, ok := index[key]; ok {
            buckets[at] = append(buckets[at], w)
        } else {
            index[key] = len(buckets)
            buckets = append(buckets, []string{w})
        }
    }
    return buckets
}
