/// Problems found while parsing; repeated kinds are reported once with a count, so a hostile
/// file cannot flood the report.
struct ProblemList {
    private var firstByKind: [String: (problem: ParseProblem, count: Int)] = [:]
    private var order: [String] = []

    mutating func add(line: Int, kind: String, _ message: String) {
        if let existing = firstByKind[kind] {
            firstByKind[kind] = (existing.problem, existing.count + 1)
        } else {
            firstByKind[kind] = (ParseProblem(line: line, message: message), 1)
            order.append(kind)
        }
    }

    var all: [ParseProblem] {
        order.compactMap { firstByKind[$0] }.map { entry in
            guard entry.count > 1 else { return entry.problem }
            return ParseProblem(line: entry.problem.line, message: "\(entry.problem.message) (and \(entry.count - 1) more like it)")
        }
    }
}
