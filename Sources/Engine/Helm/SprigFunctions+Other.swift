import Foundation
import InfragateParsers

/// Sprig's types, regular expressions, versions, dates, randomness and certificates. What
/// depends on the clock or on chance is fixed, so a render is the same on every run.
extension SprigFunctions {
    /// Regular expressions run on backtracking `NSRegularExpression`: inputs and patterns are
    /// capped so no chart can make matching slow.
    static let maxRegexInput = 16 << 10
    static let maxRegexPattern = 1 << 10

    /// The fixed instant `now` returns: 2026-01-01T00:00:00Z.
    static let fixedNow: TimeInterval = 1_767_225_600

    private static func regex(_ call: TemplateCall, _ pattern: TemplateValue, _ subject: TemplateValue) throws -> (NSRegularExpression, String, NSRange) {
        let (pattern, subject) = (text(pattern), text(subject))
        guard pattern.utf8.count <= maxRegexPattern, subject.utf8.count <= maxRegexInput else {
            throw TemplateError(.unsupported(call.name), template: call.template, line: call.line,
                                message: "\(call.name) on over \(maxRegexInput) bytes is not evaluated (backtracking matcher)")
        }
        do {
            return (try NSRegularExpression(pattern: pattern), subject, NSRange(subject.startIndex..., in: subject))
        } catch {
            throw call.failure("error parsing regexp: \(pattern)")
        }
    }

    private static func substring(_ subject: String, _ range: NSRange) -> String {
        Range(range, in: subject).map { String(subject[$0]) } ?? ""
    }

    /// A placeholder that reads as a certificate to a template and as nothing to a secret detector.
    private static func certificate(_ call: TemplateCall, _ commonName: String) -> TemplateValue {
        .map([
            "Cert": .string("infragate-placeholder-certificate-for-\(commonName)"),
            "Key": .string("infragate-placeholder-key-for-\(commonName)"),
        ])
    }

    /// Deterministic characters for `randAlphaNum` and friends: the same chart renders the same.
    private static func pseudoRandom(_ count: Int, from alphabet: String, _ call: TemplateCall) throws -> TemplateValue {
        guard count >= 0, count <= call.evaluator.limits.maxOutputBytes else { throw TemplateError(.limit, template: call.template, line: call.line, message: "\(call.name) of \(count)") }
        let characters = Array(alphabet)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return .string(String((0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return characters[Int(state >> 33) % characters.count]
        }))
    }

    private static let alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

