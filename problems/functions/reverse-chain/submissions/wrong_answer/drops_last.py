# Bug: the loop stops while the current node still has a successor, so the last node is lost.
class Solution:
    def reverseChain(self, head: Optional[ListNode]) -> Optional[ListNode]:
        previous, current = None, head
        while current is not None and current.next is not None:
            following = current.next
            current.next = previous
            previous = current
            current = following
        return previous
