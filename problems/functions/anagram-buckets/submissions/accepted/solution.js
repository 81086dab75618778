/**
 * @param {string[]} words
 * @return {string[][]}
 */
var bucketAnagrams = function(words) {
    const buckets = new Map();
    for (const word of words) {
        const key = word.split("").sort().join("");
        let bucket = buckets.get(key);
        if (bucket === undefined) {
            bucket = [];
            buckets.set(key, bucket);
        }
        bucket.push(word);
    }
    return Array.from(buckets.values());
};
