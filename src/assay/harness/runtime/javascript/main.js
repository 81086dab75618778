// --- Assay's JavaScript driver (the protocol: docs/function-problems.md). SPEC is set above. ---
// The tests run in a worker thread: the run command is fixed (`node main.js`), so `--stack-size`
// cannot be passed, but a worker's stack size can be chosen (deep recursion needs it).
const fs = require("fs");
const path = require("path");
const util = require("util");
const vm = require("vm");
const { Worker, isMainThread } = require("worker_threads");

const MAX_NODES = 1000000;
const USER_FILE = "solution.js";
// Outside Assay (an exported package on another judge) there is no result channel: the records go
// to stdout, which the package's output validator reads, and the user's prints to stderr. (Assay
// names the channel's fd; an fd 3 found open elsewhere is not it.)
const EXPORTED = process.env.ASSAY_RESULT_FD !== "3";
const RESULT_FD = EXPORTED ? 1 : 3;
const USER_STDOUT_FD = EXPORTED ? 2 : 1;
const INT32 = [-2147483648, 2147483647];
const INT64 = [-(2 ** 63), 2 ** 63];
const INT64_BIG = [-(2n ** 63n), 2n ** 63n - 1n];
const HEAP_OOM_MARKER = "JavaScript heap out of memory"; // the language's memory_error_markers

// Captured before the user's code runs, which may replace the globals.
const stringify = JSON.stringify;
const parseJson = JSON.parse;
const writeSync = fs.writeSync;
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function ListNode(val, next) {
  this.val = val === undefined ? 0 : val;
  this.next = next === undefined ? null : next;
}

function TreeNode(val, left, right) {
  this.val = val === undefined ? 0 : val;
  this.left = left === undefined ? null : left;
  this.right = right === undefined ? null : right;
}

class Fault extends Error {
  constructor(kind, msg) {
    super(msg);
    this.kind = kind;
  }
}

// --- output ---------------------------------------------------------------------------------

function writeAll(fd, data) {
  let buffer = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
  while (buffer.length > 0) {
    let written;
    try {
      written = writeSync(fd, buffer, 0, buffer.length);
    } catch (error) {
      // A pipe someone made non-blocking: wait for the reader instead of losing output.
      if (error.code !== "EAGAIN") throw error;
      Atomics.wait(sleepCell, 0, 0, 1);
      continue;
    }
    buffer = buffer.subarray(written);
  }
}

function syncStream(fd) {
  return {
    write(chunk, encoding, callback) {
      const done = typeof encoding === "function" ? encoding : callback;
      const charset = typeof encoding === "string" ? encoding : "utf8";
      writeAll(fd, typeof chunk === "string" ? Buffer.from(chunk, charset) : chunk);
      if (typeof done === "function") process.nextTick(done);
      return true;
    },
  };
}

// A worker's process.stdout is relayed through the main thread asynchronously, so the user's
// output could arrive after the result record; every write goes straight to the fd instead.
function makeOutputSynchronous() {
  process.stdout.write = syncStream(USER_STDOUT_FD).write;
  process.stderr.write = syncStream(2).write;
  const { Console } = require("console");
  globalThis.console = new Console({ stdout: process.stdout, stderr: process.stderr });
}

const fstatSync = fs.fstatSync;

function record(obj) {
  // The size of stdout so far: the judge places each test's stdout by it.
  try {
    obj.o = fstatSync(1).size;
  } catch (error) {
    // stdout closed by the user's code: no placement
  }
  writeAll(RESULT_FD, stringify(obj) + "\n");
}

// --- input ----------------------------------------------------------------------------------

function readAll(fd) {
  const chunks = [];
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let count;
    try {
      count = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      if (error.code === "EAGAIN") {
        Atomics.wait(sleepCell, 0, 0, 1);
        continue;
      }
      if (error.code === "EOF") break;
      throw error;
    }
    if (count === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, count)));
  }
  return Buffer.concat(chunks).toString("utf8");
}

