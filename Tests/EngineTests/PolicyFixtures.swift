import InfragateEngine
import XCTest

/// Rule ids the policy tests configure; fixed here so new rules elsewhere cannot change the tests.
enum PolicyFixtures {
    static let knownRuleIDs: Set<String> = [
        "DOCKER-LATEST-TAG", "DOCKER-NO-HEALTHCHECK", "DOCKER-ROOT-USER", "GATE-PARSE-ERROR",
    ]

    static let origin = ".infragate.yml"

    static func parse(_ text: String) throws -> Policy {
        try Policy.parse(text, origin: origin, knownRuleIDs: knownRuleIDs)
    }

    /// Noon UTC on a day, so time zones cannot move it.
    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text + "T12:00:00Z") ?? Date.distantPast
    }
}
