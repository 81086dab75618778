class Solution {
    public int[] topKFrequent(int[] nums, int k) {
        Map<Integer, Integer> count = new HashMap<>();
        for (int x : nums) count.merge(x, 1, Integer::sum);
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(count.entrySet());
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        int[] result = new int[k];
        for (int i = 0; i < k; i++) result[i] = entries.get(i).getKey();
        return result;
    }
}
