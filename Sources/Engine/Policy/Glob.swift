/// A gitignore-style pattern for repository paths and ref names.
///
/// - `**` as a whole segment matches any number of directories (including none); a trailing
///   `dir/**` matches everything inside `dir`, not `dir` itself.
/// - `*` matches within one segment, `?` one character other than `/`, `[abc]`, `[a-z]`, `[!abc]`
///   (or `[^abc]`) one character of a class; `\` escapes the next character.
/// - A pattern without `/` matches the file name at any depth (`Dockerfile`, `*.tf`); a pattern
///   with `/` matches the whole repository-relative path. A leading `/` only anchors (`/Dockerfile`
///   is the root one); a trailing `/` means everything under that directory.
/// - Ref names: a pattern that does not start with `refs/` names branches, so `main` and
///   `release/*` match `refs/heads/main` and `refs/heads/release/1.0`; a ref given without `refs/`
///   is a branch too. Ref patterns always match the whole name.
///
/// Matching is O(path × pattern) at worst: the greedy matcher below only ever resumes from the
/// latest `*` or `**`, so no input can make it backtrack exponentially.
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    public let pattern: String
    private let pathSegments: [Segment]
    private let refSegments: [Segment]

    public var description: String { pattern }

    public init(_ pattern: String) throws {
        self.pattern = pattern
        var body = Substring(pattern)
        let anchored = body.hasPrefix("/")
        if anchored { body = body.dropFirst() }
        let directory = body.hasSuffix("/")
        if directory { body = body.dropLast() }
        guard !body.isEmpty else { throw GlobError(pattern: pattern, problem: "the pattern is empty") }

        var segments = try body.split(separator: "/", omittingEmptySubsequences: false).map {
            try Segment(parsing: $0, in: pattern)
        }
        let unanchored = !anchored && !body.contains("/")
        refSegments = Glob.simplified(
            segments.first == .literal("refs") ? segments : [.literal("refs"), .literal("heads")] + segments)
        if directory { segments.append(.anyDirectories) }
        if unanchored { segments.insert(.anyDirectories, at: 0) }
        pathSegments = Glob.simplified(segments)
    }

    /// A pattern matching exactly `name` (as a whole path or ref name), its wildcard characters escaped.
    /// It cannot fail: a name that is no valid pattern (empty, `a//b`) still matches itself, so protecting
    /// a ref by its name never silently protects nothing.
    public init(literal name: String) {
        let special: Set<Character> = ["*", "?", "[", "]", "\\"]
        pattern = String(name.flatMap { special.contains($0) ? ["\\", $0] : [$0] })
        let segments = name.split(separator: "/", omittingEmptySubsequences: false).map { Segment.literal(String($0)) }
        pathSegments = segments
        refSegments = segments.first == .literal("refs") ? segments : [.literal("refs"), .literal("heads")] + segments
    }

    /// Whether a repository-relative path (`a/b/c.tf`, no leading `/`) matches.
    public func matches(path: String) -> Bool {
        Glob.match(pathSegments, path.split(separator: "/", omittingEmptySubsequences: false))
    }

    /// Whether a ref name matches, given in full (`refs/heads/main`) or as a short branch name (`main`).
    public func matches(ref: String) -> Bool {
        let fullName = ref.hasPrefix("refs/") ? ref : "refs/heads/" + ref
        return Glob.match(refSegments, fullName.split(separator: "/", omittingEmptySubsequences: false))
    }

    public static func == (lhs: Glob, rhs: Glob) -> Bool { lhs.pattern == rhs.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }

    /// Folds `**/**` into one `**`, and makes a trailing `**` need at least one segment (as in
    /// gitignore, `dir/**` is what is inside `dir`).
    private static func simplified(_ segments: [Segment]) -> [Segment] {
        var result: [Segment] = []
        for segment in segments where !(segment == .anyDirectories && result.last == .anyDirectories) {
            result.append(segment)
        }
        if result.last == .anyDirectories {
            result.insert(.pattern([.anyRun]), at: result.count - 1)
        }
        return result
    }

    /// `**` is the wildcard; each other segment matches exactly one path segment.
    private static func match(_ pattern: [Segment], _ path: [Substring]) -> Bool {
        wildcardMatch(pattern, path, isWildcard: { $0 == .anyDirectories }, matches: { $0.matches($1) })
    }
}

/// Greedy wildcard matching that resumes only from the latest wildcard: O(items × pattern), never
/// exponential. Serves both levels of a glob: `**` over path segments and `*` over characters.
private func wildcardMatch<Pattern, Item>(
    _ pattern: [Pattern], _ items: [Item], isWildcard: (Pattern) -> Bool, matches: (Pattern, Item) -> Bool
) -> Bool {
    var patternIndex = 0, itemIndex = 0
    var resume: (pattern: Int, item: Int)?
    while itemIndex < items.count {
        if patternIndex < pattern.count, isWildcard(pattern[patternIndex]) {
            resume = (patternIndex, itemIndex)
            patternIndex += 1
        } else if patternIndex < pattern.count, matches(pattern[patternIndex], items[itemIndex]) {
            patternIndex += 1
            itemIndex += 1
        } else if let last = resume {
            resume = (last.pattern, last.item + 1)
            patternIndex = last.pattern + 1
            itemIndex = last.item + 1
        } else {
            return false
        }
    }
    return pattern[patternIndex...].allSatisfy(isWildcard)
}

