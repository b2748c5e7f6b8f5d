/// The kinds of infrastructure file infragate recognises; each has exactly one rule pack.
public enum FileKind: String, CaseIterable, Codable, Sendable {
    case dockerfile
    case compose
    case kubernetes
    case helm
    case terraform
    case cloudFormation = "cloudformation"
    case githubWorkflow = "github-workflow"
    case gitlabCI = "gitlab-ci"
    case sshdConfig = "sshd-config"
    case postgresHBA = "pg-hba"
    case redisConfig = "redis-config"
    case mysqlOptions = "mysql-options"
    case postgresConf = "postgresql-conf"
    case sql
    case dependabot
    case preCommit = "pre-commit"
    case appSettings = "app-settings"
    /// Any text file, judged for credentials only (`SecretsPack`), besides its own kind's pack.
    case secrets

    public var displayName: String {
        switch self {
        case .dockerfile: return "Dockerfile"
        case .compose: return "Compose"
        case .kubernetes: return "Kubernetes"
        case .helm: return "Helm"
        case .terraform: return "Terraform"
        case .cloudFormation: return "CloudFormation"
        case .githubWorkflow: return "GitHub workflow"
        case .gitlabCI: return "GitLab CI"
        case .sshdConfig: return "sshd_config"
        case .postgresHBA: return "pg_hba.conf"
        case .redisConfig: return "redis.conf"
        case .mysqlOptions: return "MySQL option file"
        case .postgresConf: return "postgresql.conf"
        case .sql: return "SQL script"
        case .dependabot: return "dependabot.yml"
        case .preCommit: return "pre-commit config"
        case .appSettings: return "application settings"
        case .secrets: return "text"
        }
    }
}