// Everything is read first; fd 0 then points at /dev/null so a stray read cannot eat a test.
function readTests() {
  const lines = readAll(0).split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  fs.closeSync(0);
  const nullFd = fs.openSync("/dev/null", "r");
  if (nullFd !== 0) fs.closeSync(nullFd);
  const perTest = SPEC.kind === "design" ? 2 : SPEC.params.length;
  if (perTest === 0) return lines.map(() => []);
  const tests = [];
  for (let i = 0; i < lines.length; i += perTest) {
    tests.push(lines.slice(i, i + perTest).map((line) => parseJson(line)));
  }
  return tests;
}

// --- types ----------------------------------------------------------------------------------

const typeCache = new Map();

function parseType(text) {
  if (!typeCache.has(text)) typeCache.set(text, parseTypeText(text.trim()));
  return typeCache.get(text);
}

function parseTypeText(text) {
  if (text.endsWith("[]")) return { kind: "seq", element: parseTypeText(text.slice(0, -2)) };
  if (text.startsWith("list<") && text.endsWith(">")) {
    return { kind: "seq", element: parseTypeText(text.slice(5, -1)) };
  }
  return { kind: text };
}

function decode(type, value) {
  switch (type.kind) {
    case "seq":
      return value.map((item) => decode(type.element, item));
    case "ListNode":
      return buildList(value);
    case "TreeNode":
      return buildTree(value);
    default:
      return value;
  }
}

function buildList(values) {
  let head = null;
  for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
  return head;
}

function buildTree(values) {
  if (values.length === 0) return null;
  const root = new TreeNode(values[0]);
  const queue = [root];
  let position = 1;
  for (let q = 0; q < queue.length && position < values.length; q++) {
    const node = queue[q];
    for (const side of ["left", "right"]) {
      if (position >= values.length) break;
      const value = values[position++];
      if (value !== null) {
        node[side] = new TreeNode(value);
        queue.push(node[side]);
      }
    }
  }
  return root;
}

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "string") return `the string ${stringify(value.slice(0, 20))}`;
  return typeof value === "undefined" ? "undefined" : `a ${typeof value}`;
}

function typeFault(value, declared) {
  return new Fault("type", `returned ${describe(value)} where ${declared} was declared`);
}

// The canonical JSON text of `value` as `type` (doubles: any finite number, in JS notation).
function encode(type, value) {
  switch (type.kind) {
    case "seq":
      return encodeSequence(type.element, value);
    case "integer":
      return encodeInteger(value, INT32, "integer");
    case "long":
      return encodeLong(value);
    case "double":
      if (typeof value !== "number") throw typeFault(value, "double");
      if (!Number.isFinite(value)) {
        throw new Fault("type", `returned ${value}, not a finite double`);
      }
      return String(value);
    case "boolean":
      if (typeof value !== "boolean") throw typeFault(value, "boolean");
      return value ? "true" : "false";
    case "character":
      if (typeof value !== "string" || Array.from(value).length !== 1) {
        throw typeFault(value, "one character");
      }
      return stringify(value);
    case "string":
      if (typeof value !== "string") throw typeFault(value, "string");
      return stringify(value);
    case "void":
      return "null";
    case "ListNode":
      return `[${listValues(value).join(",")}]`;
    case "TreeNode":
      return `[${treeValues(value).join(",")}]`;
    default:
      throw new Fault("type", `unknown type ${type.kind}`);
  }
}

function encodeSequence(element, value) {
  if (!Array.isArray(value)) throw typeFault(value, "an array");
  const items = new Array(value.length);
  for (let i = 0; i < value.length; i++) items[i] = encode(element, value[i]);
  return `[${items.join(",")}]`;
}

function encodeInteger(value, [low, high], name) {
  if (typeof value !== "number" || !Number.isInteger(value)) throw typeFault(value, name);
  if (value < low || value > high) throw new Fault("type", `${value} does not fit in ${name}`);
  return String(value);
}

function encodeLong(value) {
  if (typeof value === "bigint") {
    if (value < INT64_BIG[0] || value > INT64_BIG[1]) {
      throw new Fault("type", `${value} does not fit in long`);
    }
    return value.toString();
  }
  if (typeof value !== "number" || !Number.isInteger(value)) throw typeFault(value, "long");
  // 2^63 itself is a double but not a long.
  if (value < INT64[0] || value >= INT64[1]) {
    throw new Fault("type", `${value} does not fit in long`);
  }
  return BigInt(value).toString();
}

