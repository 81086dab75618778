/**
 * @param {string} s
 * @return {boolean}
 */
var isMirrorPhrase = function(s) {
    const isAlnum = (code) =>
        (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    const lower = (code) => (code >= 65 && code <= 90 ? code + 32 : code);
    let i = 0, j = s.length - 1;
    while (i < j) {
        const a = s.charCodeAt(i), b = s.charCodeAt(j);
        if (!isAlnum(a)) { i++; continue; }
        if (!isAlnum(b)) { j--; continue; }
        if (lower(a) !== lower(b)) return false;
        i++;
        j--;
    }
    return true;
};
