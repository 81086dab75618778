// Assay's C++ driver runtime (the protocol: docs/function-problems.md).
// main.cpp includes it after the prelude (<bits/stdc++.h>; ListNode and TreeNode, with
// ASSAY_LIST_NODE / ASSAY_TREE_NODE defined, when the signature uses them) and before the user's
// code, so no macro of the user's can reach it. Only <cstdio> touches the file
// descriptors: a POSIX header here would put `read`, `link`, `pipe`... in the user's global
// namespace, where LeetCode solutions like to declare their own.
#include <cxxabi.h>

extern "C" long long assay_stdout_size(void);  // assay_stdout.cpp

namespace assay {

constexpr std::size_t kMaxNodes = 1000000;
constexpr std::size_t kMaxMessage = 2000;  // code points of an exception's message

// The result does not fit the declared type: kind is "type", "cycle" or "size".
struct Fault {
    std::string kind;
    std::string msg;
};

// The input is not what the judge promised: the driver stops.
struct BadInput {
    std::string msg;
};

// --- reading: a strict JSON reader, driven by the declared type --------------------------------

class Parser {
public:
    explicit Parser(const std::string& text) : text_(text) {}

    char peek() {
        skip_space();
        return pos_ < text_.size() ? text_[pos_] : '\0';
    }

    void expect(char wanted) {
        if (peek() != wanted) fail(std::string("expected '") + wanted + "'");
        ++pos_;
    }

    bool accept(char wanted) {
        if (peek() != wanted) return false;
        ++pos_;
        return true;
    }

    // Calls `item` for each element of a JSON array.
    template <class F>
    void each_item(F item) {
        expect('[');
        if (accept(']')) return;
        do item(); while (accept(','));
        expect(']');
    }

    bool null() { return literal("null"); }

    bool boolean() {
        if (literal("true")) return true;
        if (literal("false")) return false;
        fail("expected a boolean");
    }

    long long integer(long long low, long long high) {
        std::string token = number_token();
        long long value = 0;
        auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
        if (error != std::errc() || end != token.data() + token.size() || value < low ||
            value > high) {
            fail("expected an integer in range, got " + token);
        }
        return value;
    }

    double number() {
        std::string token = number_token();
        double value = 0;
        auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
        if (error != std::errc() || end != token.data() + token.size()) {
            fail("expected a number, got " + token);
        }
        return value;
    }

    std::string string() {
        expect('"');
        std::string out;
        while (pos_ < text_.size() && text_[pos_] != '"') {
            char c = text_[pos_++];
            if (c == '\\') {
                escape(out);
            } else {
                out += c;
            }
        }
        expect('"');
        return out;
    }

    void finish() {
        if (peek() != '\0') fail("unexpected text after the value");
    }

    [[noreturn]] void fail(const std::string& why) {
        throw BadInput{why + " at column " + std::to_string(pos_ + 1)};
    }

private:
    void skip_space() {
        while (pos_ < text_.size() && std::strchr(" \t\r\n", text_[pos_]) && text_[pos_]) ++pos_;
    }

    bool literal(const char* word) {
        std::size_t length = std::strlen(word);
        skip_space();
        if (text_.compare(pos_, length, word) != 0) return false;
        pos_ += length;
        return true;
    }

    std::string number_token() {
        skip_space();
        std::size_t start = pos_;
        if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
        while (pos_ < text_.size() && std::strchr("0123456789.eE+-", text_[pos_]) && text_[pos_]) {
            ++pos_;
        }
        if (pos_ == start) fail("expected a number");
        return text_.substr(start, pos_ - start);
    }

    void escape(std::string& out) {
        if (pos_ >= text_.size()) fail("unfinished escape");
        char c = text_[pos_++];
        static const std::string from = "\"\\/bfnrt", to = "\"\\/\b\f\n\r\t";
        std::size_t index = from.find(c);
        if (index != std::string::npos) {
            out += to[index];
        } else if (c == 'u') {
            append_utf8(out, code_point());
        } else {
            fail("bad escape");
        }
    }

