// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoders/checkpoint/TorchPickle.h"

#include "encoders/checkpoint/ByteSource.h"

#include <cstring>
#include <map>
#include <stdexcept>

namespace asd {

namespace {

// Objects live in one arena and refer to each other by index, so that the memo and the stack
// share mutable dicts as Python's do, and a hostile file that makes a dict contain itself
// leaks nothing (the conversion to JSON stops at kMaxDepth).
struct Object {
    enum class Kind { None, Bool, Int, Float, String, Tuple, List, Dict, Global, Storage, Tensor } kind;
    explicit Object(Kind k) : kind(k) {}
    bool boolean = false;
    std::int64_t integer = 0; // Int; Storage: numel; Tensor: index into tensors
    double number = 0.0;
    std::string text;        // String; Global: "module.name"; Storage: record key
    std::vector<int> items;  // Tuple and List; Dict: key, value, key, value…
};

constexpr std::size_t kMaxObjects = 50'000'000, kMaxDepth = 64;
constexpr const char *kOrderedDict = "collections.OrderedDict", *kRebuildTensor = "torch._utils._rebuild_tensor_v2",
                     *kFloatStorage = "torch.FloatStorage";

class Unpickler {
public:
    explicit Unpickler(const std::string &data) : m_data(data) {}

    UnpickledCheckpoint run()
    {
        for (;;) {
            const std::size_t at = m_pos;
            const std::uint8_t op = byte();
            switch (op) {
            case 0x80: // PROTO
                if (byte() > 5)
                    fail(at, "unknown pickle protocol");
                break;
            case 0x95: // FRAME (protocol 4): a length hint
                bytes(8);
                break;
            case '}': push(make(Object::Kind::Dict)); break;
            case ')': push(make(Object::Kind::Tuple)); break;
            case ']': push(make(Object::Kind::List)); break;
            case 'N': push(make(Object::Kind::None)); break;
            case 0x88: push(boolean(true)); break;
            case 0x89: push(boolean(false)); break;
            case '(': m_marks.push_back(m_stack.size()); break;
            case 'X': push(string(bytes(unsignedInt(4)))); break;
            case 0x8c: push(string(bytes(unsignedInt(1)))); break; // SHORT_BINUNICODE
            case 'K': push(integer(std::int64_t(unsignedInt(1)))); break;
            case 'M': push(integer(std::int64_t(unsignedInt(2)))); break;
            case 'J': push(integer(std::int64_t(std::int32_t(std::uint32_t(unsignedInt(4)))))); break;
            case 0x8a: { // LONG1: little-endian two's complement
                const std::size_t n = unsignedInt(1);
                if (n > 8)
                    fail(at, "an integer of more than 64 bits");
                const std::string b = bytes(n);
                std::uint64_t v = 0;
                for (std::size_t i = n; i-- > 0;)
                    v = v << 8 | std::uint8_t(b[i]);
                if (n > 0 && n < 8 && (std::uint8_t(b[n - 1]) & 0x80))
                    v |= ~std::uint64_t(0) << (8 * n);
                push(integer(std::int64_t(v)));
                break;
            }
            case 'G': { // BINFLOAT: big-endian double
                const std::string b = bytes(8);
                std::uint64_t v = 0;
                for (char c : b)
                    v = v << 8 | std::uint8_t(c);
                Object o{Object::Kind::Float};
                std::memcpy(&o.number, &v, 8);
                push(add(std::move(o)));
                break;
            }
            case 't': push(tupleFrom(popMark(at))); break;
            case 0x85: case 0x86: case 0x87: { // TUPLE1..3
                const std::size_t n = op - 0x84;
                if (m_stack.size() < n + base())
                    fail(at, "stack underflow");
                std::vector<int> items(m_stack.end() - std::ptrdiff_t(n), m_stack.end());
                m_stack.resize(m_stack.size() - n);
                push(tupleFrom(std::move(items)));
                break;
            }
            case 'c': { // GLOBAL module\nname\n
                const std::string module = line(), name = line();
                const std::string global = module + "." + name;
                if (global != kOrderedDict && global != kRebuildTensor && global != kFloatStorage)
                    fail(at, "the pickle names " + global +
                                 ", which a weights file does not need; refused without running anything");
                Object o{Object::Kind::Global};
                o.text = global;
                push(add(std::move(o)));
                break;
            }
            case 'R': { // REDUCE
                const int args = pop(at), callable = pop(at);
                push(reduce(at, callable, args));
                break;
            }
            case 'Q': push(storage(at, pop(at))); break; // BINPERSID
            case 'q': memoPut(unsignedInt(1)); break;
            case 'r': memoPut(unsignedInt(4)); break;
            case 0x94: memoPut(m_memo.size()); break; // MEMOIZE
            case 'h': push(memoGet(at, unsignedInt(1))); break;
            case 'j': push(memoGet(at, unsignedInt(4))); break;
            case 's': { // SETITEM
                const int value = pop(at), key = pop(at);
                setItems(at, top(at), {key, value});
                break;
            }
            case 'u': { // SETITEMS
                std::vector<int> items = popMark(at);
                if (items.size() % 2)
                    fail(at, "SETITEMS with an odd number of items");
                setItems(at, top(at), items);
                break;
            }
            case 'a': { // APPEND
                const int value = pop(at);
                append(at, top(at), {value});
                break;
            }
            case 'e': append(at, top(at), popMark(at)); break; // APPENDS
            case 'b': { // BUILD: an OrderedDict's _metadata attribute, which loading ignores
                pop(at);
                if (m_objects[std::size_t(top(at))].kind != Object::Kind::Dict)
                    fail(at, "BUILD on something other than a dict");
                break;
            }
            case '.': { // STOP
                const int result = pop(at);
                UnpickledCheckpoint out;
                out.root = toJson(result, 0);
                out.tensors = std::move(m_tensors);
                return out;
            }
            default: {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02x", op);
                fail(at, std::string("opcode ") + hex + " is not one a weights file uses");
            }
            }
        }
    }

private:
    [[noreturn]] void fail(std::size_t at, const std::string &what) const
    {
        throw std::runtime_error("data.pkl byte " + std::to_string(at) + ": " + what);
    }
    std::uint8_t byte() { return std::uint8_t(bytes(1)[0]); }
    std::string bytes(std::size_t n)
    {
        if (n > m_data.size() - m_pos)
            fail(m_pos, "the pickle ends early (truncated)");
        m_pos += n;
        return m_data.substr(m_pos - n, n);
    }
    std::uint64_t unsignedInt(int n) { return littleEndian(bytes(std::size_t(n)), 0, n); }
    std::string line()
    {
        const std::size_t end = m_data.find('\n', m_pos);
        if (end == std::string::npos || end - m_pos > 256)
            fail(m_pos, "a GLOBAL without its name");
        std::string s = m_data.substr(m_pos, end - m_pos);
        m_pos = end + 1;
        return s;
    }