    static let other: [String: TemplateEvaluator.Function] = [
        "kindIs": { call in try call.expectArguments(2...2); return .bool(text(call.arguments[0]) == call.arguments[1].kindName) },
        "kindOf": { call in .string(call.argument(0).kindName) },
        "typeOf": { call in .string(call.argument(0).typeName) },
        "typeIs": { call in try call.expectArguments(2...2); return .bool(text(call.arguments[0]) == call.arguments[1].typeName) },
        "deepEqual": { call in .bool(call.argument(0) == call.argument(1)) },
        "regexMatch": { call in
            try call.expectArguments(2...2)
            let (expression, subject, range) = try regex(call, call.arguments[0], call.arguments[1])
            return .bool(expression.firstMatch(in: subject, range: range) != nil)
        },
        "regexFind": { call in
            try call.expectArguments(2...2)
            let (expression, subject, range) = try regex(call, call.arguments[0], call.arguments[1])
            return .string(expression.firstMatch(in: subject, range: range).map { substring(subject, $0.range) } ?? "")
        },
        "regexFindAll": { call in
            try call.expectArguments(3...3)
            let (expression, subject, range) = try regex(call, call.arguments[0], call.arguments[1])
            let limit = integer(call.arguments[2])
            let found = expression.matches(in: subject, range: range).map { TemplateValue.string(substring(subject, $0.range)) }
            return .list(limit < 0 ? found : Array(found.prefix(limit)))
        },
        "regexReplaceAll": { call in
            try call.expectArguments(3...3)
            let (expression, subject, range) = try regex(call, call.arguments[0], call.arguments[1])
            // Go writes `${1}`/`$1`; NSRegularExpression templates use `$1`.
            let template = text(call.arguments[2]).replacingOccurrences(of: "${", with: "$").replacingOccurrences(of: "}", with: "")
            return .string(expression.stringByReplacingMatches(in: subject, range: range, withTemplate: template))
        },
        "regexReplaceAllLiteral": { call in
            try call.expectArguments(3...3)
            let (expression, subject, range) = try regex(call, call.arguments[0], call.arguments[1])
            return .string(expression.stringByReplacingMatches(in: subject, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: text(call.arguments[2]))))
        },
        "regexSplit": { call in
            try call.expectArguments(3...3)
            let (expression, subject, range) = try regex(call, call.arguments[0], call.arguments[1])
            var parts: [TemplateValue] = [], start = subject.startIndex
            for match in expression.matches(in: subject, range: range) {
                guard let found = Range(match.range, in: subject) else { continue }
                parts.append(.string(String(subject[start..<found.lowerBound])))
                start = found.upperBound
            }
            parts.append(.string(String(subject[start...])))
            let limit = integer(call.arguments[2])
            return .list(limit < 0 ? parts : Array(parts.prefix(limit)))
        },
        "semver": { call in
            guard let version = SemanticVersion(text(call.argument(0))) else { throw call.failure("Invalid Semantic Version") }
            return .map(["Major": .int(version.major), "Minor": .int(version.minor), "Patch": .int(version.patch),
                         "Prerelease": .string(version.prerelease), "Original": .string(text(call.argument(0)))])
        },
        "semverCompare": { call in
            try call.expectArguments(2...2)
            guard let version = SemanticVersion(text(call.arguments[1])) else { throw call.failure("Invalid Semantic Version") }
            guard let satisfied = SemanticVersion.satisfies(version, constraint: text(call.arguments[0])) else {
                throw call.failure("improper constraint: \(text(call.arguments[0]))")
            }
            return .bool(satisfied)
        },
        "now": { _ in .float(fixedNow) },
        "unixEpoch": { call in .string(String(Int(float(call.argument(0))))) },
        "toDate": { _ in .float(fixedNow) },
        "date": { call in .string(goDate(text(call.argument(0)), float(call.argument(1)))) },
        "dateInZone": { call in .string(goDate(text(call.argument(0)), float(call.argument(1)))) },
        "htmlDate": { call in .string(goDate("2006-01-02", float(call.argument(0)))) },
        "duration": { call in .string(goDuration(Double(seconds(call.argument(0))))) },
        "durationRound": { call in
            // A string is a Go duration, a number nanoseconds, as Sprig reads them.
            let argument = call.argument(0)
            let seconds: Double
            if case .string(let text) = argument { seconds = goDurationSeconds(text) ?? 0 } else { seconds = float(argument) / 1e9 }
            return .string(roundedDuration(seconds))
        },
        "ago": { call in .string(goDuration((fixedNow - float(call.argument(0))).rounded())) },
        "dateModify": { call in .float(float(call.argument(1)) + (goDurationSeconds(text(call.argument(0))) ?? 0)) },
        "mustDateModify": { call in
            guard let offset = goDurationSeconds(text(call.argument(0))) else {
                throw call.failure("time: invalid duration \"\(text(call.argument(0)))\"")
            }
            return .float(float(call.argument(1)) + offset)
        },
        "randAlphaNum": { call in try pseudoRandom(integer(call.argument(0)), from: alphabet + "0123456789", call) },
        "randAlpha": { call in try pseudoRandom(integer(call.argument(0)), from: alphabet, call) },
        "randNumeric": { call in try pseudoRandom(integer(call.argument(0)), from: "0123456789", call) },
        "randAscii": { call in try pseudoRandom(integer(call.argument(0)), from: alphabet + "0123456789!#%+-.", call) },
        "uuidv4": { _ in .string("00000000-0000-4000-8000-000000000000") },
        "genCA": { call in certificate(call, text(call.argument(0))) },
        "genSelfSignedCert": { call in certificate(call, text(call.argument(0))) },
        "genSignedCert": { call in certificate(call, text(call.argument(0))) },
        "genPrivateKey": { _ in .string("infragate-placeholder-private-key") },
        "derivePassword": { _ in .string("infragate-placeholder-password") },
        "htpasswd": { call in .string(text(call.argument(0)) + ":infragate-placeholder-hash") },
    ]

    /// Sprig's `duration` argument: whole seconds, as a number or a decimal string (else 0).
    private static func seconds(_ value: TemplateValue) -> Int {
        if case .string(let text) = value { return Int(text) ?? 0 }
        return integer(value)
    }

    /// Go's `time.Duration.String` for a whole number of seconds: `1h2m3s`, `1m0s`, `45s`, `0s`.
    static func goDuration(_ seconds: Double) -> String {
        let total = Int(seconds.magnitude.rounded())
        let sign = seconds < 0 && total > 0 ? "-" : ""
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        if hours > 0 { return "\(sign)\(hours)h\(minutes)m\(rest)s" }
        if minutes > 0 { return "\(sign)\(minutes)m\(rest)s" }
        return "\(sign)\(rest)s"
    }

    /// Sprig's `durationRound`: the largest whole unit that fits (a year is 365 days, a month 30).
    private static func roundedDuration(_ seconds: Double) -> String {
        let magnitude = seconds.magnitude
        let units: [(Double, String)] = [(31_536_000, "y"), (2_592_000, "mo"), (86_400, "d"), (3600, "h"), (60, "m"), (1, "s")]
        guard let (size, name) = units.first(where: { magnitude > $0.0 }) else { return "0s" }
        return "\(Int(magnitude / size))\(name)"
    }

    /// Go's `time.ParseDuration` in seconds (`-1.5h`, `2h45m`, `300ms`); nil where Go refuses it.
    static func goDurationSeconds(_ text: String) -> Double? {
        let units: [(String, Double)] = [("ns", 1e-9), ("us", 1e-6), ("µs", 1e-6), ("μs", 1e-6), ("ms", 1e-3), ("s", 1), ("m", 60), ("h", 3600)]
        var rest = Substring(text)
        var sign = 1.0
        if rest.first == "-" || rest.first == "+" {
            sign = rest.first == "-" ? -1 : 1
            rest = rest.dropFirst()
        }
        if rest == "0" { return 0 }
        guard !rest.isEmpty else { return nil }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !number.isEmpty, number != ".", let value = Double(number.hasPrefix(".") ? "0" + number : String(number)) else { return nil }
            rest = rest.dropFirst(number.count)
            // The longest unit first, so `ms` is not read as `m` followed by `s`.
            guard let unit = units.sorted(by: { $0.0.count > $1.0.count }).first(where: { rest.hasPrefix($0.0) }) else { return nil }
            total += value * unit.1
            rest = rest.dropFirst(unit.0.count)
        }
        return sign * total
    }

    /// Go's reference-time layout (`2006-01-02T15:04:05Z07:00`) read left to right, in UTC.
    private static func goDate(_ layout: String, _ seconds: Double) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: seconds))
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let fields: [(String, String)] = [
            ("2006", String(parts.year ?? 1970)), ("Z07:00", "Z"), ("-0700", "+0000"), ("Jan", months[((parts.month ?? 1) - 1) % 12]),
            ("MST", "UTC"), ("01", two(parts.month)), ("02", two(parts.day)), ("15", two(parts.hour)), ("04", two(parts.minute)),
            ("05", two(parts.second)), ("06", two((parts.year ?? 1970) % 100)),
        ]
        var result = ""
        var rest = Substring(layout)
        while !rest.isEmpty {
            if let (token, value) = fields.first(where: { rest.hasPrefix($0.0) }) {
                result += value
                rest = rest.dropFirst(token.count)
            } else {
                result.append(rest.removeFirst())
            }
        }
        return result
    }
}

