var TrackingStack = function() {
    this.values = [];
    this.mins = [];
};

/**
 * @param {number} val
 * @return {void}
 */
TrackingStack.prototype.push = function(val) {
    const n = this.mins.length;
    this.values.push(val);
    this.mins.push(n === 0 || val < this.mins[n - 1] ? val : this.mins[n - 1]);
};

/**
 * @return {void}
 */
TrackingStack.prototype.pop = function() {
    this.values.pop();
    this.mins.pop();
};

/**
 * @return {number}
 */
TrackingStack.prototype.top = function() {
    return this.values[this.values.length - 1];
};

/**
 * @return {number}
 */
TrackingStack.prototype.getMin = function() {
    return this.mins[this.mins.length - 1];
};

/**
 * Your TrackingStack object will be instantiated and called as such:
 * var obj = new TrackingStack()
 * obj.push(val)
 * obj.pop()
 * var param_3 = obj.top()
 * var param_4 = obj.getMin()
 */