function nodeValue(node, declared) {
  if (typeof node !== "object" || Array.isArray(node)) throw typeFault(node, declared);
  return encodeInteger(node.val, INT32, "integer");
}

function listValues(head) {
  const out = [];
  const seen = new Set();
  for (let node = head; node !== null && node !== undefined; node = node.next) {
    if (seen.has(node)) throw new Fault("cycle", "the returned ListNode has a cycle");
    if (out.length >= MAX_NODES) {
      throw new Fault("size", `the returned ListNode has over ${MAX_NODES} nodes`);
    }
    out.push(nodeValue(node, "ListNode"));
    seen.add(node);
  }
  return out;
}

function treeValues(root) {
  const out = [];
  const seen = new Set();
  const queue = root === null || root === undefined ? [] : [root];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    if (node === null || node === undefined) {
      out.push("null");
      continue;
    }
    if (seen.has(node)) {
      throw new Fault("cycle", "the returned TreeNode is not a tree (a node is reached twice)");
    }
    if (seen.size >= MAX_NODES) {
      throw new Fault("size", `the returned TreeNode has over ${MAX_NODES} nodes`);
    }
    out.push(nodeValue(node, "TreeNode"));
    seen.add(node);
    queue.push(node.left, node.right);
  }
  while (out.length > 0 && out[out.length - 1] === "null") out.pop();
  return out;
}

// --- errors ---------------------------------------------------------------------------------

const FRAME = /^\s*at (?:(.*?) \()?solution\.js:(\d+):\d+\)?$/;

function frames(stack) {
  const found = [];
  for (const line of String(stack).split("\n")) {
    const match = FRAME.exec(line);
    if (match) found.push([USER_FILE, Number(match[2]), match[1] || "<anonymous>"]);
  }
  return found.reverse(); // V8 lists the innermost frame first
}

function errorBody(error) {
  if (error instanceof Fault) return { kind: error.kind, type: "", msg: error.message, at: [] };
  try {
    if (error instanceof Error) {
      return {
        kind: "exception",
        type: String(error.name),
        msg: String(error.message).slice(0, 2000),
        at: frames(error.stack),
      };
    }
    return { kind: "exception", type: typeof error, msg: String(error).slice(0, 2000), at: [] };
  } catch (_) {
    return { kind: "exception", type: "", msg: "an exception that cannot be described", at: [] };
  }
}

function errorRecord(index, error, call) {
  const result = { t: index, e: errorBody(error) };
  if (call !== undefined) result.call = call;
  return result;
}

class DesignError extends Error {
  constructor(error, call) {
    super("design call failed");
    this.error = error;
    this.call = call;
  }
}

// --- the user's code ------------------------------------------------------------------------

function loadUserCode() {
  globalThis.require = require;
  globalThis.ListNode = ListNode;
  globalThis.TreeNode = TreeNode;
  const source = fs.readFileSync(userPath(), "utf8");
  vm.runInThisContext(source, { filename: USER_FILE });
}

// solution.js beside the driver; exported, the one other .js file if it is named otherwise (other
// judges keep the name the contestant submitted).
function userPath() {
  const wanted = path.join(__dirname, USER_FILE);
  if (!EXPORTED || fs.existsSync(wanted)) return wanted;
  const driver = path.basename(__filename);
  const others = fs.readdirSync(__dirname).filter((n) => n.endsWith(".js") && n !== driver);
  return others.length === 1 ? path.join(__dirname, others[0]) : wanted;
}

// Top-level `const`, `let` and `class` are not properties of globalThis, but a later script in
// the same context sees them. SPEC names are identifiers, so the lookup text is safe.
function lookUp(name) {
  const found = vm.runInThisContext(`typeof ${name} === "undefined" ? undefined : ${name}`);
  if (typeof found !== "function") {
    throw new ReferenceError(`${name} is not defined as a function in ${USER_FILE}`);
  }
  return found;
}

function decodeArgs(params, args) {
  return params.map((param, i) => decode(parseType(param.type), args[i]));
}

