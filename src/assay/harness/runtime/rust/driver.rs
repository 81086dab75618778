    // Assay's Rust runtime for function problems (the protocol: docs/function-problems.md).
    // It is the body of `mod assay_driver`, below the user's code in solution.rs; the generated
    // glue (LINES_PER_TEST, USER_LINES, run_test) follows it.
    #![allow(dead_code, unused_mut, unused_variables, unused_imports, clippy::all)]

    use std::cell::{Cell, RefCell};
    use std::collections::{HashSet, VecDeque};
    use std::fmt::Write as _;
    use std::io::{Read, Write};
    use std::rc::Rc;

    pub const MAX_NODES: usize = 1_000_000;
    const USER_FILE: &str = "solution.rs";
    const MAX_MESSAGE: usize = 2000;

    pub enum Json {
        Null,
        Bool(bool),
        Num(String),
        Str(String),
        Arr(Vec<Json>),
    }

    /// Why a test has no value: the user's panic, or a result the driver cannot serialize.
    pub struct Failure {
        kind: &'static str,
        typ: String,
        msg: String,
        line: Option<u32>,
        call: Option<usize>,
    }

    impl Failure {
        pub fn fault(kind: &'static str, msg: String) -> Failure {
            Failure { kind, typ: String::new(), msg, line: None, call: None }
        }

        pub fn at_call(mut self, call: usize) -> Failure {
            self.call = Some(call);
            self
        }
    }

    pub fn fault<T>(kind: &'static str, msg: String) -> Result<T, Failure> {
        Err(Failure::fault(kind, msg))
    }

    // --- JSON text -> Json ---

    struct Parser<'a> {
        text: &'a [u8],
        at: usize,
    }

    pub fn parse_json(text: &str) -> Result<Json, String> {
        let mut parser = Parser { text: text.as_bytes(), at: 0 };
        let value = parser.value()?;
        parser.skip_space();
        if parser.at != parser.text.len() {
            return Err(format!("unexpected text at byte {}", parser.at));
        }
        Ok(value)
    }

    impl<'a> Parser<'a> {
        fn skip_space(&mut self) {
            while self.at < self.text.len() && b" \t\r\n".contains(&self.text[self.at]) {
                self.at += 1;
            }
        }

        fn peek(&self) -> Option<u8> {
            self.text.get(self.at).copied()
        }

        fn value(&mut self) -> Result<Json, String> {
            self.skip_space();
            match self.peek() {
                Some(b'n') => self.literal("null", Json::Null),
                Some(b't') => self.literal("true", Json::Bool(true)),
                Some(b'f') => self.literal("false", Json::Bool(false)),
                Some(b'"') => Ok(Json::Str(self.string()?)),
                Some(b'[') => self.array(),
                Some(b'-' | b'0'..=b'9') => Ok(self.number()),
                _ => Err(format!("unexpected byte at {}", self.at)),
            }
        }

        fn literal(&mut self, word: &str, value: Json) -> Result<Json, String> {
            if !self.text[self.at..].starts_with(word.as_bytes()) {
                return Err(format!("expected {} at byte {}", word, self.at));
            }
            self.at += word.len();
            Ok(value)
        }

        fn number(&mut self) -> Json {
            let start = self.at;
            while matches!(self.peek(), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
                self.at += 1;
            }
            Json::Num(String::from_utf8_lossy(&self.text[start..self.at]).into_owned())
        }

        fn array(&mut self) -> Result<Json, String> {
            self.at += 1;
            let mut items = Vec::new();
            self.skip_space();
            if self.peek() == Some(b']') {
                self.at += 1;
                return Ok(Json::Arr(items));
            }
            loop {
                items.push(self.value()?);
                self.skip_space();
                match self.peek() {
                    Some(b',') => self.at += 1,
                    Some(b']') => {
                        self.at += 1;
                        return Ok(Json::Arr(items));
                    }
                    _ => return Err(format!("expected , or ] at byte {}", self.at)),
                }
            }
        }

        fn string(&mut self) -> Result<String, String> {
            self.at += 1;
            let mut bytes = Vec::new();
            loop {
                let byte = self.peek().ok_or("unterminated string")?;
                self.at += 1;
                match byte {
                    b'"' => return String::from_utf8(bytes).map_err(|e| e.to_string()),
                    b'\\' => self.escape(&mut bytes)?,
                    _ => bytes.push(byte),
                }
            }
        }

        fn escape(&mut self, bytes: &mut Vec<u8>) -> Result<(), String> {
            let byte = self.peek().ok_or("unterminated escape")?;
            self.at += 1;
            let decoded = match byte {
                b'n' => '\n',
                b't' => '\t',
                b'r' => '\r',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'/' | b'\\' | b'"' => byte as char,
                b'u' => self.unicode_escape()?,
                _ => return Err(format!("bad escape at byte {}", self.at)),
            };
            let mut buffer = [0u8; 4];
            bytes.extend_from_slice(decoded.encode_utf8(&mut buffer).as_bytes());
            Ok(())
        }

        fn hex4(&mut self) -> Result<u32, String> {
            let digits = self.text.get(self.at..self.at + 4).ok_or("short \\u escape")?;
            self.at += 4;
            let text = std::str::from_utf8(digits).map_err(|e| e.to_string())?;
            u32::from_str_radix(text, 16).map_err(|e| e.to_string())
        }

        fn unicode_escape(&mut self) -> Result<char, String> {
            let first = self.hex4()?;
            let code = if (0xD800..0xDC00).contains(&first)
                && self.text[self.at..].starts_with(b"\\u")
            {
                self.at += 2;
                let second = self.hex4()?;
                0x10000 + ((first - 0xD800) << 10) + (second.wrapping_sub(0xDC00) & 0x3FF)
            } else {
                first
            };
            Ok(char::from_u32(code).unwrap_or('\u{FFFD}'))
        }
    }

    // --- Json -> the declared Rust type ---

    pub trait Decode: Sized {
        fn decode(value: &Json) -> Result<Self, Failure>;
    }

    pub fn decode<T: Decode>(value: &Json) -> Result<T, Failure> {
        T::decode(value)
    }

    fn number_text(value: &Json) -> Result<&str, Failure> {
        match value {
            Json::Num(text) => Ok(text),
            _ => fault("type", "input: expected a number".to_string()),
        }
    }

    fn parsed<T: std::str::FromStr>(value: &Json, what: &str) -> Result<T, Failure> {
        let text = number_text(value)?;
        text.parse().or_else(|_| fault("type", format!("input: {} is not {}", text, what)))
    }

    pub fn items(value: &Json) -> Result<&[Json], Failure> {
        match value {
            Json::Arr(items) => Ok(items),
            _ => fault("type", "input: expected a list".to_string()),
        }
    }

    pub fn arg(args: &[Json], index: usize) -> Result<&Json, Failure> {
        match args.get(index) {
            Some(value) => Ok(value),
            None => fault("type", format!("input: argument {} is missing", index)),
        }
    }

    impl Decode for i32 {
        fn decode(value: &Json) -> Result<Self, Failure> {
            parsed(value, "an integer")
        }
    }

    impl Decode for i64 {
        fn decode(value: &Json) -> Result<Self, Failure> {
            parsed(value, "a long")
        }
    }

    impl Decode for f64 {
        fn decode(value: &Json) -> Result<Self, Failure> {
            parsed(value, "a double")
        }
    }

    impl Decode for bool {
        fn decode(value: &Json) -> Result<Self, Failure> {
            match value {
                Json::Bool(b) => Ok(*b),
                _ => fault("type", "input: expected a boolean".to_string()),
            }
        }
    }

    impl Decode for String {
        fn decode(value: &Json) -> Result<Self, Failure> {
            match value {
                Json::Str(text) => Ok(text.clone()),
                _ => fault("type", "input: expected a string".to_string()),
            }
        }
    }

    impl Decode for char {
        fn decode(value: &Json) -> Result<Self, Failure> {
            let text = String::decode(value)?;
            let mut chars = text.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => fault("type", format!("input: {:?} is not one character", text)),
            }
        }
    }

    impl<T: Decode> Decode for Vec<T> {
        fn decode(value: &Json) -> Result<Self, Failure> {
            items(value)?.iter().map(T::decode).collect()
        }
    }

    // --- the declared Rust type -> canonical JSON ---

    pub trait Encode {
        fn encode(&self, out: &mut String) -> Result<(), Failure>;
    }

    pub fn encode<T: Encode + ?Sized>(value: &T) -> Result<String, Failure> {
        let mut out = String::new();
        value.encode(&mut out)?;
        Ok(out)
    }

    impl Encode for i32 {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            let _ = write!(out, "{}", self);
            Ok(())
        }
    }

    impl Encode for i64 {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            let _ = write!(out, "{}", self);
            Ok(())
        }
    }

    impl Encode for f64 {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            if !self.is_finite() {
                return fault("type", format!("returned {}, which is not a finite double", self));
            }
            // Debug is the shortest text that reads back the same, with an exponent when long.
            let _ = write!(out, "{:?}", self);
            Ok(())
        }
    }

    impl Encode for bool {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            out.push_str(if *self { "true" } else { "false" });
            Ok(())
        }
    }

    impl Encode for char {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            let mut buffer = [0u8; 4];
            encode_str(self.encode_utf8(&mut buffer), out);
            Ok(())
        }
    }

    impl Encode for String {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            encode_str(self, out);
            Ok(())
        }
    }

    impl Encode for () {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            out.push_str("null");
            Ok(())
        }
    }

    impl<T: Encode> Encode for [T] {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            out.push('[');
            for (index, item) in self.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                item.encode(out)?;
            }
            out.push(']');
            Ok(())
        }
    }

    impl<T: Encode> Encode for Vec<T> {
        fn encode(&self, out: &mut String) -> Result<(), Failure> {
            self.as_slice().encode(out)
        }
    }

    pub fn encode_str(text: &str, out: &mut String) {
        out.push('"');
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }

    /// The `k` returned by an `output.length: return` problem, checked against the array.
    pub fn output_length(k: i32, size: usize) -> Result<usize, Failure> {
        if k < 0 || k as usize > size {
            return fault("size", format!("returned length {} is outside 0..{}", k, size));
        }
        Ok(k as usize)
    }

    // --- running the user's code ---

    thread_local! {
        static GUARDED: Cell<bool> = Cell::new(false);
        static PANIC: RefCell<Option<(String, Option<u32>)>> = RefCell::new(None);
    }

    fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
        if let Some(text) = payload.downcast_ref::<&str>() {
            text.to_string()
        } else if let Some(text) = payload.downcast_ref::<String>() {
            text.clone()
        } else {
            "Box<dyn Any>".to_string()
        }
    }

    fn user_line(file: &str, line: u32) -> Option<u32> {
        let in_user_file = file == USER_FILE || file.ends_with("/solution.rs");
        (in_user_file && line <= USER_LINES).then_some(line)
    }

    // The hook records a panic in the user's code instead of printing it; the driver's own
    // panics (outside `guard`) still print.
    fn install_panic_hook() {
        std::panic::set_hook(Box::new(|info| {
            let message = payload_text(info.payload());
            if !GUARDED.with(|guarded| guarded.get()) {
                eprintln!("assay driver: panic: {} ({:?})", message, info.location());
                return;
            }
            let line = info.location().and_then(|at| user_line(at.file(), at.line()));
            PANIC.with(|panic| *panic.borrow_mut() = Some((message, line)));
        }));
    }

    pub fn guard<R>(call: impl FnOnce() -> R) -> Result<R, Failure> {
        GUARDED.with(|guarded| guarded.set(true));
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(call));
        GUARDED.with(|guarded| guarded.set(false));
        result.map_err(|payload| {
            let recorded = PANIC.with(|panic| panic.borrow_mut().take());
            let (mut msg, line) = recorded.unwrap_or_else(|| (payload_text(&*payload), None));
            if msg.len() > MAX_MESSAGE {
                let mut end = MAX_MESSAGE;
                while !msg.is_char_boundary(end) {
                    end -= 1;
                }
                msg.truncate(end);
            }
            Failure { kind: "exception", typ: "panic".to_string(), msg, line, call: None }
        })
    }

    /// A design test's operations and argument lists.
    pub fn design_input(test: &[Json]) -> Result<(Vec<String>, Vec<&[Json]>), Failure> {
        let operations: Vec<String> = decode(arg(test, 0)?)?;
        let arguments = items(arg(test, 1)?)?.iter().map(items).collect::<Result<Vec<_>, _>>()?;
        if operations.len() != arguments.len() || operations.is_empty() {
            return fault("type", "input: operations and arguments differ in length".to_string());
        }
        Ok((operations, arguments))
    }

    // --- the channel ---

    fn result_record(test: usize, result: Result<String, Failure>) -> String {
        let failure = match result {
            Ok(value) => return format!("{{\"t\":{},\"v\":{}}}\n", test, value),
            Err(failure) => failure,
        };
        let mut out = format!("{{\"t\":{},\"e\":{{\"kind\":", test);
        encode_str(failure.kind, &mut out);
        out.push_str(",\"type\":");
        encode_str(&failure.typ, &mut out);
        out.push_str(",\"msg\":");
        encode_str(&failure.msg, &mut out);
        out.push_str(",\"at\":[");
        if let Some(line) = failure.line {
            let _ = write!(out, "[\"{}\",{},\"\"]", USER_FILE, line);
        }
        out.push_str("]}");
        if let Some(call) = failure.call {
            let _ = write!(out, ",\"call\":{}", call);
        }
        out.push_str("}\n");
        out
    }

    fn write_record(channel: &mut std::fs::File, record: &str) {
        // The bytes the user printed before this record belong to this test.
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().flush();
        let record = with_stdout_size(record);
        if let Err(error) = channel.write_all(record.as_bytes()) {
            eprintln!("assay driver: cannot write results: {}", error);
            std::process::exit(1);
        }
    }

    /// `,"o":N` before the closing brace: the size of stdout so far, by which the judge places
    /// each test's output.
    fn with_stdout_size(record: &str) -> String {
        let body = record.trim_end_matches('\n');
        match std::fs::metadata("/dev/fd/1") {
            Ok(meta) if body.ends_with('}') => {
                format!("{},\"o\":{}}}\n", &body[..body.len() - 1], meta.len())
            }
            _ => record.to_string(),
        }
    }

    fn die(message: String) -> ! {
        eprintln!("assay driver: {}", message);
        std::process::exit(1);
    }

    fn read_tests(lines_per_test: usize) -> Vec<Vec<Json>> {
        let mut input = String::new();
        if let Err(error) = std::io::stdin().read_to_string(&mut input) {
            die(format!("cannot read stdin: {}", error));
        }
        let mut lines: Vec<&str> = input.split('\n').collect();
        if lines.last() == Some(&"") {
            lines.pop();
        }
        if lines_per_test == 0 {
            return lines.iter().map(|_| Vec::new()).collect();
        }
        let parse = |line: &&str| {
            parse_json(line).unwrap_or_else(|error| die(format!("input is not JSON: {}", error)))
        };
        lines.chunks(lines_per_test).map(|test| test.iter().map(parse).collect()).collect()
    }

    extern "C" {
        fn dup2(old: i32, new: i32) -> i32;
    }

    /// Points fd 0 at /dev/null, so a stray read cannot eat the next test.
    fn detach_stdin() {
        use std::os::unix::io::AsRawFd;
        let null = std::fs::File::open("/dev/null")
            .unwrap_or_else(|error| die(format!("cannot open /dev/null: {}", error)));
        if unsafe { dup2(null.as_raw_fd(), 0) } < 0 {
            die("cannot detach stdin".to_string());
        }
    }

    fn run_all() {
        use std::os::unix::io::FromRawFd;
        let tests = read_tests(LINES_PER_TEST);
        detach_stdin();
        let mut channel = unsafe { std::fs::File::from_raw_fd(3) };
        for (index, test) in tests.iter().enumerate() {
            let result = run_test(test);
            write_record(&mut channel, &result_record(index, result));
        }
        write_record(&mut channel, &format!("{{\"end\":{}}}\n", tests.len()));
        std::process::exit(0);
    }

    pub fn main() {
        install_panic_hook();
        // The user's recursion (10^5 deep) and the drop of a 10^5-long list need a big stack.
        let runner = std::thread::Builder::new().stack_size(512 << 20).spawn(run_all);
        let finished = runner.map(|handle| handle.join().is_ok()).unwrap_or(false);
        std::process::exit(if finished { 0 } else { 1 });
    }
