/// One simple command of a shell script: its words with quotes removed, redirections dropped
/// from the words (their standard-output targets kept apart).
/// Command substitutions (`$(…)`, `` `…` ``, `<(…)`) stay verbatim inside the word that holds them.
public struct ShellCommand: Hashable, Sendable {
    public let words: [String]
    /// The command's output goes into the next command (`curl … | sh`).
    public let pipesIntoNext: Bool
    /// Files its standard output is redirected to (`> out`, `>> out`, `&> out`, `1> out`), as written.
    public let outputTargets: [String]

    public init(words: [String], pipesIntoNext: Bool, outputTargets: [String] = []) {
        self.words = words
        self.pipesIntoNext = pipesIntoNext
        self.outputTargets = outputTargets
    }
}

/// A small POSIX-shell lexer for `RUN` scripts: enough to find commands and their arguments
/// across `&&`, `||`, `;`, `|`, newlines, quotes and line continuations. It does not evaluate
/// anything. Linear in the script length; nesting is tracked with counters, not recursion.
public enum ShellScript {
    /// Shells whose `-c` argument or standard input is a script.
    public static let shells: Set<String> = ["sh", "bash", "ash", "dash", "zsh", "ksh"]

    public static func commands(in script: String) -> [ShellCommand] {
        var lexer = Lexer(Array(script))
        return lexer.run()
    }

    /// The commands a `RUN` executes: its command line (or the `sh -c` script of the exec form),
    /// plus heredoc bodies when they are the script itself (`RUN <<EOF`, `RUN bash <<EOF`), not
    /// input to another program (`RUN python3 <<EOF`).
    public static func commands(ofRun arguments: String, execForm: [String]?, heredocs: [Heredoc]) -> [ShellCommand] {
        if let exec = execForm {
            if exec.count >= 3, shells.contains(RepositoryPath.name(of: exec[0])), exec[1] == "-c" {
                return commands(in: exec[2])
            }
            return exec.isEmpty ? [] : [ShellCommand(words: exec, pipesIntoNext: false)]
        }
        var result = commands(in: arguments)
        let heredocsAreTheScript = result.first.map { $0.words.first { !$0.contains("=") }.map(RepositoryPath.name(of:)).map(shells.contains) ?? false } ?? true
        if heredocsAreTheScript {
            for heredoc in heredocs { result += commands(in: heredoc.body) }
        }
        return result
    }

    private struct Lexer {
        let characters: [Character]
        var index = 0
        var word = ""
        var inWord = false
        var words: [String] = []
        var commands: [ShellCommand] = []
        /// The next word is a redirection target (`> file`), not an argument.
        var skipsNextWord = false
        /// That target receives standard output.
        var targetReceivesOutput = false
        var outputTargets: [String] = []

        init(_ characters: [Character]) {
            self.characters = characters
        }

        mutating func run() -> [ShellCommand] {
            while index < characters.count {
                let character = characters[index]
                switch character {
                case "\\":
                    if index + 1 < characters.count, characters[index + 1] != "\n" { append(characters[index + 1]) }
                    index += 2
                case "'":
                    inWord = true
                    index += 1
                    while index < characters.count, characters[index] != "'" { word.append(characters[index]); index += 1 }
                    index += 1
                case "\"":
                    readDoubleQuoted()
                case "`":
                    copyVerbatim(until: "`")
                case "$" where peek(1) == "(" || peek(1) == "{":
                    copyBalanced()
                case "<" where peek(1) == "(", ">" where peek(1) == "(":
                    copyBalanced()
                case "#" where !inWord:
                    while index < characters.count, characters[index] != "\n" { index += 1 }
                case " ", "\t", "\r":
                    finishWord()
                    index += 1
                case "\n", ";", "(", ")":
                    finishCommand(piped: false)
                    index += 1
                case "&":
                    if peek(1) == ">" {
                        readRedirection()
                    } else {
                        finishCommand(piped: false)
                        index += peek(1) == "&" ? 2 : 1
                    }
                case "|":
                    let isOr = peek(1) == "|"
                    finishCommand(piped: !isOr)
                    index += (isOr || peek(1) == "&") ? 2 : 1
                case "<", ">":
                    readRedirection()
                default:
                    append(character)
                    index += 1
                }
            }
            finishCommand(piped: false)
            return commands
        }

        private func peek(_ offset: Int) -> Character? {
            index + offset < characters.count ? characters[index + offset] : nil
        }

        private mutating func append(_ character: Character) {
            word.append(character)
            inWord = true
        }

        private mutating func readDoubleQuoted() {
            inWord = true
            index += 1
            while index < characters.count, characters[index] != "\"" {
                let character = characters[index]
                if character == "\\", let next = peek(1), "\"\\$`\n".contains(next) {
                    if next != "\n" { word.append(next) }
                    index += 2
                } else if character == "$", peek(1) == "(" || peek(1) == "{" {
                    copyBalanced()
                } else if character == "`" {
                    copyVerbatim(until: "`")
                } else {
                    word.append(character)
                    index += 1
                }
            }
            index += 1
        }

        /// Copies `$(…)`, `${…}`, `<(…)` into the word, up to the matching close.
        private mutating func copyBalanced() {
            inWord = true
            word.append(characters[index])
            index += 1
            guard index < characters.count else { return }
            let open = characters[index]
            let close: Character = open == "{" ? "}" : ")"
            var depth = 0
            var quote: Character?
            while index < characters.count {
                let character = characters[index]
                word.append(character)
                index += 1
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "'" || character == "\"" {
                    quote = character
                } else if character == open {
                    depth += 1
                } else if character == close {
                    depth -= 1
                    if depth == 0 { return }
                }
            }
        }

        private mutating func copyVerbatim(until terminator: Character) {
            inWord = true
            word.append(characters[index])
            index += 1
            while index < characters.count {
                let character = characters[index]
                word.append(character)
                index += 1
                if character == terminator { return }
            }
        }

        /// `>`, `>>`, `2>&1`, `<`, `<<EOF`, `&>`: the operator and its target are not arguments.
        private mutating func readRedirection() {
            var descriptor = ""
            if inWord, word.allSatisfy(\.isNumber) {
                descriptor = word
                word = ""
                inWord = false
            } else {
                finishWord()
            }
            var operation = ""
            while index < characters.count, "<>&-|".contains(characters[index]) {
                operation.append(characters[index])
                index += 1
            }
            // `>&2` and `2>` move or take other descriptors, not the command's output.
            targetReceivesOutput = operation.contains(">") && !operation.hasSuffix("&") && (descriptor.isEmpty || descriptor == "1")
            skipsNextWord = true
        }

        private mutating func finishWord() {
            guard inWord else { return }
            if skipsNextWord {
                skipsNextWord = false
                if targetReceivesOutput { outputTargets.append(word) }
            } else {
                words.append(word)
            }
            word = ""
            inWord = false
        }

        private mutating func finishCommand(piped: Bool) {
            finishWord()
            skipsNextWord = false
            if !words.isEmpty { commands.append(ShellCommand(words: words, pipesIntoNext: piped, outputTargets: outputTargets)) }
            words = []
            outputTargets = []
        }
    }
}