function callFunction(args) {
  const fn = lookUp(SPEC.name);
  const decoded = decodeArgs(SPEC.params, args);
  const returned = fn(...decoded);
  if (SPEC.output_param === null) return encode(parseType(SPEC.return), returned);
  const index = SPEC.params.findIndex((p) => p.name === SPEC.output_param);
  const type = parseType(SPEC.params[index].type);
  let value = decoded[index];
  if (SPEC.output_length) {
    if (typeof returned !== "number" || !Number.isInteger(returned)) {
      throw typeFault(returned, "the length (integer)");
    }
    if (!Array.isArray(value)) throw typeFault(value, "an array");
    if (returned < 0 || returned > value.length) {
      throw new Fault("size", `returned length ${returned} is outside 0..${value.length}`);
    }
    value = value.slice(0, returned);
  }
  return encode(type, value);
}

function runDesign(operations, argumentLists) {
  const methods = new Map(SPEC.methods.map((m) => [m.name, m]));
  const results = [];
  let instance;
  for (let call = 0; call < operations.length; call++) {
    try {
      if (call === 0) {
        const Cls = lookUp(SPEC.name);
        instance = new Cls(...decodeArgs(SPEC.constructor, argumentLists[0]));
        results.push("null");
        continue;
      }
      const method = methods.get(operations[call]);
      const fn = instance[method.name];
      if (typeof fn !== "function") {
        throw new TypeError(`${SPEC.name}.prototype.${method.name} is not a function`);
      }
      const returned = fn.apply(instance, decodeArgs(method.params, argumentLists[call]));
      results.push(encode(parseType(method.return), returned));
    } catch (error) {
      throw new DesignError(error, call);
    }
  }
  return `[${results.join(",")}]`;
}

// The value is already JSON text, so the record is assembled around it.
function valueRecord(index, text) {
  return `{"t":${index},"v":${text}}`;
}

function runTests() {
  makeOutputSynchronous();
  const tests = readTests();
  Error.stackTraceLimit = 50;
  loadUserCode();
  tests.forEach((args, index) => {
    let line;
    try {
      const text = SPEC.kind === "design" ? runDesign(args[0], args[1]) : callFunction(args);
      line = valueRecord(index, text);
    } catch (error) {
      const failure = error instanceof DesignError ? error : null;
      line = stringify(errorRecord(index, failure ? failure.error : error, failure?.call));
      if (EXPORTED) {
        // Another judge sees the run-time error by the exit code.
        writeAll(2, `${(failure ? failure.error : error)?.stack ?? String(error)}\n`);
        process.exit(1);
      }
    }
    writeAll(RESULT_FD, line + "\n");
  });
  record({ end: tests.length });
}

function workerMain() {
  try {
    runTests();
  } catch (error) {
    writeAll(2, `${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(1);
  }
  process.exit(0);
}

// --- the main thread ------------------------------------------------------------------------

function heapLimitMb() {
  const flag = process.execArgv.find((arg) => arg.startsWith("--max-old-space-size="));
  return flag ? Number(flag.split("=")[1]) : 0;
}

// Deep recursion needs a big stack, but an infinite one should end in a RangeError rather than
// use up a small memory limit.
function resourceLimits() {
  const heapMb = heapLimitMb();
  if (!heapMb) return { stackSizeMb: 256 };
  const stackSizeMb = Math.min(256, Math.max(64, Math.floor(heapMb / 4)));
  return { stackSizeMb, maxOldGenerationSizeMb: heapMb };
}

function startWorker() {
  const worker = new Worker(__filename, { resourceLimits: resourceLimits(), stdin: false });
  worker.on("error", (error) => {
    if (error && error.code === "ERR_WORKER_OUT_OF_MEMORY") {
      // The marker the judge reads as a memory limit, as the main thread would print it.
      writeAll(2, "FATAL ERROR: Reached heap limit Allocation failed - " + HEAP_OOM_MARKER + "\n");
      process.exit(134);
    }
    writeAll(2, `${error && error.stack ? error.stack : String(error)}\n`);
    process.exit(1);
  });
  worker.on("exit", (code) => process.exit(code));
}

if (isMainThread) startWorker();
else workerMain();
