// Assay's Java runtime: ListNode as the JSON array of its values (null list: []).
// Only in the build when the signature uses ListNode.
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

final class AssayLists implements AssayJson.Nodes {
    public Class<?> nodeClass() {
        return ListNode.class;
    }

    public Object read(AssayJson.Reader in) {
        int[] values = in.ints();
        ListNode head = null;
        for (int i = values.length - 1; i >= 0; i--) {
            head = new ListNode(values[i], head);
        }
        return head;
    }

    public void write(Object value, StringBuilder out) throws AssayJson.Fault {
        if (value != null && !(value instanceof ListNode)) {
            throw AssayJson.mismatch(AssayJson.Type.parse("ListNode"), value);
        }
        Set<ListNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        out.append('[');
        for (ListNode node = (ListNode) value; node != null; node = node.next) {
            if (seen.contains(node)) {
                throw new AssayJson.Fault("cycle", "the returned ListNode has a cycle");
            }
            if (seen.size() >= AssayJson.MAX_NODES) {
                throw new AssayJson.Fault(
                        "size", "the returned ListNode has over " + AssayJson.MAX_NODES + " nodes");
            }
            seen.add(node);
            out.append(seen.size() > 1 ? "," : "").append(node.val);
        }
        out.append(']');
    }
}
