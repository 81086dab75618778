class SnapshotArray {
    private final List<TreeMap<Integer, Integer>> history = new ArrayList<>();
    private int snaps = 0;

    public SnapshotArray(int length) {
        for (int i = 0; i < length; i++) {
            TreeMap<Integer, Integer> changes = new TreeMap<>();
            changes.put(-1, 0);
            history.add(changes);
        }
    }

    public void set(int index, int value) {
        history.get(index).put(snaps, value);
    }

    public int snap() {
        return snaps++;
    }

    public int get(int index, int snapId) {
        return history.get(index).floorEntry(snapId).getValue();
    }
}