    int add(Object o)
    {
        if (m_objects.size() >= kMaxObjects)
            fail(m_pos, "too many objects");
        m_objects.push_back(std::move(o));
        return int(m_objects.size() - 1);
    }
    int make(Object::Kind kind) { return add(Object{kind}); }
    int boolean(bool b)
    {
        Object o{Object::Kind::Bool};
        o.boolean = b;
        return add(std::move(o));
    }
    int integer(std::int64_t v)
    {
        Object o{Object::Kind::Int};
        o.integer = v;
        return add(std::move(o));
    }
    int string(std::string s)
    {
        Object o{Object::Kind::String};
        o.text = std::move(s);
        return add(std::move(o));
    }
    int tupleFrom(std::vector<int> items)
    {
        Object o{Object::Kind::Tuple};
        o.items = std::move(items);
        return add(std::move(o));
    }

    std::size_t base() const { return m_marks.empty() ? 0 : m_marks.back(); }
    void push(int object)
    {
        if (m_stack.size() >= kMaxObjects)
            fail(m_pos, "stack too deep");
        m_stack.push_back(object);
    }
    int pop(std::size_t at)
    {
        if (m_stack.size() <= base())
            fail(at, "stack underflow");
        const int o = m_stack.back();
        m_stack.pop_back();
        return o;
    }
    int top(std::size_t at) const
    {
        if (m_stack.size() <= base())
            fail(at, "stack underflow");
        return m_stack.back();
    }
    std::vector<int> popMark(std::size_t at)
    {
        if (m_marks.empty())
            fail(at, "no MARK");
        const std::size_t mark = m_marks.back();
        m_marks.pop_back();
        std::vector<int> items(m_stack.begin() + std::ptrdiff_t(mark), m_stack.end());
        m_stack.resize(mark);
        return items;
    }
    void memoPut(std::uint64_t key)
    {
        if (m_stack.empty())
            fail(m_pos, "PUT on an empty stack");
        m_memo[key] = m_stack.back();
    }
    int memoGet(std::size_t at, std::uint64_t key) const
    {
        const auto m = m_memo.find(key);
        if (m == m_memo.end())
            fail(at, "GET of a value never PUT");
        return m->second;
    }
    const Object &object(int i) const { return m_objects[std::size_t(i)]; }

    void setItems(std::size_t at, int dict, const std::vector<int> &items)
    {
        if (object(dict).kind != Object::Kind::Dict)
            fail(at, "SETITEM on something other than a dict");
        for (int i : items)
            m_objects[std::size_t(dict)].items.push_back(i);
    }
    void append(std::size_t at, int list, const std::vector<int> &items)
    {
        if (object(list).kind != Object::Kind::List)
            fail(at, "APPEND on something other than a list");
        for (int i : items)
            m_objects[std::size_t(list)].items.push_back(i);
    }

    std::int64_t intAt(std::size_t at, int o, const char *what) const
    {
        if (object(o).kind != Object::Kind::Int)
            fail(at, std::string(what) + " is not an integer");
        return object(o).integer;
    }

