extension SQLStatementRule {
    static let rowSecurityDisabled = SQLStatementRule(
        description: RuleDescription(
            id: "SQL-RLS-DISABLED", title: "Migration turns row-level security off", severity: .medium, cwe: 284,
            checklist: "Databases › Row-level security on user-data tables",
            rationale: "`ALTER TABLE … DISABLE ROW LEVEL SECURITY` drops every policy of the table at once: each tenant or user sees every row the role's grants allow; `NO FORCE ROW LEVEL SECURITY` lets the table's owner (usually the application's role) bypass them. A migration that does it, often to make a data fix pass, rarely turns it back on. Medium.",
            recommendation: "Keep row-level security enabled and forced; run data fixes as a role with `BYPASSRLS` for that session, or add a policy for the fix.",
            triggering: [
                example("↓ALTER TABLE documents DISABLE ROW LEVEL SECURITY;"),
                example("↓alter table if exists public.accounts no force row level security;"),
            ],
            nonTriggering: [
                example("ALTER TABLE documents ENABLE ROW LEVEL SECURITY;\nALTER TABLE documents FORCE ROW LEVEL SECURITY;"),
                example("ALTER TABLE documents DISABLE TRIGGER audit;"),
            ]),
        problem: { statement in
            guard statement.starts(with: "alter", "table"), let row = statement.index(of: "row"), row >= 1,
                  row + 2 < statement.tokens.count, statement.tokens[row + 1].text == "level", statement.tokens[row + 2].text == "security" else { return nil }
            let action = statement.tokens[row - 1].text
            let turnedOff = action == "disable" || action == "force" && row >= 2 && statement.tokens[row - 2].text == "no"
            guard turnedOff else { return nil }
            let table = statement.tokens[2..<(row - 1)].map(\.text).filter { !["if", "exists", "only", "no"].contains($0) }.joined()
            return (statement.line, "`\(table)` \(action == "disable" ? "no longer applies" : "no longer forces") its row-level security policies.", "rls|\(table)|\(action)")
        })
}
