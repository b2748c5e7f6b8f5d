import InfragateParsers

/// `chmod 777`, `chmod o+w`, `COPY --chmod=666`: files any user in the container may rewrite.
struct WorldWritablePermissions: Rule {
    let description = RuleDescription(
        id: "DOCKER-WORLD-WRITABLE", title: "World-writable permissions set", severity: .medium, cwe: 732,
        checklist: "Container security › No world-writable files",
        rationale: """
            A world-writable file or directory lets any process in the container, whatever its user, replace \
            binaries, scripts or configuration that other (possibly more privileged) processes trust. Medium: it \
            turns a foothold as any user into tampering with the application. Octal modes granting write to others \
            (`777`, `666`, `0757`…), symbolic `o+w`/`a+w`/`o=rwx`, and `COPY`/`ADD --chmod=` are checked in the \
            stages that ship; sticky directories such as `chmod 1777 /tmp/cache` are the standard shared-temp \
            pattern and are not reported.
            """,
        recommendation: "Give ownership to the runtime user (`chown app:app /data` or `COPY --chown=app`) and use modes like `755`/`644` or `770`.",
        triggering: [
            "FROM alpine:3.20\n↓RUN chmod 777 /app",
            "FROM alpine:3.20\n↓RUN chmod -R 0777 /data",
            "FROM alpine:3.20\n↓RUN mkdir /srv && chmod -R a+w /srv",
            "FROM alpine:3.20\n↓RUN chmod u+x,o+rw /opt/run.sh",
            "FROM alpine:3.20\n↓COPY --chmod=777 entrypoint.sh /",
            "FROM alpine:3.20\n↓RUN chmod 666 /var/log/app.log",
        ],
        nonTriggering: [
            "FROM alpine:3.20\nRUN chmod 755 /app",
            "FROM alpine:3.20\nRUN chmod 1777 /tmp/cache",
            "FROM alpine:3.20\nRUN chmod +x entrypoint.sh",
            "FROM alpine:3.20\nRUN chmod u+w,g+w /app",
            "FROM alpine:3.20\nCOPY --chmod=755 entrypoint.sh /",
            "FROM alpine:3.20 AS build\nRUN chmod 777 /tmp/work\nFROM alpine:3.20\nCOPY --from=build /out /out",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.shippedStages.flatMap { stage in
            stage.instructions.compactMap { instruction -> Violation? in
                guard let mode = Self.worldWritableMode(in: instruction) else { return nil }
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`\(instruction.keyword)` makes files world-writable (mode `\(mode)`)",
                    identity: stage.identity(of: instruction))
            }
        }
    }

    private static func worldWritableMode(in instruction: Instruction) -> String? {
        switch instruction.keyword {
        case "COPY", "ADD":
            return instruction.flag("chmod").flatMap { FileMode.isWorldWritable($0) ? $0 : nil }
        case "RUN":
            for command in instruction.shellCommands where command.programName == "chmod" {
                let operands = command.effectiveInvocation.dropFirst().filter { !$0.hasPrefix("-") || $0.dropFirst().allSatisfy("rwxXst,".contains) }
                if let mode = operands.first, FileMode.isWorldWritable(mode) { return mode }
            }
            return nil
        default:
            return nil
        }
    }
}

/// Reads `chmod` modes, octal or symbolic.
enum FileMode {
    static func isWorldWritable(_ mode: String) -> Bool {
        if !mode.isEmpty, mode.count <= 4, mode.allSatisfy({ ("0"..."7").contains($0) }) {
            let digits = mode.compactMap(\.wholeNumberValue)
            let others = digits.last ?? 0
            let sticky = digits.count == 4 && (digits[0] & 1) != 0
            return others & 2 != 0 && !sticky
        }
        // Symbolic: comma-separated clauses such as `u+x`, `o+rw`, `a=rwx`. No `who` means "all,
        // minus the umask", which does not grant write to others, so only explicit `o`/`a` count.
        return mode.split(separator: ",").contains { clause in
            let who = clause.prefix { "ugoa".contains($0) }
            guard who.contains("o") || who.contains("a") else { return false }
            var granting = false
            for character in clause.dropFirst(who.count) {
                if character == "+" || character == "=" { granting = true } else if character == "-" { granting = false }
                if character == "w", granting { return true }
            }
            return false
        }
    }
}
