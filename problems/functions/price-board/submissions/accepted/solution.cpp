class PriceBoard {
    unordered_map<int, int> price;
    multiset<int> prices;
    int latest = 0;

public:
    PriceBoard() {}

    void update(int timestamp, int p) {
        auto it = price.find(timestamp);
        if (it != price.end()) prices.erase(prices.find(it->second));
        price[timestamp] = p;
        prices.insert(p);
        latest = max(latest, timestamp);
    }

    int current() { return price[latest]; }

    int maximum() { return *prices.rbegin(); }

    int minimum() { return *prices.begin(); }
};
