import InfragateParsers
import InfragateRules

/// The policy's `sql:` section: where else the repository keeps migrations (`paths`, added to the
/// layouts `SQLPack` knows by name) and the schemas whose tables must have row-level security
/// (`rls_schemas`; none: SQL-TABLE-WITHOUT-RLS stays silent).
public struct SQLPolicy: Hashable, Sendable {
    public var paths: [Glob] = []
    /// As PostgreSQL stores the names: an unquoted `App` is `app`.
    public var rowLevelSecuritySchemas: [String] = []

    public static let defaults = SQLPolicy()

    public init(paths: [Glob] = [], rowLevelSecuritySchemas: [String] = []) {
        self.paths = paths
        self.rowLevelSecuritySchemas = rowLevelSecuritySchemas
    }

    /// Whether the policy names `path` as SQL to judge: a `.sql` file a `paths` pattern matches, in
    /// any folder (a pattern the owners wrote outranks the built-in skipping of `test/` folders).
    public func claims(path: String) -> Bool {
        guard !paths.isEmpty, RepositoryPath.name(of: path).lowercased().hasSuffix(".sql") else { return false }
        return paths.contains { $0.matches(path: path) }
    }

    /// Dropping a path pattern judges fewer files; dropping a schema requires row-level security on fewer tables.
    func relaxations(in proposed: SQLPolicy) -> [String] {
        let kept = Set(proposed.paths.map(\.pattern)), schemas = Set(proposed.rowLevelSecuritySchemas)
        return paths.filter { !kept.contains($0.pattern) }.map { "sql.paths drops \($0.pattern)" }
            + rowLevelSecuritySchemas.filter { !schemas.contains($0) }.map { "sql.rls_schemas drops \($0)" }
    }
}
