/**
 * @param {string} s
 * @return {character}
 */
var firstRepeated = function(s) {
    const count = new Int32Array(128);
    for (let i = 0; i < s.length; i++) count[s.charCodeAt(i)]++;
    for (let i = 0; i < s.length; i++) {
        if (count[s.charCodeAt(i)] > 1) return s[i];
    }
    return "";
};
