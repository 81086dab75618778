class TrackingStack {
    vector<long long> vals, mins;
public:
    TrackingStack() {
        vals.reserve(1024);
        mins.reserve(1024);
    }
    
    void push(long long val) {
        vals.push_back(val);
        mins.push_back(mins.empty() ? val : min(val, mins.back()));
    }
    
    void pop() {
        vals.pop_back();
        mins.pop_back();
    }
    
    long long top() {
        return vals.back();
    }
    
    long long getMin() {
        return mins.back();
    }
};

/**
 * Your TrackingStack object will be instantiated and called as such:
 * TrackingStack* obj = new TrackingStack();
 * obj->push(val);
 * obj->pop();
 * long long param_3 = obj->top();
 * long long param_4 = obj->getMin();
 */
