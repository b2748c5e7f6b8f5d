/// The build variables (`ARG`, `ENV`) known at one point of a Dockerfile, and Docker's
/// substitution of `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alternative}` with them.
/// A variable whose value is not known from the file makes the whole expansion unknown (nil),
/// so that rules never judge a guess.
struct VariableScope {
    enum Value: Equatable {
        case known(String)
        /// Declared without a value (`ARG NAME`): empty unless a build argument sets it.
        case unset
    }

    /// Nested `${…}` deeper than this is not expanded: the result is unknown, never a crash.
    private static let maximumNesting = 8

    private var values: [String: Value] = [:]
    /// Before the first `FROM` nothing but global `ARG`s exists, so an undeclared name is empty there;
    /// inside a stage it may come from the base image's environment, so it is unknown.
    private let undeclaredIsUnset: Bool

    init(undeclaredIsUnset: Bool) {
        self.undeclaredIsUnset = undeclaredIsUnset
    }

    func value(of name: String) -> Value? {
        values[name] ?? (undeclaredIsUnset ? .unset : nil)
    }

    /// Sets a variable; a nil value means "not known from the file".
    mutating func set(_ name: String, to value: Value?) {
        values[name] = value
    }

    /// The text with variables substituted, or nil when it needs a value that is not known or
    /// would take more than what is left of `budget`.
    func expand(_ text: String, escape: Character, budget: inout ExpansionBudget) -> String? {
        expand(Array(text)[...], escape: escape, nesting: 0, budget: &budget)
    }

    private func expand(_ characters: ArraySlice<Character>, escape: Character, nesting: Int, budget: inout ExpansionBudget) -> String? {
        guard nesting <= Self.maximumNesting else { return nil }
        var output = ""
        var index = characters.startIndex
        var inSingleQuotes = false
        while index < characters.endIndex {
            let character = characters[index]
            let next = characters.index(after: index)
            if character == escape, next < characters.endIndex, !inSingleQuotes {
                output.append(character)
                output.append(characters[next])
                index = characters.index(after: next)
                continue
            }
            if character == "'" { inSingleQuotes.toggle() }
            guard character == "$", !inSingleQuotes, next < characters.endIndex else {
                output.append(character)
                index = next
                continue
            }
            if characters[next] == "{" {
                guard let close = matchingBrace(in: characters, from: characters.index(after: next)),
                      let expansion = expandBraced(characters[characters.index(after: next)..<close], escape: escape, nesting: nesting, budget: &budget),
                      budget.spend(expansion.utf8.count)
                else { return nil }
                output += expansion
                index = characters.index(after: close)
            } else if isNameStart(characters[next]) {
                var end = next
                while end < characters.endIndex, isNameCharacter(characters[end]) { end = characters.index(after: end) }
                guard case .known(let value) = value(of: String(characters[next..<end])), budget.spend(value.utf8.count) else { return nil }
                output += value
                index = end
            } else {
                output.append(character)
                index = next
            }
        }
        return output
    }

    /// `NAME`, `NAME:-word`, `NAME-word`, `NAME:+word` or `NAME+word` (the text between the braces).
    private func expandBraced(_ inner: ArraySlice<Character>, escape: Character, nesting: Int, budget: inout ExpansionBudget) -> String? {
        var nameEnd = inner.startIndex
        while nameEnd < inner.endIndex, isNameCharacter(inner[nameEnd]) { nameEnd = inner.index(after: nameEnd) }
        let name = String(inner[inner.startIndex..<nameEnd])
        guard !name.isEmpty else { return nil }
        let current = value(of: name)
        var modifier = inner[nameEnd...]
        if modifier.isEmpty {
            guard case .known(let text) = current else { return nil }
            return text
        }
        let treatsEmptyAsUnset = modifier.first == ":"
        if treatsEmptyAsUnset { modifier = modifier.dropFirst() }
        guard let operation = modifier.first, operation == "-" || operation == "+", let current else { return nil }
        let word = modifier.dropFirst()
        let isSet: Bool
        switch current {
        case .known(let text): isSet = !(treatsEmptyAsUnset && text.isEmpty)
        case .unset: isSet = false
        }
        if operation == "-" {
            if isSet, case .known(let text) = current { return text }
            return expand(word, escape: escape, nesting: nesting + 1, budget: &budget)
        }
        return isSet ? expand(word, escape: escape, nesting: nesting + 1, budget: &budget) : ""
    }

    private func matchingBrace(in characters: ArraySlice<Character>, from start: Int) -> Int? {
        var depth = 1
        var index = start
        while index < characters.endIndex {
            switch characters[index] {
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index = characters.index(after: index)
        }
        return nil
    }

    private func isNameStart(_ character: Character) -> Bool {
        character == "_" || (character.isASCII && character.isLetter)
    }

    private func isNameCharacter(_ character: Character) -> Bool {
        isNameStart(character) || (character.isASCII && character.isNumber)
    }
}
