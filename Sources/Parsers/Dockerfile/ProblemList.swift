/// Problems found while parsing; repeated kinds are reported once with a count, so a hostile
/// file cannot flood the report.
struct ProblemList {
    private var firstByKind: [String: (problem: DockerfileProblem, count: Int)] = [:]
    private var order: [String] = []

    mutating func add(line: Int, kind: String, _ message: String) {
        if let existing = firstByKind[kind] {
            firstByKind[kind] = (existing.problem, existing.count + 1)
        } else {
            firstByKind[kind] = (DockerfileProblem(line: line, message: message), 1)
            order.append(kind)
        }
    }

    var all: [DockerfileProblem] {
        order.compactMap { firstByKind[$0] }.map { entry in
            guard entry.count > 1 else { return entry.problem }
            return DockerfileProblem(line: entry.problem.line, message: "\(entry.problem.message) (and \(entry.count - 1) more like it)")
        }
    }
}
