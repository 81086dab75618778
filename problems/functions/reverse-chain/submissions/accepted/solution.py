class Solution:
    def reverseChain(self, head: Optional[ListNode]) -> Optional[ListNode]:
        previous = None
        while head is not None:
            head.next, previous, head = previous, head, head.next
        return previous
