# Correct but O(n^2): walks to the end of the list to detach the tail, once per node.
class Solution:
    def reverseChain(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode(0, head)
        new_head = tail = None
        while dummy.next is not None:
            before = dummy
            while before.next.next is not None:
                before = before.next
            last = before.next
            before.next = None
            if new_head is None:
                new_head = tail = last
            else:
                tail.next = last
                tail = last
        return new_head
