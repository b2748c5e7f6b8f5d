import InfragateRules

extension Policy {
    /// Every way `proposed` judges more leniently than `self`, each said in a sentence naming the key.
    /// Both policies should have their default-branch protection resolved first, so that naming the
    /// default branch explicitly is not mistaken for removing its protection. Protection is compared
    /// on `refNames` (the refs that exist, say) and on this policy's own patterns, so rewriting a
    /// pattern that still covers the same refs is no relaxation.
    public func relaxations(in proposed: Policy, refNames: [String] = []) -> [String] {
        var found: [String] = []
        func note(_ condition: Bool, _ text: @autoclosure () -> String) { if condition { found.append(text()) } }

        note(proposed.mode == .report && mode == .enforce, "mode changed from enforce to report (findings would no longer fail anything)")
        note(proposed.failOn > failOn, "fail_on raised from \(failOn) to \(proposed.failOn)")
        note(proposed.warnOn > warnOn, "warn_on raised from \(warnOn) to \(proposed.warnOn)")
        if let widened = inlineSuppressions.widening(to: proposed.inlineSuppressions) {
            found.append("inline_suppressions \(widened)")
        }
        // Said separately only when either side sets it apart; otherwise the line above says it.
        let protectedApart = push.protectedInlineSuppressions != nil || proposed.push.protectedInlineSuppressions != nil
        if protectedApart, let widened = inlineSuppressions(onProtectedRef: true).widening(to: proposed.inlineSuppressions(onProtectedRef: true)) {
            found.append("protected.inline_suppressions \(widened)")
        }
        note(proposed.existingFindings == .warn && existingFindings == .fail, "existing_findings changed from fail to warn")
        note(proposed.peerSuppressions && !peerSuppressions, "peer_suppressions turned on")
        for rule in RuleCatalog.all {
            let before = effectiveSeverity(ruleID: rule.id, default: rule.severity)
            let after = proposed.effectiveSeverity(ruleID: rule.id, default: rule.severity)
            switch (before, after) {
            case (.some, nil): found.append("rule \(rule.id) turned off")
            case (.some(let old), .some(let new)) where new < old: found.append("rule \(rule.id) lowered from \(old) to \(new)")
            default: break
            }
        }
        let excluded = Set(excludedPaths.map(\.pattern))
        for glob in proposed.excludedPaths where !excluded.contains(glob.pattern) {
            found.append("paths.exclude adds \(glob.pattern)")
        }
        let waived = Set(waivers)
        for waiver in proposed.waivers where !waived.contains(waiver) {
            found.append("waiver added for \(waiver.ruleID)\(waiver.path.map { " on \($0.pattern)" } ?? "")")
        }
        found += secrets.relaxations(in: proposed.secrets)
        found += images.relaxations(in: proposed.images)
        found += kubernetes.relaxations(in: proposed.kubernetes)
        found += sql.relaxations(in: proposed.sql)
        found += logs.relaxations(in: proposed.logs)
        found += push.relaxations(in: proposed.push, failOn: failOn, proposedFailOn: proposed.failOn, refNames: refNames)
        return found
    }
}

extension PushPolicy {
    func relaxations(in proposed: PushPolicy, failOn: Severity, proposedFailOn: Severity, refNames: [String]) -> [String] {
        var found: [String] = []
        func note(_ condition: Bool, _ text: @autoclosure () -> String) { if condition { found.append(text()) } }

        var seen = Set<String>()
        for name in refNames + protectedRefs.map(\.pattern) where seen.insert(name).inserted {
            note(isProtected(ref: name) && !proposed.isProtected(ref: name), "protected.refs no longer protects \(name)")
        }
        note(!proposed.denyForcePush && denyForcePush, "protected.deny_force_push turned off")
        note(!proposed.denyDeletion && denyDeletion, "protected.deny_deletion turned off")
        let threshold = protectedFailOn ?? failOn, proposedThreshold = proposed.protectedFailOn ?? proposedFailOn
        note(proposedThreshold > threshold, "protected.fail_on raised from \(threshold) to \(proposedThreshold)")
        note((proposed.scanDepth ?? .eachCommit) == .tip && (scanDepth ?? .eachCommit) == .eachCommit,
             "scan changed from each-commit to tip on protected refs")
        note(proposed.exemptTags && !exemptTags, "exempt_tags enabled")
        note(proposed.onTimeout == .accept && onTimeout == .reject, "on_timeout changed to accept")
        note(proposed.deadline < deadline && proposed.onTimeout == .accept, "deadline shortened while on_timeout is accept")
        note(proposed.bypass.isEnabled && !bypass.isEnabled, "bypass enabled")
        let allowed = Set(bypass.allowedUsers.map { $0.lowercased() })
        for user in proposed.bypass.allowedUsers where !allowed.contains(user.lowercased()) {
            found.append("bypass.allow adds \(user)")
        }
        note(proposed.bypass.identityVariable != bypass.identityVariable, "bypass.identity changed")
        note(proposed.bypass.liftsProtection && !bypass.liftsProtection, "bypass.protection enabled")
        note(proposed.bypass.auditLog != bypass.auditLog, "bypass.audit_log changed")
        return found
    }
}