    unsigned code_point() {
        unsigned high = hex4();
        if (high < 0xD800 || high > 0xDBFF || text_.compare(pos_, 2, "\\u") != 0) {
            return high >= 0xD800 && high <= 0xDFFF ? 0xFFFD : high;  // a lone surrogate
        }
        pos_ += 2;
        unsigned low = hex4();
        if (low < 0xDC00 || low > 0xDFFF) return 0xFFFD;
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
    }

    unsigned hex4() {
        if (pos_ + 4 > text_.size()) fail("short \\u escape");
        unsigned value = 0;
        auto [end, error] = std::from_chars(text_.data() + pos_, text_.data() + pos_ + 4, value, 16);
        if (error != std::errc() || end != text_.data() + pos_ + 4) fail("bad \\u escape");
        pos_ += 4;
        return value;
    }

    static void append_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    const std::string& text_;
    std::size_t pos_ = 0;
};

// --- writing: canonical JSON, as Python's json.dumps writes it --------------------------------

// Decodes one UTF-8 sequence at `pos`; -1 when it is not valid UTF-8.
inline long next_code_point(const std::string& s, std::size_t& pos) {
    unsigned char c = s[pos];
    int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    if (extra == 0) {
        ++pos;
        return c;
    }
    if (extra < 0 || pos + extra >= s.size()) {
        ++pos;
        return -1;
    }
    static const unsigned char lead_mask[] = {0x7F, 0x1F, 0x0F, 0x07};
    static const long minimum[] = {0, 0x80, 0x800, 0x10000};
    long cp = c & lead_mask[extra];
    for (int i = 1; i <= extra; ++i) {
        unsigned char next = s[pos + i];
        if ((next & 0xC0) != 0x80) {
            ++pos;
            return -1;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    pos += extra + 1;
    bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    return cp < minimum[extra] || cp > 0x10FFFF || surrogate ? -1 : cp;
}

inline void write_escaped(std::string& out, long cp) {
    static const char* shorts[] = {"\\\"", "\\\\", "\\n", "\\r", "\\t", "\\b", "\\f"};
    static const std::string plain = "\"\\\n\r\t\b\f";
    std::size_t index = cp < 0x80 ? plain.find(char(cp)) : std::string::npos;
    char buffer[48];
    if (index != std::string::npos) {
        out += shorts[index];
    } else if (cp >= 0x20 && cp < 0x7F) {
        out += char(cp);
    } else if (cp < 0x10000) {
        std::snprintf(buffer, sizeof buffer, "\\u%04lx", cp);
        out += buffer;
    } else {
        cp -= 0x10000;
        std::snprintf(buffer, sizeof buffer, "\\u%04lx\\u%04lx", 0xD800 + (cp >> 10),
                      0xDC00 + (cp & 0x3FF));
        out += buffer;
    }
}

// A JSON string, ASCII only. Invalid UTF-8 is a type fault for a value (`strict`) and U+FFFD in
// a message; `limit` counts code points.
inline void write_string(std::string& out, const std::string& s, bool strict,
                         std::size_t limit = std::string::npos) {
    out += '"';
    std::size_t pos = 0;
    for (std::size_t count = 0; pos < s.size() && count < limit; ++count) {
        long cp = next_code_point(s, pos);
        if (cp < 0 && strict) throw Fault{"type", "the returned string is not valid UTF-8"};
        write_escaped(out, cp < 0 ? 0xFFFD : cp);
    }
    out += '"';
}

// Python's repr(float): shortest round trip, fixed notation for exponents -4..15.
inline void write_double(std::string& out, double value) {
    if (!std::isfinite(value)) {
        std::string shown = std::isnan(value) ? "nan" : value > 0 ? "inf" : "-inf";
        throw Fault{"type", "returned " + shown + ", which is not a finite double"};
    }
    char buffer[64];
    char* end = std::to_chars(buffer, buffer + sizeof buffer, value,
                              std::chars_format::scientific).ptr;
    std::string text(buffer, end);
    std::size_t e = text.find('e');
    int exponent = std::stoi(text.substr(e + 1));
    std::string sign = text[0] == '-' ? "-" : "";
    std::string digits = text.substr(sign.size(), e - sign.size());
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    out += sign;
    int point = exponent + 1;  // digits before the decimal point
    int count = int(digits.size());
    if (point > -4 && point <= 16) {
        if (point <= 0) {
            out += "0." + std::string(-point, '0') + digits;
        } else if (point >= count) {
            out += digits + std::string(point - count, '0') + ".0";
        } else {
            out += digits.substr(0, point) + "." + digits.substr(point);
        }
        return;
    }
    out += digits.substr(0, 1);
    if (count > 1) out += "." + digits.substr(1);
    std::snprintf(buffer, sizeof buffer, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += buffer;
}

inline bool has_duplicate(std::vector<const void*> nodes) {
    std::sort(nodes.begin(), nodes.end());
    return std::adjacent_find(nodes.begin(), nodes.end()) != nodes.end();
}

// The driver's rule (as Python's): a node seen twice among the first kMaxNodes + 1 is a cycle,
// else a (kMaxNodes + 1)-th node is too many.
inline void check_nodes(const std::vector<const void*>& nodes, const std::string& what,
                        const std::string& cycle) {
    if (has_duplicate(nodes)) throw Fault{"cycle", "the returned " + what + " " + cycle};
    if (nodes.size() > kMaxNodes) {
        throw Fault{"size", "the returned " + what + " has over " + std::to_string(kMaxNodes) +
                                " nodes"};
    }
}

#ifdef ASSAY_LIST_NODE
inline void write_list(std::string& out, const ListNode* head) {
    std::vector<const void*> nodes;
    for (const ListNode* node = head; node && nodes.size() <= kMaxNodes; node = node->next) {
        nodes.push_back(node);
    }
    check_nodes(nodes, "ListNode", "has a cycle");
    out += '[';
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (i) out += ',';
        out += std::to_string(static_cast<const ListNode*>(nodes[i])->val);
    }
    out += ']';
}
#endif

#ifdef ASSAY_TREE_NODE
inline void write_tree(std::string& out, const TreeNode* root) {
    std::vector<const TreeNode*> order;  // level order, null children included
    std::vector<const void*> nodes;
    if (root) order.push_back(root);
    for (std::size_t i = 0; i < order.size() && nodes.size() <= kMaxNodes; ++i) {
        if (!order[i]) continue;
        nodes.push_back(order[i]);
        order.push_back(order[i]->left);
        order.push_back(order[i]->right);
    }
    check_nodes(nodes, "TreeNode", "is not a tree (a node is reached twice)");
    while (!order.empty() && !order.back()) order.pop_back();
    out += '[';
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i) out += ',';
        out += order[i] ? std::to_string(order[i]->val) : "null";
    }
    out += ']';
}

inline TreeNode* build_tree(const std::vector<std::optional<int>>& values) {
    if (values.empty() || !values[0]) return nullptr;
    TreeNode* root = new TreeNode(*values[0]);
    std::deque<TreeNode*> queue{root};
    std::size_t i = 1;
    while (!queue.empty() && i < values.size()) {
        TreeNode* node = queue.front();
        queue.pop_front();
        for (TreeNode** child : {&node->left, &node->right}) {
            if (i < values.size() && values[i]) {
                *child = new TreeNode(*values[i]);
                queue.push_back(*child);
            }
            ++i;
        }
    }
    return root;
}
#endif

// --- one codec per declared type -----------------------------------------------------------------

template <class T>
struct Codec;

template <>
struct Codec<int> {
    static int read(Parser& p) { return int(p.integer(INT_MIN, INT_MAX)); }
    static void write(std::string& out, int value) { out += std::to_string(value); }
};

template <>
struct Codec<long long> {
    static long long read(Parser& p) { return p.integer(LLONG_MIN, LLONG_MAX); }
    static void write(std::string& out, long long value) { out += std::to_string(value); }
};

template <>
struct Codec<double> {
    static double read(Parser& p) { return p.number(); }
    static void write(std::string& out, double value) { write_double(out, value); }
};

template <>
struct Codec<bool> {
    static bool read(Parser& p) { return p.boolean(); }
    static void write(std::string& out, bool value) { out += value ? "true" : "false"; }
};

template <>
struct Codec<char> {
    static char read(Parser& p) {
        std::string text = p.string();
        if (text.size() != 1) p.fail("expected one character");
        return text[0];
    }
    static void write(std::string& out, char value) {
        if (static_cast<unsigned char>(value) > 0x7F) {
            throw Fault{"type", "returned the byte " +
                                    std::to_string(static_cast<unsigned char>(value)) +
                                    " where one (ASCII) character was declared"};
        }
        write_string(out, std::string(1, value), true);
    }
};

template <>
struct Codec<std::string> {
    static std::string read(Parser& p) { return p.string(); }
    static void write(std::string& out, const std::string& value) {
        write_string(out, value, true);
    }
};

#ifdef ASSAY_LIST_NODE
template <>
struct Codec<ListNode*> {
    static ListNode* read(Parser& p) {
        ListNode head;
        ListNode* tail = &head;
        p.each_item([&] {
            tail->next = new ListNode(Codec<int>::read(p));
            tail = tail->next;
        });
        return head.next;
    }
    static void write(std::string& out, const ListNode* value) { write_list(out, value); }
};
#endif

#ifdef ASSAY_TREE_NODE
template <>
struct Codec<TreeNode*> {
    static TreeNode* read(Parser& p) {
        std::vector<std::optional<int>> values;
        p.each_item([&] {
            values.push_back(p.null() ? std::nullopt : std::optional<int>(Codec<int>::read(p)));
        });
        return build_tree(values);
    }
    static void write(std::string& out, const TreeNode* value) { write_tree(out, value); }
};
#endif

template <class T>
struct Codec<std::vector<T>> {
    static std::vector<T> read(Parser& p) {
        std::vector<T> items;
        p.each_item([&] { items.push_back(Codec<T>::read(p)); });
        return items;
    }
    static void write(std::string& out, const std::vector<T>& items, std::size_t count) {
        out += '[';
        for (std::size_t i = 0; i < count; ++i) {
            if (i) out += ',';
            Codec<T>::write(out, items[i]);
        }
        out += ']';
    }
    static void write(std::string& out, const std::vector<T>& items) {
        write(out, items, items.size());
    }
};

template <class T>
T read(Parser& p) {
    return Codec<T>::read(p);
}

template <class T>
T decode(const std::string& line) {
    Parser p(line);
    T value = Codec<T>::read(p);
    p.finish();
    return value;
}

template <class T>
std::string encode(const T& value) {
    std::string out;
    Codec<T>::write(out, value);
    return out;
}

// `output.length: return`: the first `length` items of the in-place parameter.
template <class T>
std::string encode_prefix(const std::vector<T>& items, long long length) {
    if (length < 0 || length > static_cast<long long>(items.size())) {
        throw Fault{"size", "returned length " + std::to_string(length) + " is outside 0.." +
                                std::to_string(items.size())};
    }
    std::string out;
    Codec<std::vector<T>>::write(out, items, std::size_t(length));
    return out;
}

// --- the channel -------------------------------------------------------------------------------

inline std::FILE* channel() {
    static std::FILE* file = [] {
        std::FILE* opened = fdopen(3, "wb");
        if (!opened) {
            std::fputs("assay driver: fd 3 is not open\n", stderr);
            std::_Exit(1);
        }
        return opened;
    }();
    return file;
}

// One record: `record` is an open JSON object, closed here with "o", the size of stdout once
// flushed (the judge places each test's stdout by it).
inline void emit(const std::string& record) {
    std::cout.flush();
    std::cerr.flush();
    std::clog.flush();
    std::fflush(nullptr);
    long long size = assay_stdout_size();
    std::string line = record + (size >= 0 ? ",\"o\":" + std::to_string(size) : "") + "}\n";
    std::FILE* file = channel();
    if (std::fwrite(line.data(), 1, line.size(), file) != line.size() || std::fflush(file) != 0) {
        std::_Exit(1);
    }
}

inline std::string value_record(std::size_t test, const std::string& value) {
    return "{\"t\":" + std::to_string(test) + ",\"v\":" + value;
}

inline std::string error_record(std::size_t test, const std::string& kind,
                                const std::string& type, const std::string& msg, int call) {
    std::string out = "{\"t\":" + std::to_string(test) + ",\"e\":{\"kind\":";
    write_string(out, kind, false);
    out += ",\"type\":";
    write_string(out, type, false);
    out += ",\"msg\":";
    write_string(out, msg, false, kMaxMessage);
    out += ",\"at\":[]}";
    if (call >= 0) out += ",\"call\":" + std::to_string(call);
    return out;
}

inline std::string demangle(const std::type_info* type) {
    if (!type) return "unknown";
    int status = 0;
    char* name = abi::__cxa_demangle(type->name(), nullptr, nullptr, &status);
    std::string out = status == 0 && name ? name : type->name();
    std::free(name);
    return out;
}

// The message of something thrown that is not a std::exception (`throw "oops"`, `throw 42`).
inline std::string current_message() {
    try {
        throw;
    } catch (const char* text) {
        return text ? text : "";
    } catch (const std::string& text) {
        return text;
    } catch (int value) {
        return std::to_string(value);
    } catch (long long value) {
        return std::to_string(value);
    } catch (...) {
        return "";
    }
}

// --- the loop ----------------------------------------------------------------------------------

// The design call running, -1 in a function problem. The glue, which follows the user's code, says
// CallIndex rather than int: `#define int long long` is a common LeetCode idiom.
using CallIndex = int;
using TestFunction = std::string (*)(const std::vector<std::string>& lines, CallIndex& call);

inline std::vector<std::string> read_lines() {
    std::string data;
    char buffer[1 << 16];
    std::size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) data.append(buffer, got);
    if (!std::freopen("/dev/null", "rb", stdin)) std::_Exit(1);
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = data.find('\n', start)) != std::string::npos; start = end + 1) {
        lines.push_back(data.substr(start, end - start));
    }
    if (start < data.size()) lines.push_back(data.substr(start));
    return lines;
}

