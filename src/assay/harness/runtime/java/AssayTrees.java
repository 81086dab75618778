// Assay's Java runtime: TreeNode as LeetCode's level order, null for a missing child and no
// trailing nulls (null tree: []). Only in the build when the signature uses TreeNode.
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

final class AssayTrees implements AssayJson.Nodes {
    public Class<?> nodeClass() {
        return TreeNode.class;
    }

    public Object read(AssayJson.Reader in) {
        List<Integer> values = in.nullableInts();
        if (values.isEmpty() || values.get(0) == null) {
            return null;
        }
        TreeNode root = new TreeNode(values.get(0));
        List<TreeNode> queue = new ArrayList<>();
        queue.add(root);
        int next = 1;
        for (int head = 0; head < queue.size() && next < values.size(); head++) {
            TreeNode node = queue.get(head);
            node.left = child(values, next++, queue);
            node.right = child(values, next++, queue);
        }
        return root;
    }

    private static TreeNode child(List<Integer> values, int index, List<TreeNode> queue) {
        if (index >= values.size() || values.get(index) == null) {
            return null;
        }
        TreeNode node = new TreeNode(values.get(index));
        queue.add(node);
        return node;
    }

    public void write(Object value, StringBuilder out) throws AssayJson.Fault {
        Set<TreeNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> queue = new ArrayList<>();
        if (value != null) {
            queue.add(value);
        }
        out.append('[');
        int lastValueEnd = out.length();
        for (int head = 0; head < queue.size(); head++) {
            Object item = queue.get(head);
            if (head > 0) {
                out.append(',');
            }
            if (item == null) {
                out.append("null");
                continue;
            }
            TreeNode node = checked(item, seen);
            out.append(node.val);
            lastValueEnd = out.length();
            queue.add(node.left);
            queue.add(node.right);
        }
        out.setLength(lastValueEnd); // drops the trailing nulls
        out.append(']');
    }

    private static TreeNode checked(Object item, Set<TreeNode> seen) throws AssayJson.Fault {
        if (!(item instanceof TreeNode)) {
            throw AssayJson.mismatch(AssayJson.Type.parse("TreeNode"), item);
        }
        TreeNode node = (TreeNode) item;
        if (seen.contains(node)) {
            throw new AssayJson.Fault(
                    "cycle", "the returned TreeNode is not a tree (a node is reached twice)");
        }
        if (seen.size() >= AssayJson.MAX_NODES) {
            throw new AssayJson.Fault(
                    "size", "the returned TreeNode has over " + AssayJson.MAX_NODES + " nodes");
        }
        seen.add(node);
        return node;
    }
}
