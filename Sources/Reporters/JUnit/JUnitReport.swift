import InfragateEngine
import InfragateRules

/// JUnit XML for the test views of GitLab (`artifacts:reports:junit`), Jenkins and Azure DevOps:
/// one test case per rule and judged file (class name: the file; name: the rule). A case fails
/// when the rule has a finding there at or above `fail_on`; a finding below it passes and is listed
/// in the case's output; a finding the policy suppressed makes the case skipped, with the authority.
struct JUnitReport {
    let report: GateReport

    private struct Case {
        var findings: [JudgedFinding] = []
        var suppressed: [SuppressedFinding] = []
        var title: String
    }

    private struct Key: Hashable, Comparable {
        let path: String
        let ruleID: String
        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.path, lhs.ruleID) < (rhs.path, rhs.ruleID) }
    }

    func render() -> String {
        var cases: [Key: Case] = [:]
        for file in report.scanned {
            for rule in RuleCatalog.pack(for: file.kind)?.rules ?? [] {
                cases[Key(path: file.path, ruleID: rule.id)] = Case(title: rule.title)
            }
        }
        // Gate findings, unscanned files and findings caused in untouched files have cases of their own.
        for judged in report.findings {
            let key = Key(path: judged.finding.path, ruleID: judged.finding.ruleID)
            cases[key, default: Case(title: judged.finding.title)].findings.append(judged)
        }
        for entry in report.suppressed {
            let key = Key(path: entry.finding.path, ruleID: entry.finding.ruleID)
            cases[key, default: Case(title: entry.finding.title)].suppressed.append(entry)
        }
        let keys = cases.keys.sorted()
        let failed = keys.filter { key in cases[key]?.findings.contains { $0.level == .failure } == true }.count
        let skipped = keys.filter { key in cases[key].map { $0.suppressed.count > 0 && $0.findings.isEmpty } == true }.count
        // Jenkins' schema (junit-10.xsd) counts skipped cases on the suite only.
        let counts = "tests=\"\(keys.count)\" failures=\"\(failed)\" errors=\"0\""
        // In report mode the failures are real findings but do not fail the gate; the suite's name says so.
        let mode = report.decision.reportOnly ? " (mode: report, not enforced)" : ""
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites name=\"infragate\" \(counts)>",
            "  <testsuite name=\"infragate: \(Self.escaped(report.scope + mode))\" \(counts) skipped=\"\(skipped)\">",
        ]
        for key in keys {
            guard let entry = cases[key] else { continue }
            lines += testCase(key, entry)
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n")
    }

    private func testCase(_ key: Key, _ entry: Case) -> [String] {
        let path = Self.escaped(key.path)
        // The class name is the file: GitLab and Jenkins group cases by it.
        let open = "    <testcase classname=\"\(path)\" name=\"\(Self.escaped("\(key.ruleID): \(entry.title)"))\""
        let failures = entry.findings.filter { $0.level == .failure }.map(\.finding)
        let below = entry.findings.filter { $0.level != .failure }
        var body: [String] = []
        if let first = failures.first {
            let text = failures.map { "\($0.path):\($0.line): \($0.message)" }.joined(separator: "\n") + "\nFix: \(first.recommendation)"
            body.append("      <failure type=\"\(Self.escaped(key.ruleID))\" message=\"\(Self.escaped("\(counted(failures.count, "finding")) at or above fail_on (\(report.decision.failOn.rawValue)), severity \(first.severity.rawValue)"))\">"
                + Self.escaped(text, multiline: true) + "</failure>")
        } else if below.isEmpty, let suppressed = entry.suppressed.first {
            body.append("      <skipped message=\"\(Self.escaped("suppressed: " + SuppressionText.justification(of: suppressed, policySource: report.policySource)))\"/>")
        }
        if !below.isEmpty {
            let text = below.map { "\($0.level.rawValue) (\($0.finding.severity.rawValue)) \($0.finding.path):\($0.finding.line): \($0.finding.message)" }
            body.append("      <system-out>\(Self.escaped(text.joined(separator: "\n"), multiline: true))</system-out>")
        }
        guard !body.isEmpty else { return [open + "/>"] }
        return [open + ">"] + body + ["    </testcase>"]
    }

    /// Text for an attribute or an element: control characters shown as escapes (XML 1.0 cannot
    /// carry most of them at all), then the five XML specials. `multiline` keeps the line breaks
    /// the report itself put between lines of element text.
    static func escaped(_ text: String, multiline: Bool = false) -> String {
        let visible = multiline ? text.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.clean(String($0)) }.joined(separator: "\n")
            : Sanitizer.clean(text)
        var result = ""
        for character in visible {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}