    // ('storage', torch.FloatStorage, key, location, numel)
    int storage(std::size_t at, int pid)
    {
        const Object &t = object(pid);
        if (t.kind != Object::Kind::Tuple || t.items.size() != 5 || object(t.items[0]).text != "storage" ||
            object(t.items[2]).kind != Object::Kind::String)
            fail(at, "a persistent id that is not a tensor storage");
        if (object(t.items[1]).kind != Object::Kind::Global || object(t.items[1]).text != kFloatStorage)
            fail(at, "a storage that is not float32 (only float32 weights are read)");
        const std::int64_t numel = intAt(at, t.items[4], "a storage size");
        if (numel < 0)
            fail(at, "a negative storage size");
        Object o{Object::Kind::Storage};
        o.text = object(t.items[2]).text;
        o.integer = numel;
        return add(std::move(o));
    }

    int reduce(std::size_t at, int callable, int args)
    {
        if (object(callable).kind != Object::Kind::Global || object(args).kind != Object::Kind::Tuple)
            fail(at, "REDUCE of something other than an allowed global");
        const std::vector<int> a = object(args).items;
        if (object(callable).text == kOrderedDict) {
            if (!a.empty())
                fail(at, "OrderedDict with arguments");
            return make(Object::Kind::Dict);
        }
        if (object(callable).text != kRebuildTensor)
            fail(at, object(callable).text + " called");
        // _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, backward_hooks[, metadata])
        if (a.size() < 6 || a.size() > 7 || object(a[0]).kind != Object::Kind::Storage)
            fail(at, "_rebuild_tensor_v2 with unexpected arguments");
        PickledTensor t;
        t.storageKey = object(a[0]).text;
        t.storageNumel = object(a[0]).integer;
        t.offset = intAt(at, a[1], "a tensor offset");
        for (auto [from, into] : {std::pair{a[2], &t.size}, std::pair{a[3], &t.stride}}) {
            if (object(from).kind != Object::Kind::Tuple || object(from).items.size() > 8)
                fail(at, "a tensor shape that is not a tuple of at most 8 integers");
            for (int d : object(from).items)
                into->push_back(intAt(at, d, "a tensor dimension"));
        }
        if (t.size.size() != t.stride.size())
            fail(at, "a tensor whose size and stride differ in length");
        // Every element it addresses must lie inside its storage.
        bool empty = false;
        for (std::int64_t s : t.size)
            empty |= s == 0;
        __int128 last = t.offset;
        for (std::size_t d = 0; d < t.size.size(); ++d) {
            if (t.size[d] < 0 || t.stride[d] < 0)
                fail(at, "a tensor with a negative size or stride");
            last += __int128(t.size[d] > 0 ? t.size[d] - 1 : 0) * t.stride[d];
        }
        if (t.offset < 0 || (!empty && last >= t.storageNumel))
            fail(at, "a tensor that reaches past its storage");
        Object o{Object::Kind::Tensor};
        o.integer = std::int64_t(m_tensors.size());
        m_tensors.push_back(std::move(t));
        return add(std::move(o));
    }

    nlohmann::ordered_json toJson(int i, std::size_t depth) const
    {
        if (depth > kMaxDepth)
            fail(m_pos, "values nested too deeply");
        const Object &o = object(i);
        switch (o.kind) {
        case Object::Kind::None: return nullptr;
        case Object::Kind::Bool: return o.boolean;
        case Object::Kind::Int: return o.integer;
        case Object::Kind::Float: return o.number;
        case Object::Kind::String: return o.text;
        case Object::Kind::Tensor: return {{"__tensor__", o.integer}};
        case Object::Kind::Tuple:
        case Object::Kind::List: {
            nlohmann::ordered_json a = nlohmann::ordered_json::array();
            for (int item : o.items)
                a.push_back(toJson(item, depth + 1));
            return a;
        }
        case Object::Kind::Dict: {
            nlohmann::ordered_json d = nlohmann::ordered_json::object();
            for (std::size_t k = 0; k + 1 < o.items.size(); k += 2) {
                const Object &key = object(o.items[k]);
                if (key.kind != Object::Kind::String && key.kind != Object::Kind::Int)
                    fail(m_pos, "a dict key that is not a string or an integer");
                d[key.kind == Object::Kind::String ? key.text : std::to_string(key.integer)] =
                    toJson(o.items[k + 1], depth + 1);
            }
            return d;
        }
        case Object::Kind::Global:
        case Object::Kind::Storage: break;
        }
        fail(m_pos, "a bare " + o.text + " where a value belongs");
    }

    const std::string &m_data;
    std::size_t m_pos = 0;
    std::vector<Object> m_objects;
    std::vector<int> m_stack;
    std::vector<std::size_t> m_marks;
    std::map<std::uint64_t, int> m_memo;
    std::vector<PickledTensor> m_tensors;
};

} // namespace

UnpickledCheckpoint unpickleTorchCheckpoint(const std::string &pickle) { return Unpickler(pickle).run(); }

} // namespace asd
