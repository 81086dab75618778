#[derive(Debug, PartialEq, Eq)]
pub struct TreeNode {
    pub val: i32,
    pub left: ::std::option::Option<::std::rc::Rc<::std::cell::RefCell<TreeNode>>>,
    pub right: ::std::option::Option<::std::rc::Rc<::std::cell::RefCell<TreeNode>>>,
}

impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self {
        TreeNode { val, left: ::std::option::Option::None, right: ::std::option::Option::None }
    }
}