/// A pattern that is not a valid glob.
public struct GlobError: Error, Hashable, Sendable, CustomStringConvertible {
    public let pattern: String
    public let problem: String

    public var description: String { "invalid glob `\(pattern)`: \(problem)" }
}

/// One `/`-separated piece of a compiled glob.
private enum Segment: Hashable, Sendable {
    case anyDirectories
    case literal(String)
    case pattern([Token])

    init(parsing text: Substring, in pattern: String) throws {
        if text == "**" {
            self = .anyDirectories
            return
        }
        guard !text.isEmpty else { throw GlobError(pattern: pattern, problem: "it has an empty path segment (`//`)") }
        guard !text.contains("**") else {
            throw GlobError(pattern: pattern, problem: "`**` must be a whole path segment, as in `a/**/b`")
        }
        let tokens = try Token.parse(text, in: pattern)
        let characters = tokens.compactMap { token -> Character? in
            if case .character(let character) = token { return character } else { return nil }
        }
        self = characters.count == tokens.count ? .literal(String(characters)) : .pattern(tokens)
    }

    func matches(_ name: Substring) -> Bool {
        switch self {
        case .anyDirectories: return true
        case .literal(let literal): return name == literal
        case .pattern(let tokens): return Token.match(tokens, Array(name))
        }
    }
}

/// One element of a segment pattern.
private enum Token: Hashable, Sendable {
    case character(Character)
    case anyCharacter
    case anyRun
    case characterClass(CharacterClass)

    static func parse(_ text: Substring, in pattern: String) throws -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            switch character {
            case "*": tokens.append(.anyRun)
            case "?": tokens.append(.anyCharacter)
            case "[":
                let (characterClass, end) = try CharacterClass.parse(text, from: index, in: pattern)
                tokens.append(.characterClass(characterClass))
                index = end
            case "\\":
                guard index < text.endIndex else {
                    throw GlobError(pattern: pattern, problem: "it ends with a lone `\\`")
                }
                tokens.append(.character(text[index]))
                index = text.index(after: index)
            default: tokens.append(.character(character))
            }
        }
        return tokens
    }

    /// `*` is the wildcard; every other token matches exactly one character.
    static func match(_ tokens: [Token], _ name: [Character]) -> Bool {
        wildcardMatch(tokens, name, isWildcard: { $0 == .anyRun }, matches: { $0.matches($1) })
    }

    private func matches(_ character: Character) -> Bool {
        switch self {
        case .character(let expected): return character == expected
        case .anyCharacter: return true
        case .anyRun: return false
        case .characterClass(let characterClass): return characterClass.contains(character)
        }
    }
}

/// `[abc]`, `[a-z0-9]`, `[!abc]` / `[^abc]`; a `]` right after the opening (or the negation) is literal.
private struct CharacterClass: Hashable, Sendable {
    var negated: Bool
    var ranges: [ClosedRange<Character>]

    func contains(_ character: Character) -> Bool {
        ranges.contains { $0.contains(character) } != negated
    }

    /// Parses after the `[`; returns the class and the index after its `]`.
    static func parse(
        _ text: Substring, from start: Substring.Index, in pattern: String
    ) throws -> (CharacterClass, Substring.Index) {
        var index = start
        var negated = false
        if index < text.endIndex, text[index] == "!" || text[index] == "^" {
            negated = true
            index = text.index(after: index)
        }
        var ranges: [ClosedRange<Character>] = []
        let firstMember = index
        while index < text.endIndex, text[index] != "]" || index == firstMember {
            var lower = text[index]
            if lower == "\\" {
                index = text.index(after: index)
                guard index < text.endIndex else { break }
                lower = text[index]
            }
            index = text.index(after: index)
            let afterDash = index < text.endIndex ? text.index(after: index) : index
            if index < text.endIndex, text[index] == "-", afterDash < text.endIndex, text[afterDash] != "]" {
                let upper = text[afterDash]
                guard lower <= upper else {
                    throw GlobError(pattern: pattern, problem: "the range `\(lower)-\(upper)` in `[…]` is reversed")
                }
                ranges.append(lower...upper)
                index = text.index(after: afterDash)
            } else {
                ranges.append(lower...lower)
            }
        }
        guard index < text.endIndex else {
            throw GlobError(pattern: pattern, problem: "a `[` is never closed by `]`")
        }
        return (CharacterClass(negated: negated, ranges: ranges), text.index(after: index))
    }
}