/// A semantic version as Masterminds/semver reads it (`v1.32.0`, `1.19-0`, `1.2`), and its constraints.
struct SemanticVersion: Comparable {
    let major: Int, minor: Int, patch: Int
    let prerelease: String

    init?(_ text: String) {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.hasPrefix("v") || body.hasPrefix("V") { body = body.dropFirst() }
        if let plus = body.firstIndex(of: "+") { body = body[..<plus] }
        var prerelease = ""
        if let dash = body.firstIndex(of: "-") {
            prerelease = String(body[body.index(after: dash)...])
            body = body[..<dash]
        }
        let numbers = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(numbers.count) else { return nil }
        let values = numbers.map { Int($0) }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        major = values[0]!
        minor = values.count > 1 ? values[1]! : 0
        patch = values.count > 2 ? values[2]! : 0
        self.prerelease = prerelease
    }

    private init(_ major: Int, _ minor: Int, _ patch: Int, _ prerelease: String = "") {
        (self.major, self.minor, self.patch, self.prerelease) = (major, minor, patch, prerelease)
    }

    static func < (lhs: SemanticVersion, rhs: SemanticVersion) -> Bool {
        if (lhs.major, lhs.minor, lhs.patch) != (rhs.major, rhs.minor, rhs.patch) {
            return (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
        }
        if lhs.prerelease.isEmpty != rhs.prerelease.isEmpty { return !lhs.prerelease.isEmpty }
        return lhs.prerelease < rhs.prerelease
    }

    /// `>=1.19-0`, `^1.2`, `~1.2.3`, `1.2.x`, `>= 1.2, < 2`, `a || b`; nil for what does not parse.
    static func satisfies(_ version: SemanticVersion, constraint: String) -> Bool? {
        var anySatisfied = false
        for alternative in constraint.components(separatedBy: "||") {
            var all = true
            let terms = alternative.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
            var pending = ""
            var parsed: [String] = []
            for term in terms {
                if ["=", "!=", ">", "<", ">=", "<=", "~", "^", "~>"].contains(term) { pending = term; continue }
                parsed.append(pending + term)
                pending = ""
            }
            guard !parsed.isEmpty else { return nil }
            for term in parsed {
                guard let result = satisfiesTerm(version, term) else { return nil }
                all = all && result
            }
            anySatisfied = anySatisfied || all
        }
        return anySatisfied
    }

    private static func satisfiesTerm(_ version: SemanticVersion, _ term: String) -> Bool? {
        let operators = [">=", "<=", "!=", "~>", ">", "<", "=", "~", "^"]
        let op = operators.first { term.hasPrefix($0) } ?? ""
        var body = String(term.dropFirst(op.count)).trimmingCharacters(in: .whitespaces)
        let wildcard = body.split(separator: ".").firstIndex { $0 == "x" || $0 == "X" || $0 == "*" }
        if let wildcard { body = body.split(separator: ".").prefix(wildcard).joined(separator: ".") }
        if body.isEmpty { return true }
        let precision = body.split(separator: "-")[0].split(separator: ".").count
        guard var bound = SemanticVersion(body) else { return nil }
        // Without a prerelease in the constraint, prereleases never satisfy it (Masterminds' rule).
        if !version.prerelease.isEmpty, bound.prerelease.isEmpty { return false }
        if wildcard != nil || (op.isEmpty && precision < 3) {
            let upper = precision == 1 ? SemanticVersion(bound.major &+ 1, 0, 0) : SemanticVersion(bound.major, bound.minor &+ 1, 0)
            switch op {
            case "", "=": return version >= bound && version < upper
            case "!=": return !(version >= bound && version < upper)
            case ">": return version >= upper
            case "<=": return version < upper
            default: break
            }
        }
        switch op {
        case "", "=": return version == bound
        case "!=": return version != bound
        case ">": return version > bound
        case "<": return version < bound
        case ">=": return version >= bound
        case "<=": return version <= bound
        case "~", "~>":
            let upper = precision == 1 ? SemanticVersion(bound.major &+ 1, 0, 0) : SemanticVersion(bound.major, bound.minor &+ 1, 0)
            return version >= bound && version < upper
        case "^":
            bound = SemanticVersion(bound.major, bound.minor, bound.patch, bound.prerelease)
            let upper = bound.major > 0 ? SemanticVersion(bound.major &+ 1, 0, 0) : bound.minor > 0 ? SemanticVersion(0, bound.minor &+ 1, 0) : SemanticVersion(0, 0, bound.patch &+ 1)
            return version >= bound && version < upper
        default: return nil
        }
    }
}
