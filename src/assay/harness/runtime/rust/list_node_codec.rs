
    // --- ListNode (included when the signature uses it) ---

    impl Decode for Option<Box<crate::ListNode>> {
        fn decode(value: &Json) -> Result<Self, Failure> {
            let mut head = None;
            for item in items(value)?.iter().rev() {
                let mut node = Box::new(crate::ListNode::new(decode(item)?));
                node.next = head;
                head = Some(node);
            }
            Ok(head)
        }
    }

    impl Encode for Option<Box<crate::ListNode>> {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            // A Box list cannot have a cycle; only its size is checked.
            let mut values = Vec::new();
            let mut node = self.as_ref();
            while let Some(current) = node {
                if values.len() >= MAX_NODES {
                    return fault("size", format!("the returned ListNode has over {} nodes", MAX_NODES));
                }
                values.push(current.val);
                node = current.next.as_ref();
            }
            values.encode(out)
        }
    }
