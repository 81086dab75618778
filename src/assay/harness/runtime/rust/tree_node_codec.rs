
    // --- TreeNode (included when the signature uses it) ---

    type TreeLink = Option<Rc<RefCell<crate::TreeNode>>>;

    fn new_tree_node(item: &Json) -> Result<Rc<RefCell<crate::TreeNode>>, Failure> {
        Ok(Rc::new(RefCell::new(crate::TreeNode::new(decode(item)?))))
    }

    /// The next child in LeetCode's level order: null means no child there.
    fn tree_child(
        values: &[Json],
        next: &mut usize,
        queue: &mut VecDeque<Rc<RefCell<crate::TreeNode>>>,
    ) -> Result<TreeLink, Failure> {
        let item = match values.get(*next) {
            None | Some(Json::Null) => {
                *next += 1;
                return Ok(None);
            }
            Some(item) => item,
        };
        *next += 1;
        let node = new_tree_node(item)?;
        queue.push_back(node.clone());
        Ok(Some(node))
    }

    impl Decode for TreeLink {
        fn decode(value: &Json) -> Result<Self, Failure> {
            let values = items(value)?;
            let root = match values.first() {
                None | Some(Json::Null) => return Ok(None),
                Some(item) => new_tree_node(item)?,
            };
            let mut queue = VecDeque::from([root.clone()]);
            let mut next = 1;
            while next < values.len() {
                let node = match queue.pop_front() {
                    Some(node) => node,
                    None => break,
                };
                let left = tree_child(values, &mut next, &mut queue)?;
                let right = tree_child(values, &mut next, &mut queue)?;
                let mut node = node.borrow_mut();
                node.left = left;
                node.right = right;
            }
            Ok(Some(root))
        }
    }

    impl Encode for TreeLink {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            let mut values: Vec<Option<i32>> = Vec::new();
            let mut seen = HashSet::new();
            let mut queue: VecDeque<TreeLink> = VecDeque::from([self.clone()]);
            if self.is_none() {
                queue.clear();
            }
            while let Some(link) = queue.pop_front() {
                let node = match link {
                    None => {
                        values.push(None);
                        continue;
                    }
                    Some(node) => node,
                };
                // Rc trees can share a node, or loop through a RefCell.
                if !seen.insert(Rc::as_ptr(&node)) {
                    return fault("cycle", "the returned TreeNode is not a tree (a node is reached twice)".to_string());
                }
                if seen.len() > MAX_NODES {
                    return fault("size", format!("the returned TreeNode has over {} nodes", MAX_NODES));
                }
                let node = match node.try_borrow() {
                    Ok(node) => node,
                    Err(_) => return fault("type", "a returned TreeNode is still mutably borrowed".to_string()),
                };
                values.push(Some(node.val));
                queue.push_back(node.left.clone());
                queue.push_back(node.right.clone());
            }
            while values.last() == Some(&None) {
                values.pop();
            }
            values.encode(out)
        }
    }

    impl Encode for Option<i32> {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            match self {
                Some(value) => value.encode(out),
                None => {
                    out.push_str("null");
                    Ok(())
                }
            }
        }
    }
