import InfragateParsers

/// The family of checks on Cloud SQL database flags (`settings { database_flags { name, value } }`)
/// of one engine: a flag that must be set to a value, or must not be set to one.
struct CloudSQLFlagRule: Rule {
    enum Expectation: Sendable {
        /// The engine's default is unsafe: the flag must be set to this value.
        case required(String)
        /// The default is safe: setting the flag to one of these values is a finding.
        case forbidden([String])
        /// The default is safe: setting the flag to anything but this value is a finding.
        case onlyAllowed(String)
    }

    let description: RuleDescription
    /// The `database_version` prefix of the engine: `POSTGRES`, `MYSQL`, `SQLSERVER`.
    let engine: String
    let flag: String
    let expectation: Expectation

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "google_sql_database_instance").compactMap { instance in
            // An unknown engine is not guessed.
            guard let version = instance.settings.value("database_version")?.stringValue,
                  version.uppercased().hasPrefix(engine)
            else { return nil }
            let flags = instance.settings.blocks("settings").first?.blocks("database_flags") ?? []
            let match = flags.first { $0.value("name")?.stringValue == flag }
            let value = match?.value("value")
            let line = match.map { $0.attribute("value")?.line ?? $0.line }
            if let value, !value.isKnown { return nil }
            let text = value?.stringValue?.lowercased()
            switch expectation {
            case .required(let expected):
                guard text != expected else { return nil }
                let state = text.map { "is `\($0)`" } ?? "is not set"
                return instance.violation(line: line, message: "\(instance.address) database flag `\(flag)` \(state); it should be `\(expected)`.", detail: flag)
            case .forbidden(let unsafe):
                guard let text, unsafe.contains(text) else { return nil }
                return instance.violation(line: line, message: "\(instance.address) sets database flag `\(flag)` to `\(text)`.", detail: flag)
            case .onlyAllowed(let safe):
                guard let text, text != safe else { return nil }
                return instance.violation(line: line, message: "\(instance.address) sets database flag `\(flag)` to `\(text)`; it should be `\(safe)`.", detail: flag)
            }
        }
    }
}
