/// An `sshd_config` as sshd reads it (sshd_config(5)): keywords case-insensitive, `Keyword value` or
/// `Keyword=value`, double-quoted arguments, `#` starting a comment at the start of a word, and for
/// each keyword the first value obtained wins. Lines after a `Match` (up to the next one) override the
/// global section for the connections it matches, the first satisfied block winning; `Match all`
/// matches every connection. Linear in the text.
struct SSHDConfig {
    struct Directive {
        /// Lower case.
        let keyword: String
        let arguments: [String]
        let line: Int
        /// The `Match` criteria of its block, as written (nil: the global section; `all`: every connection).
        let match: String?
        /// The drop-in file it was included from (nil: this file), which reports it itself.
        let includedFrom: String?

        /// The first argument, lower case: how sshd compares `yes`, `no` and the other words.
        var value: String { arguments.first?.lowercased() ?? "" }
    }

    let directives: [Directive]
    /// A drop-in of `sshd_config.d/`: a fragment, so what it leaves unset is decided elsewhere.
    let isDropIn: Bool

    /// `dropIns`: the files of the `sshd_config.d/` folder beside this one (path, text), in name order,
    /// read where an `Include` of that folder stands, as sshd reads them.
    init(parsing text: String, isDropIn: Bool = false, dropIns: [(path: String, text: String)] = []) {
        self.isDropIn = isDropIn
        var directives: [Directive] = []
        var match: String?
        var includedDropIns = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = ConfigurationWords.split(line, comments: .atWordStart)
            guard var keyword = words.first?.lowercased() else { continue }
            var arguments = Array(words.dropFirst())
            // `Keyword=value`: the first `=` separates, as sshd's parser allows.
            if let equals = keyword.firstIndex(of: "=") {
                let rest = String(words[0][words[0].index(after: words[0].firstIndex(of: "=")!)...])
                keyword = String(keyword[..<equals])
                arguments = (rest.isEmpty ? [] : [rest]) + arguments
            } else if arguments.first == "=" {
                arguments.removeFirst()
            } else if let first = arguments.first, first.hasPrefix("=") {
                arguments[0] = String(first.dropFirst())
            }
            if keyword == "match" {
                let criteria = arguments.joined(separator: " ")
                match = criteria.lowercased() == "all" ? "all" : criteria
                continue
            }
            if keyword == "include", !includedDropIns, arguments.contains(where: { $0.contains("sshd_config.d/") }) {
                // Included once: a drop-in that includes the folder again would loop, and sshd refuses that.
                includedDropIns = true
                for dropIn in dropIns {
                    directives += SSHDConfig(parsing: dropIn.text, isDropIn: true).directives.map {
                        Directive(keyword: $0.keyword, arguments: $0.arguments, line: $0.line, match: $0.match ?? match, includedFrom: dropIn.path)
                    }
                }
                continue
            }
            directives.append(Directive(keyword: keyword, arguments: arguments, line: index + 1, match: match, includedFrom: nil))
        }
        self.directives = directives
    }

    /// The directive that decides `keyword` for a connection no conditional `Match` block matches:
    /// the first under a `Match all`, else the first of the global section (nil: the built-in default).
    func everyone(_ keyword: String) -> Directive? {
        directives.first { $0.match?.lowercased() == "all" && $0.keyword == keyword }
            ?? directives.first { $0.match == nil && $0.keyword == keyword }
    }

    /// The first directive for `keyword` in each conditional `Match` block: what it decides for the
    /// connections that block matches.
    func conditional(_ keyword: String) -> [Directive] {
        var seenBlocks = Set<String>()
        return directives.filter { directive in
            guard directive.keyword == keyword, let match = directive.match, match.lowercased() != "all" else { return false }
            return seenBlocks.insert(match).inserted
        }
    }
}
