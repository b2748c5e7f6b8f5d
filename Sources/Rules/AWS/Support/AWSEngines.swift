/// What RDS engines support, so that rules ask for a setting only where it exists.
enum AWSEngines {
    /// The engine a database resource names (`postgres`, `aurora-mysql`), lowercased; nil when unknown.
    static func engine(of resource: AWSResource) -> String? {
        resource.setting(resource.isTerraform ? "engine" : "Engine")?.known.stringValue?.lowercased()
    }

    /// IAM database authentication exists for MySQL, MariaDB, PostgreSQL and their Aurora
    /// editions; Oracle, SQL Server and Db2 have none. An unknown engine may support it.
    static func supportsIAMAuthentication(_ resource: AWSResource) -> Bool {
        guard let engine = engine(of: resource) else { return true }
        return ["mysql", "mariadb", "postgres", "aurora", "aurora-mysql", "aurora-postgresql"].contains(engine)
    }

    /// Aurora Serverless v1 clusters (`engine_mode = "serverless"`) are always encrypted; the
    /// setting cannot be turned off.
    static func isAlwaysEncrypted(_ resource: AWSResource) -> Bool {
        resource.setting(resource.isTerraform ? "engine_mode" : "EngineMode")?.known.stringValue?.lowercased() == "serverless"
    }

    /// An instance that is not a member of an Aurora or Multi-AZ cluster: availability, storage
    /// and log settings of members belong to the cluster.
    static func isStandaloneInstance(_ resource: AWSResource) -> Bool {
        guard resource.type == "AWS::RDS::DBInstance" else { return true }
        if resource.setting(resource.isTerraform ? "cluster_identifier" : "DBClusterIdentifier") != nil { return false }
        return !(engine(of: resource)?.hasPrefix("aurora") ?? false)
    }
}
