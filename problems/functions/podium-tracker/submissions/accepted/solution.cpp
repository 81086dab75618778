class Podium {
    int k;
    priority_queue<int, vector<int>, greater<int>> top;  // the k largest, smallest on top

public:
    Podium(int k, vector<int>& scores) : k(k) {
        for (int s : scores) push(s);
    }

    int add(int score) {
        push(score);
        return top.top();
    }

private:
    void push(int score) {
        top.push(score);
        if ((int)top.size() > k) top.pop();
    }
};