inline std::string run_test(TestFunction test, std::size_t index,
                            const std::vector<std::string>& lines) {
    CallIndex call = -1;
    try {
        return value_record(index, test(lines, call));
    } catch (const Fault& fault) {
        return error_record(index, fault.kind, "", fault.msg, call);
    } catch (const BadInput&) {
        throw;
    } catch (const std::exception& error) {
        return error_record(index, "exception", demangle(&typeid(error)), error.what(), call);
    } catch (...) {
        std::string type = demangle(abi::__cxa_current_exception_type());
        return error_record(index, "exception", type, current_message(), call);
    }
}

inline int run(std::size_t per_test, TestFunction test) {
    std::vector<std::string> lines = read_lines();
    std::size_t step = per_test ? per_test : 1;
    std::size_t tests = (lines.size() + step - 1) / step;
    try {
        for (std::size_t i = 0; i < tests; ++i) {
            std::size_t first = i * step;
            std::size_t last = std::min(lines.size(), first + per_test);
            std::vector<std::string> own(lines.begin() + first, lines.begin() + last);
            own.resize(per_test);
            emit(run_test(test, i, own));
        }
    } catch (const BadInput& bad) {
        std::fprintf(stderr, "assay driver: bad input: %s\n", bad.msg.c_str());
        return 1;
    }
    emit("{\"end\":" + std::to_string(tests));
    return 0;
}

template <class C>
using Constructor = C* (*)(Parser&);
template <class C>
using Invoker = std::string (*)(C&, const std::string&, Parser&);

// A design test: line 0 the operations, line 1 their arguments; one result per operation.
template <class C>
std::string run_design(const std::vector<std::string>& lines, CallIndex& call, Constructor<C> construct,
                       Invoker<C> invoke) {
    auto operations = decode<std::vector<std::string>>(lines[0]);
    Parser p(lines[1]);
    std::unique_ptr<C> object;
    std::string out = "[";
    p.expect('[');
    for (call = 0; call < CallIndex(operations.size()); ++call) {
        if (call > 0) {
            p.expect(',');
            out += ',';
        }
        if (call == 0) {
            object.reset(construct(p));
            out += "null";
        } else {
            out += invoke(*object, operations[call], p);
        }
    }
    p.expect(']');
    p.finish();
    return out + "]";
}

}  // namespace assay
