/// Docker's variable substitution, as BuildKit's `shell.Lex.ProcessWord` performs it
/// (moby/buildkit `frontend/dockerfile/shell/lex.go`): one left-to-right pass that removes quotes,
/// applies escapes and replaces `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`,
/// `${NAME+word}` and `${NAME:?message}`. A substituted value is inserted as it is: its quotes,
/// escapes and `$` are never read again, exactly as in BuildKit.
///
/// The result is nil when it needs a value the file does not give (a variable that is not known,
/// `${NAME#pattern}`-style edits of one), when BuildKit would refuse the text (an unclosed quote or
/// brace, `${}`, an unsupported modifier), past `maximumNesting` or past the expansion budget.
struct WordExpander {
    /// `${…}` nested deeper than this is not expanded: the result is unknown, never a crash.
    static let maximumNesting = 8

    private let characters: [Character]
    private let escape: Character
    private let scope: VariableScope
    /// Reads the file's own defaults: a variable without a value from the file is unset (empty),
    /// as in a build without build arguments on a base image that does not define it.
    private let takesUnknownAsUnset: Bool
    private var budget: ExpansionBudget
    private var index = 0
    private var nesting = 0
    /// The text used a value that is not known from the file.
    private var needsUnknownValue = false
    /// BuildKit would refuse the text; nothing after it is read.
    private var isRefused = false

    private init(text: String, escape: Character, scope: VariableScope, takesUnknownAsUnset: Bool, budget: ExpansionBudget) {
        characters = Array(text)
        self.escape = escape
        self.scope = scope
        self.takesUnknownAsUnset = takesUnknownAsUnset
        self.budget = budget
    }

    static func expand(
        _ text: String, in scope: VariableScope, escape: Character, takingUnknownAsUnset: Bool, budget: inout ExpansionBudget
    ) -> String? {
        var expander = WordExpander(text: text, escape: escape, scope: scope, takesUnknownAsUnset: takingUnknownAsUnset, budget: budget)
        let result = expander.process(until: nil)
        budget = expander.budget
        guard !expander.isRefused, !expander.needsUnknownValue else { return nil }
        return result
    }

    /// Reads up to `stop` (consumed) or the end of the text; a missing `stop` is refused.
    private mutating func process(until stop: Character?) -> String {
        var result = ""
        while index < characters.count, !isRefused {
            let character = characters[index]
            if let stop, character == stop {
                index += 1
                return result
            }
            switch character {
            case "$": result += dollar()
            case "'": result += singleQuoted()
            case "\"": result += doubleQuoted()
            default:
                index += 1
                guard character == escape else {
                    result.append(character)
                    continue
                }
                // An escape outside quotes makes the next character literal; at the very end it is dropped.
                if index < characters.count {
                    result.append(characters[index])
                    index += 1
                }
            }
        }
        if stop != nil { isRefused = true }
        return result
    }

    /// `'…'`: every character literal, no escapes.
    private mutating func singleQuoted() -> String {
        index += 1
        var result = ""
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == "'" { return result }
            result.append(character)
        }
        isRefused = true
        return result
    }

    /// `"…"`: literal except `$`, and the escape character before `"`, `$` or itself.
    private mutating func doubleQuoted() -> String {
        index += 1
        var result = ""
        while index < characters.count, !isRefused {
            let character = characters[index]
            if character == "\"" {
                index += 1
                return result
            }
            if character == "$" {
                result += dollar()
                continue
            }
            index += 1
            if character == escape, index < characters.count, ["\"", "$", escape].contains(characters[index]) {
                result.append(characters[index])
                index += 1
            } else {
                result.append(character)
            }
        }
        isRefused = true
        return result
    }

    private mutating func dollar() -> String {
        index += 1
        guard index < characters.count, characters[index] == "{" else {
            let name = readName()
            return name.isEmpty ? "$" : insert(value(of: name))
        }
        index += 1
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumNesting, index < characters.count, !["{", "}", ":"].contains(characters[index]) else {
            isRefused = true
            return ""
        }
        let name = readName()
        guard index < characters.count else {
            isRefused = true
            return ""
        }
        let current = value(of: name)
        var modifier = characters[index]
        index += 1
        if modifier == "}" { return insert(current) }
        let emptyIsUnset = modifier == ":"
        if emptyIsUnset {
            guard index < characters.count else {
                isRefused = true
                return ""
            }
            modifier = characters[index]
            index += 1
        }
        if modifier == "-" || modifier == "+" || modifier == "?" {
            return substitute(current, modifier: modifier, emptyIsUnset: emptyIsUnset)
        }
        guard !emptyIsUnset, "#%/".contains(modifier) else {
            isRefused = true
            return ""
        }
        // Prefix, suffix and pattern replacement (`${NAME#p}`, `${NAME%p}`, `${NAME/p/r}`): BuildKit
        // supports them, this expander does not, so their result is unknown.
        if modifier == "/" { _ = process(until: "/") }
        _ = word()
        needsUnknownValue = true
        return ""
    }

    /// `${NAME-word}`, `${NAME+word}`, `${NAME?message}` and their `:` forms. A declared `ARG`
    /// without a value counts as unset: that is what the file gives when no build argument is passed.
    private mutating func substitute(_ current: VariableScope.Value?, modifier: Character, emptyIsUnset: Bool) -> String {
        let unknownBefore = needsUnknownValue
        needsUnknownValue = false
        let alternative = word()
        let alternativeNeedsUnknownValue = needsUnknownValue
        needsUnknownValue = unknownBefore
        guard let current else {
            needsUnknownValue = true
            return ""
        }
        var isSet = false
        if case .known(let text) = current { isSet = !(emptyIsUnset && text.isEmpty) }
        let usesAlternative: Bool
        switch modifier {
        case "-": usesAlternative = !isSet
        case "+": usesAlternative = isSet
        default:
            // `?`: an unset value stops the build, so what it would build is not known.
            guard isSet else {
                needsUnknownValue = true
                return ""
            }
            usesAlternative = false
        }
        if usesAlternative {
            needsUnknownValue = needsUnknownValue || alternativeNeedsUnknownValue
            return alternative
        }
        return modifier == "+" ? "" : insert(current)
    }

    /// The word after a modifier, up to the closing brace.
    private mutating func word() -> String {
        process(until: "}")
    }

    private func value(of name: String) -> VariableScope.Value? {
        scope.value(of: name) ?? (takesUnknownAsUnset ? .unset : nil)
    }

    private mutating func insert(_ value: VariableScope.Value?) -> String {
        if value == .unset, takesUnknownAsUnset { return "" }
        guard case .known(let text) = value, budget.spend(text.utf8.count) else {
            needsUnknownValue = true
            return ""
        }
        return text
    }

    /// A variable name: letters, digits and `_`; or a run of digits (`$1`); or one special
    /// parameter (`$@`, `$*`, `$#`, `$?`, `$-`, `$$`, `$!`). BuildKit looks all of them up.
    private mutating func readName() -> String {
        guard index < characters.count else { return "" }
        let first = characters[index]
        if first.isASCII, first.isNumber {
            let start = index
            while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
            return String(characters[start..<index])
        }
        if "@*#?-$!".contains(first) {
            index += 1
            return String(first)
        }
        let start = index
        while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
            index += 1
        }
        return String(characters[start..<index])
    }
}
