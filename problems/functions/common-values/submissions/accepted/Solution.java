class Solution {
    public int[] commonValues(int[] first, int[] second) {
        int[] a = first.clone(), b = second.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        int[] out = new int[Math.min(a.length, b.length)];
        int i = 0, j = 0, size = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                if (size == 0 || out[size - 1] != a[i]) out[size++] = a[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, size);
    }
}
