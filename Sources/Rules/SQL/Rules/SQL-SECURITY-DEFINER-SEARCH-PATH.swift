extension SQLStatementRule {
    static let definerWithoutSearchPath = SQLStatementRule(
        description: RuleDescription(
            id: "SQL-SECURITY-DEFINER-SEARCH-PATH", title: "SECURITY DEFINER function without a fixed search_path", severity: .medium, cwe: 426,
            checklist: "Databases › Database user has minimal privileges",
            rationale: "A `SECURITY DEFINER` function runs with its owner's privileges, and resolves unqualified names through the caller's `search_path`: a caller who can create objects in any schema on that path (`public`, before PostgreSQL 15) shadows a table, operator or function the body uses and runs code as the owner, often a superuser. The PostgreSQL manual's own advice is to set `search_path` on such functions. Medium.",
            recommendation: "Add `SET search_path = pg_catalog, pg_temp` (or the trusted schemas) to the function, and qualify names in its body.",
            triggering: [
                example("↓CREATE FUNCTION app.grant_access(uid int) RETURNS void\n  LANGUAGE plpgsql SECURITY DEFINER\n  AS $$ BEGIN INSERT INTO acl VALUES (uid); END $$;"),
            ],
            nonTriggering: [
                example("CREATE OR REPLACE FUNCTION app.grant_access(uid int) RETURNS void\n  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp\n  AS $$ BEGIN INSERT INTO app.acl VALUES (uid); END $$;"),
                example("CREATE FUNCTION app.lookup(id int) RETURNS text LANGUAGE sql SECURITY INVOKER\n  AS $$ SELECT 'SECURITY DEFINER' $$;"),
            ]),
        problem: { statement in
            guard statement.starts(with: "create", "function") || statement.starts(with: "create", "or", "replace", "function")
                    || statement.starts(with: "create", "procedure") || statement.starts(with: "create", "or", "replace", "procedure"),
                  let security = statement.index(of: "security"), security + 1 < statement.tokens.count,
                  statement.tokens[security + 1].text == "definer" else { return nil }
            let setsPath = statement.tokens.indices.contains { index in
                statement.tokens[index].text == "set" && index + 1 < statement.tokens.count && statement.tokens[index + 1].text == "search_path"
                    && statement.tokens[index].kind == .word
            }
            guard !setsPath else { return nil }
            let name = statement.tokens.drop { $0.text != "function" && $0.text != "procedure" }.dropFirst()
                .prefix { $0.text != "(" }.map(\.text).joined()
            return (statement.line, "`\(name)` runs as its owner and resolves names through the caller's `search_path`.", "definer|\(name)")
        })
}
